/// Batch normalisation with learnable scale γ (`weight`) and shift β (`bias`) and running
/// statistics for evaluation (PyTorch `nn.BatchNorm1d`/`nn.BatchNorm2d`).
///
/// In training mode it normalises with the batch's statistics and updates the running ones;
/// in eval mode it uses the running ones. Accepts `(N, C)` and `(N, C, H, W)` inputs unless
/// created through `BatchNorm1d`/`BatchNorm2d`, which insist on their rank.
public class BatchNorm: Module, @unchecked Sendable {
    /// γ, shape `(features,)`, initialised to ones; nil when not affine.
    public let weight: Tensor?
    /// β, shape `(features,)`, initialised to zeros; nil when not affine.
    public let bias: Tensor?
    /// Running mean, initialised to zeros.
    public let runningMean: Tensor
    /// Running (unbiased) variance, initialised to ones.
    public let runningVar: Tensor
    /// Number of channels.
    public let features: Int
    /// Weight of the newest batch in the running statistics.
    public let momentum: Float
    /// Added to the variance before the square root.
    public let eps: Float
    /// Input ranks this layer accepts.
    let acceptedRanks: Set<Int>

    /// Creates a batch-norm layer for `features` channels.
    /// - Throws: `TensorError.invalidArgument` for `features < 1`, `eps <= 0` or momentum outside [0, 1].
    public convenience init(features: Int, momentum: Float = 0.1, eps: Float = 1e-5, affine: Bool = true)
        throws
    {
        try self.init(features: features, momentum: momentum, eps: eps, affine: affine, ranks: [2, 4])
    }

    init(features: Int, momentum: Float, eps: Float, affine: Bool, ranks: Set<Int>) throws {
        guard features > 0 else {
            throw TensorError.invalidArgument("BatchNorm: num_features must be positive, got \(features)")
        }
        guard eps > 0, momentum >= 0, momentum <= 1 else {
            throw TensorError.invalidArgument(
                "BatchNorm: need eps > 0 and 0 <= momentum <= 1, got eps=\(eps), momentum=\(momentum)")
        }
        self.features = features
        self.momentum = momentum
        self.eps = eps
        acceptedRanks = ranks
        weight = affine ? try Tensor.ones([features]) : nil
        bias = affine ? try Tensor.zeros([features]) : nil
        weight?.requiresGrad = true
        bias?.requiresGrad = true
        runningMean = try Tensor.zeros([features])
        runningVar = try Tensor.ones([features])
    }

    /// Normalises the input per channel.
    public override func forward(_ input: Tensor) throws -> Tensor {
        guard acceptedRanks.contains(input.ndim) else {
            let expected = acceptedRanks.sorted().map { "\($0)-D" }.joined(separator: " or ")
            throw TensorError.invalidShape(
                "\(type(of: self)): expected \(expected) input, got shape \(formatShape(input.shape))")
        }
        guard input.shape[1] == features else {
            throw TensorError.invalidShape(
                "\(type(of: self)): expected \(features) channel(s) on axis 1, got shape "
                    + formatShape(input.shape))
        }
        return try input.batchNorm(
            runningMean: runningMean, runningVar: runningVar, weight: weight, bias: bias,
            training: isTraining,
            momentum: momentum, eps: eps)
    }

    /// γ and β when affine.
    public override var ownParameters: [(name: String, tensor: Tensor)] {
        [weight.map { ("weight", $0) }, bias.map { ("bias", $0) }].compactMap { $0 }
    }

    /// The running statistics.
    public override var ownBuffers: [(name: String, tensor: Tensor)] {
        [("running_mean", runningMean), ("running_var", runningVar)]
    }
}

/// Batch normalisation for `(N, C)` inputs (after a linear layer).
public final class BatchNorm1d: BatchNorm, @unchecked Sendable {
    /// Creates a layer for `features` channels of 2-D inputs.
    public init(features: Int, momentum: Float = 0.1, eps: Float = 1e-5, affine: Bool = true) throws {
        try super.init(features: features, momentum: momentum, eps: eps, affine: affine, ranks: [2])
    }
}

/// Batch normalisation for `(N, C, H, W)` inputs (after a convolution).
public final class BatchNorm2d: BatchNorm, @unchecked Sendable {
    /// Creates a layer for `features` channels of 4-D inputs.
    public init(features: Int, momentum: Float = 0.1, eps: Float = 1e-5, affine: Bool = true) throws {
        try super.init(features: features, momentum: momentum, eps: eps, affine: affine, ranks: [4])
    }
}
