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

/// The defaults of the stage 4-6 labs. Times measured on the project's 2-core machine, release
/// build, OpenBLAS single-threaded, while other jobs shared it (load average about 5):
/// MNIST LeNet-5 to 97% in 1.6-2.5 s (5 epochs), the small ResNet to 97% in 17.6 s (7 epochs),
/// Fashion-MNIST LeNet-5 to 89% in 17.5 s (3 epochs), the synthetic MLPs well under a second.
public enum LabPresets {
    /// LeNet-5 on the MNIST subset's 4,000 training images, measured on the 1,000 held out:
    /// SGD momentum 0.9, learning rate 0.05, batch 64, up to 12 epochs, stop at 97%.
    public static let mnistLeNet5 = LabPreset(
        name: "mnist-lenet5", makeModel: { try Models.lenet5(seed: 1) }, optimizer: .sgd(momentum: 0.9),
        learningRate: 0.05,
        configuration: TrainingConfiguration(
            budget: .epochs(12), batchSize: 64, seed: 7, targetAccuracy: 0.97))

    /// LeNet-5 on Fashion-MNIST (60,000 training images, measured on the 10,000 test images):
    /// Adam, learning rate 0.002 on a cosine schedule over 5 epochs, batch 64, stop at 89%.
    public static let fashionLeNet5 = LabPreset(
        name: "fashion-lenet5", makeModel: { try Models.lenet5(seed: 1) }, optimizer: .adam,
        learningRate: 0.002,
        configuration: TrainingConfiguration(
            budget: .epochs(5), batchSize: 64, seed: 7, targetAccuracy: 0.89,
            learningRateSchedule: .cosine(period: 5)))

    /// The small ResNet (widths 8-16-32, one block per stage) on the MNIST subset: SGD momentum
    /// 0.9, learning rate 0.1 on a cosine schedule over 10 epochs, batch 64, stop at 97%.
    public static let mnistSmallResNet = LabPreset(
        name: "mnist-resnet", makeModel: { try Models.smallResNet(seed: 1) }, optimizer: .sgd(momentum: 0.9),
        learningRate: 0.1,
        configuration: TrainingConfiguration(
            budget: .epochs(10), batchSize: 64, seed: 7, targetAccuracy: 0.97,
            learningRateSchedule: .cosine(period: 10)))

    /// An MLP (2 -> 32 -> 32 -> classes, ReLU) on a 2-D synthetic set: Adam, learning rate 0.01,
    /// batch 32, up to 3,000 steps, evaluated every 250 steps, stop at 95%. Measured with 200
    /// training and 100 held-out points per class at noise 0.05 (spirals at noise 0.1 overlap
    /// too much for 95%: it ends near 86%).
    public static func synthetic(_ dataset: SyntheticDataset) -> LabPreset {
        LabPreset(
            name: "\(dataset.name)-mlp",
            makeModel: { try Models.mlp(inputs: 2, hidden: [32, 32], outputs: dataset.classCount, seed: 3) },
            optimizer: .adam, learningRate: 0.01,
            configuration: TrainingConfiguration(
                budget: .steps(3000), batchSize: 32, evaluation: .everySteps(250), targetAccuracy: 0.95))
    }

    /// The augmentation lab: LeNet-5 on only 30 training digits per class (300 images, drawn by
    /// `smallTrainingSubset`), SGD momentum 0.9, learning rate 0.05 on a cosine schedule over 60
    /// epochs, batch 32, once without and once with `ImageAugmentation.digits`. Measured on the
    /// 1,000 held-out images (session of 2026-11-29, `dltutor check cnn-augmentation-lab`): 88.7%
    /// without, 94.2% with, about 2 s each. With a constant rate or 30 epochs the augmented run
    /// had not converged and the comparison was not reliable; at 3 epochs augmentation loses.
    public static func augmentationComparison(augmented: Bool) -> LabPreset {
        LabPreset(
            name: augmented ? "mnist-small-augmented" : "mnist-small-plain",
            makeModel: { try Models.lenet5(seed: 1) }, optimizer: .sgd(momentum: 0.9), learningRate: 0.05,
            configuration: TrainingConfiguration(
                budget: .epochs(60), batchSize: 32, seed: 7, evaluation: .atEnd,
                augmentation: augmented ? .digits : nil, learningRateSchedule: .cosine(period: 60)))
    }

    /// `perClass` examples of every class from a training set (a stratified draw with seed 5),
    /// the small training set of the augmentation lab.
    /// - Throws: `DataError.invalidArgument` when some class has fewer than `perClass` examples.
    public static func smallTrainingSubset(of training: LabeledDataset, perClass: Int) throws
        -> LabeledDataset
    {
        let smallest = training.countsPerClass().min() ?? 0
        guard perClass > 0, perClass <= smallest else {
            throw DataError.invalidArgument(
                "small training subset: need 1...\(smallest) examples per class, got \(perClass)")
        }
        // Each class's members are shuffled by one generator (classes in order) and the first
        // `perClass` kept; the result keeps dataset order.
        var generator = RandomGenerator(seed: 5)
        var chosen: [Int] = []
        for label in 0..<training.classCount {
            var members = training.labels.indices.filter { training.labels[$0] == label }
            generator.shuffle(&members)
            chosen += members.prefix(perClass)
        }
        return try training.subset(chosen.sorted(), name: training.name + " (\(perClass) per class)")
    }
}
