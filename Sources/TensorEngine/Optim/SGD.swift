/// Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay,
/// with PyTorch's update rule:
/// `g ← ∇ + λ·θ`; `b ← μ·b + (1 − dampening)·g` (`b ← g` on the first step);
/// `g ← g + μ·b` (Nesterov) or `g ← b`; `θ ← θ − lr·g`.
public final class SGD: Optimizer, @unchecked Sendable {
    /// Momentum factor μ (0 disables momentum).
    public let momentum: Float
    /// Dampening of the momentum's gradient term.
    public let dampening: Float
    /// Whether to use Nesterov momentum.
    public let nesterov: Bool
    /// L2 penalty λ added to the gradient.
    public let weightDecay: Float
    private var velocity: OptimizerState

    /// Creates an SGD optimizer.
    /// - Throws: `TensorError.invalidArgument` for negative hyper-parameters, or Nesterov
    ///   without momentum or with dampening (as PyTorch).
    public init(
        parameters: [Tensor], learningRate: Float, momentum: Float = 0, dampening: Float = 0,
        nesterov: Bool = false, weightDecay: Float = 0
    ) throws {
        guard momentum >= 0, weightDecay >= 0, dampening >= 0 else {
            throw TensorError.invalidArgument(
                "SGD: momentum, dampening and weight decay must be non-negative")
        }
        guard !nesterov || (momentum > 0 && dampening == 0) else {
            throw TensorError.invalidArgument("SGD: Nesterov momentum requires a momentum and zero dampening")
        }
        self.momentum = momentum
        self.dampening = dampening
        self.nesterov = nesterov
        self.weightDecay = weightDecay
        velocity = OptimizerState(count: parameters.count)
        try super.init(parameters: parameters, learningRate: learningRate)
    }

    /// One SGD update of one parameter.
    public override func update(
        index: Int, step: Int, parameter: UnsafeMutableBufferPointer<Float>,
        gradient: UnsafeBufferPointer<Float>
    ) {
        let lr = learningRate
        let (mu, decay) = (momentum, weightDecay)
        guard mu != 0 else {
            for i in parameter.indices { parameter[i] -= lr * (gradient[i] + decay * parameter[i]) }
            return
        }
        let first = !velocity.exists(index)
        let buffer = velocity.buffer(index, count: parameter.count)
        let keep = 1 - dampening
        for i in parameter.indices {
            let g = gradient[i] + decay * parameter[i]
            let b = first ? g : mu * buffer[i] + keep * g
            buffer[i] = b
            parameter[i] -= lr * (nesterov ? g + mu * b : b)
        }
    }
}
