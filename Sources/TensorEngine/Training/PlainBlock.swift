/// A residual block without its shortcut: `relu(bn2(conv2(relu(bn1(conv1(x))))))` with 3x3
/// convolutions. Stacking these gives the "plain" network that residual learning is compared with.
public final class PlainBlock: Module, @unchecked Sendable {
    /// First 3x3 convolution (carries the stride).
    public let conv1: Conv2d
    /// Batch norm after `conv1`.
    public let bn1: BatchNorm2d
    /// Second 3x3 convolution.
    public let conv2: Conv2d
    /// Batch norm after `conv2`.
    public let bn2: BatchNorm2d

    /// Creates a block mapping `inChannels` to `outChannels`, downsampling by `stride`.
    public init(inChannels: Int, outChannels: Int, stride: Int = 1, using generator: inout RandomGenerator)
        throws
    {
        conv1 = try Conv2d(
            inChannels: inChannels, outChannels: outChannels, kernelSize: 3, stride: stride, padding: 1,
            bias: false, using: &generator)
        bn1 = try BatchNorm2d(features: outChannels)
        conv2 = try Conv2d(
            inChannels: outChannels, outChannels: outChannels, kernelSize: 3, padding: 1, bias: false,
            using: &generator)
        bn2 = try BatchNorm2d(features: outChannels)
    }

    /// The two convolutions with nothing added back.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try bn2(conv2(bn1(conv1(input)).relu())).relu()
    }

    /// `conv1`, `bn1`, `conv2`, `bn2`.
    public override var children: [(name: String, module: Module)] {
        [("conv1", conv1), ("bn1", bn1), ("conv2", conv2), ("bn2", bn2)]
    }
}

/// Averages each channel over its spatial positions: `(N, C, H, W)` becomes `(N, C)`.
public final class GlobalAveragePool: Module, @unchecked Sendable {
    /// Creates the layer.
    public override init() {}

    /// Means over the last two axes.
    public override func forward(_ input: Tensor) throws -> Tensor {
        guard input.ndim == 4 else {
            throw TensorError.invalidShape(
                "GlobalAveragePool: expected (N, C, H, W) input, got \(formatShape(input.shape))")
        }
        return try input.mean(axis: [2, 3])
    }
}
