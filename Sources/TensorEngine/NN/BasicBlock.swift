/// The ResNet basic block: `relu(bn2(conv2(relu(bn1(conv1(x))))) + shortcut(x))` with 3x3
/// convolutions. The shortcut is the identity when shape is preserved, otherwise a 1x1
/// convolution with the block's stride followed by batch norm (the projection shortcut).
public final class BasicBlock: Module, @unchecked Sendable {
    /// First 3x3 convolution (carries the stride).
    public let conv1: Conv2d
    /// Batch norm after `conv1`.
    public let bn1: BatchNorm2d
    /// Second 3x3 convolution.
    public let conv2: Conv2d
    /// Batch norm after `conv2`.
    public let bn2: BatchNorm2d
    /// The 1x1 projection and its batch norm, present when channels or stride change.
    public let projection: Sequential?

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
        if stride != 1 || inChannels != outChannels {
            projection = Sequential(
                try Conv2d(
                    inChannels: inChannels, outChannels: outChannels, kernelSize: 1, stride: stride,
                    bias: false, using: &generator),
                try BatchNorm2d(features: outChannels))
        } else {
            projection = nil
        }
    }

    /// Whether the shortcut needs a projection for these sizes (channels or stride change).
    public static func needsProjection(inChannels: Int, outChannels: Int, stride: Int) -> Bool {
        stride != 1 || inChannels != outChannels
    }

    /// Residual forward pass.
    public override func forward(_ input: Tensor) throws -> Tensor {
        let main = try bn2(conv2(bn1(conv1(input)).relu()))
        let shortcut = try projection?(input) ?? input
        return try (main + shortcut).relu()
    }

    /// `conv1`, `bn1`, `conv2`, `bn2` and, when present, `shortcut`.
    public override var children: [(name: String, module: Module)] {
        [("conv1", conv1), ("bn1", bn1), ("conv2", conv2), ("bn2", bn2)]
            + (projection.map { [("shortcut", $0)] } ?? [])
    }
}
