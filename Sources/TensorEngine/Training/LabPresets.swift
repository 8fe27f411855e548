/// The optimizers a lab preset can name.
public enum OptimizerChoice: Sendable, Equatable {
    /// SGD with this momentum (and optional weight decay).
    case sgd(momentum: Float, weightDecay: Float = 0)
    /// Adam with default betas.
    case adam
}

/// The default settings of a training lab: which model, how it is optimised and for how long.
/// Lessons state these defaults and the measured time to reach `configuration.targetAccuracy`.
public struct LabPreset: Sendable {
    /// A short identifier, e.g. `"mnist-lenet5"`.
    public let name: String
    /// Builds a freshly initialised model.
    public let makeModel: @Sendable () throws -> Module
    /// The optimizer family.
    public let optimizer: OptimizerChoice
    /// The learning rate.
    public let learningRate: Float
    /// Budget, batch size, seed, target and the rest.
    public let configuration: TrainingConfiguration

    /// Creates a preset.
    public init(
        name: String, makeModel: @escaping @Sendable () throws -> Module, optimizer: OptimizerChoice,
        learningRate: Float, configuration: TrainingConfiguration
    ) {
        self.name = name
        self.makeModel = makeModel
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.configuration = configuration
    }

    /// The preset's optimizer over `model`'s parameters.
    public func makeOptimizer(for model: Module) throws -> Optimizer {
        switch optimizer {
        case .sgd(let momentum, let weightDecay):
            return try SGD(
                parameters: model.parameters(), learningRate: learningRate, momentum: momentum,
                weightDecay: weightDecay)
        case .adam:
            return try Adam(parameters: model.parameters(), learningRate: learningRate)
        }
    }
}

/// The defaults of the stage 4-6 labs, measured on the project's 2-core machine (see each).
public enum LabPresets {
    /// LeNet-5 on the MNIST subset's 4,000 training images, measured on the 1,000 held out:
    /// SGD momentum 0.9, learning rate 0.05, batch 64, up to 12 epochs, stop at 97%.
    public static let mnistLeNet5 = LabPreset(
        name: "mnist-lenet5", makeModel: { try Models.lenet5(seed: 1) }, optimizer: .sgd(momentum: 0.9),
        learningRate: 0.05,
        configuration: TrainingConfiguration(
            budget: .epochs(12), batchSize: 64, seed: 7, targetAccuracy: 0.97))
}
