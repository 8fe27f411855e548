#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Adam (Kingma and Ba, 2015) with bias correction, and AdamW's decoupled weight decay.
///
/// `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`, `m̂ = m/(1 − β₁ᵗ)`, `v̂ = v/(1 − β₂ᵗ)`,
/// `θ ← θ − lr·m̂/(√v̂ + ε)`. Plain Adam's weight decay adds `λθ` to the gradient (L2);
/// AdamW instead shrinks the weights directly, `θ ← θ(1 − lr·λ)`, before the step.
public class Adam: Optimizer, @unchecked Sendable {
    /// Decay rate β₁ of the first moment.
    public let beta1: Float
    /// Decay rate β₂ of the second moment.
    public let beta2: Float
    /// Added to the denominator.
    public let eps: Float
    /// Weight-decay coefficient λ.
    public let weightDecay: Float
    /// Whether the decay is decoupled (AdamW) rather than added to the gradient.
    public let decoupledWeightDecay: Bool
    private var firstMoment: OptimizerState
    private var secondMoment: OptimizerState

    /// Creates an Adam optimizer (L2 weight decay, as `torch.optim.Adam`).
    public convenience init(
        parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
        eps: Float = 1e-8, weightDecay: Float = 0
    ) throws {
        try self.init(
            parameters: parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, eps: eps,
            weightDecay: weightDecay, decoupled: false)
    }

    init(
        parameters: [Tensor], learningRate: Float, beta1: Float, beta2: Float, eps: Float, weightDecay: Float,
        decoupled: Bool
    ) throws {
        guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1 else {
            throw TensorError.invalidArgument("Adam: betas must lie in [0, 1), got (\(beta1), \(beta2))")
        }
        guard eps >= 0, weightDecay >= 0 else {
            throw TensorError.invalidArgument("Adam: eps and weight decay must be non-negative")
        }
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        decoupledWeightDecay = decoupled
        firstMoment = OptimizerState(count: parameters.count)
        secondMoment = OptimizerState(count: parameters.count)
        try super.init(parameters: parameters, learningRate: learningRate)
    }

    /// One Adam/AdamW update of one parameter.
    public override func update(
        index: Int, step: Int, parameter: UnsafeMutableBufferPointer<Float>,
        gradient: UnsafeBufferPointer<Float>
    ) {
        let m = firstMoment.buffer(index, count: parameter.count)
        let v = secondMoment.buffer(index, count: parameter.count)
        let correction1 = 1 - powf(beta1, Float(step))
        let correction2 = 1 - powf(beta2, Float(step))
        let l2 = decoupledWeightDecay ? 0 : weightDecay
        let shrink = decoupledWeightDecay ? 1 - learningRate * weightDecay : 1
        for i in parameter.indices {
            let g = gradient[i] + l2 * parameter[i]
            m[i] = beta1 * m[i] + (1 - beta1) * g
            v[i] = beta2 * v[i] + (1 - beta2) * g * g
            let mHat = m[i] / correction1
            let vHat = v[i] / correction2
            parameter[i] = parameter[i] * shrink - learningRate * mHat / (vHat.squareRoot() + eps)
        }
    }
}

/// Adam with decoupled weight decay (Loshchilov and Hutter, 2019), as `torch.optim.AdamW`.
public final class AdamW: Adam, @unchecked Sendable {
    /// Creates an AdamW optimizer; the default decay 0.01 matches PyTorch.
    public init(
        parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
        eps: Float = 1e-8, weightDecay: Float = 0.01
    ) throws {
        try super.init(
            parameters: parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, eps: eps,
            weightDecay: weightDecay, decoupled: true)
    }
}
