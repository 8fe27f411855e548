/// RMSProp with PyTorch's update rule:
/// `g ← ∇ + λ·θ`; `s ← α·s + (1 − α)·g²`; then `θ ← θ − lr·g / (√s + ε)`, or with momentum μ
/// `b ← μ·b + g / (√s + ε)`, `θ ← θ − lr·b`.
public final class RMSProp: Optimizer, @unchecked Sendable {
    /// Smoothing constant α of the squared-gradient average.
    public let alpha: Float
    /// Added to the denominator.
    public let eps: Float
    /// Momentum factor μ (0 disables it).
    public let momentum: Float
    /// L2 penalty λ.
    public let weightDecay: Float
    private var squareAverage: OptimizerState
    private var velocity: OptimizerState

    /// Creates an RMSProp optimizer.
    /// - Throws: `TensorError.invalidArgument` for α outside [0, 1) or negative values.
    public init(
        parameters: [Tensor], learningRate: Float = 0.01, alpha: Float = 0.99, eps: Float = 1e-8,
        momentum: Float = 0, weightDecay: Float = 0
    ) throws {
        guard alpha >= 0, alpha < 1, eps >= 0, momentum >= 0, weightDecay >= 0 else {
            throw TensorError.invalidArgument(
                "RMSProp: need 0 <= alpha < 1 and non-negative eps, momentum and weight decay")
        }
        self.alpha = alpha
        self.eps = eps
        self.momentum = momentum
        self.weightDecay = weightDecay
        squareAverage = OptimizerState(count: parameters.count)
        velocity = OptimizerState(count: parameters.count)
        try super.init(parameters: parameters, learningRate: learningRate)
    }

    /// One RMSProp update of one parameter.
    public override func update(
        index: Int, step: Int, parameter: UnsafeMutableBufferPointer<Float>,
        gradient: UnsafeBufferPointer<Float>
    ) {
        let square = squareAverage.buffer(index, count: parameter.count)
        let buffer = momentum > 0 ? velocity.buffer(index, count: parameter.count) : nil
        for i in parameter.indices {
            let g = gradient[i] + weightDecay * parameter[i]
            square[i] = alpha * square[i] + (1 - alpha) * g * g
            let scaled = g / (square[i].squareRoot() + eps)
            if let buffer {
                buffer[i] = momentum * buffer[i] + scaled
                parameter[i] -= learningRate * buffer[i]
            } else {
                parameter[i] -= learningRate * scaled
            }
        }
    }
}
