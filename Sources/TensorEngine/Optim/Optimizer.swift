/// Base class of the optimizers: owns the parameter list and the learning rate, clears
/// gradients and walks the parameters on `step()`; subclasses implement one parameter's update.
///
/// Updates are written in place into the parameters' storage with no graph recorded, so the
/// same tensors (and any `Module` holding them) see the new values.
open class Optimizer: @unchecked Sendable {
    /// The tensors being optimised, in the order given.
    public let parameters: [Tensor]
    /// The current learning rate; schedules change it between steps.
    public var learningRate: Float
    /// Per-parameter count of updates applied so far (parameters without a gradient are skipped
    /// and do not advance, as in PyTorch).
    public private(set) var stepCounts: [Int]

    /// Creates an optimizer over `parameters`.
    /// - Throws: `TensorError.invalidArgument` for a negative or non-finite learning rate.
    public init(parameters: [Tensor], learningRate: Float) throws {
        guard learningRate >= 0, learningRate.isFinite else {
            throw TensorError.invalidArgument("optimizer: invalid learning rate \(learningRate)")
        }
        self.parameters = parameters
        self.learningRate = learningRate
        stepCounts = Array(repeating: 0, count: parameters.count)
    }

    /// Clears every parameter's gradient.
    public func zeroGrad() {
        for parameter in parameters { parameter.zeroGrad() }
    }

    /// Applies one update to every parameter that has a gradient.
    /// - Throws: `TensorError.shapeMismatch` if a gradient's shape differs from its parameter's.
    public func step() throws {
        for (index, parameter) in parameters.enumerated() {
            guard let gradient = parameter.grad else { continue }
            guard gradient.shape == parameter.shape else {
                throw TensorError.shapeMismatch(
                    op: "optimizer step", lhs: parameter.shape, rhs: gradient.shape)
            }
            stepCounts[index] += 1
            let step = stepCounts[index]
            try gradient.withUnsafeBufferPointer { g in
                try parameter.withUnsafeMutableBufferPointer { p in
                    try update(index: index, step: step, parameter: p, gradient: g)
                }
            }
        }
    }

    /// Updates one parameter in place. `step` counts from 1. Subclasses override this; the base
    /// class has no update rule and throws.
    open func update(
        index: Int, step: Int, parameter: UnsafeMutableBufferPointer<Float>,
        gradient: UnsafeBufferPointer<Float>
    ) throws {
        throw TensorError.invalidArgument(
            "\(type(of: self)) does not implement update(index:step:parameter:gradient:)")
    }
}

/// One float buffer per parameter, allocated lazily and zero-filled (momentum, moments).
struct OptimizerState: @unchecked Sendable {
    private var buffers: [FloatBuffer?]

    init(count: Int) {
        buffers = Array(repeating: nil, count: count)
    }

    /// Whether the buffer of parameter `index` exists yet.
    func exists(_ index: Int) -> Bool { buffers[index] != nil }

    /// The buffer of parameter `index`, created zero-filled with `count` floats on first use.
    mutating func buffer(_ index: Int, count: Int) -> UnsafeMutablePointer<Float> {
        if let existing = buffers[index] { return existing.pointer }
        let created = FloatBuffer(count: count)
        created.pointer.initialize(repeating: 0, count: count)
        buffers[index] = created
        return created.pointer
    }
}
