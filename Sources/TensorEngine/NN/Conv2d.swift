/// A 2-D convolution layer over NCHW inputs with square kernels (PyTorch `nn.Conv2d`).
public final class Conv2d: Module, @unchecked Sendable {
    /// Filters, shape `(outChannels, inChannels, kernelSize, kernelSize)`.
    public let weight: Tensor
    /// Per-filter bias `(outChannels,)`, or nil.
    public let bias: Tensor?
    /// Input channels expected.
    public let inChannels: Int
    /// Number of filters.
    public let outChannels: Int
    /// Kernel height and width.
    public let kernelSize: Int
    /// Step between windows.
    public let stride: Int
    /// Zero padding on each side.
    public let padding: Int

    /// Creates a layer with He-uniform filters by default (fan-in `C·k·k`) and a zero bias.
    /// - Throws: `TensorError.invalidArgument` for non-positive sizes or stride, negative padding.
    public init(
        inChannels: Int, outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
        bias: Bool = true, initializer: Initializer = .heUniform, using generator: inout RandomGenerator
    ) throws {
        guard inChannels > 0, outChannels > 0, kernelSize > 0 else {
            throw TensorError.invalidArgument(
                "Conv2d: channels and kernel size must be positive, got in=\(inChannels), "
                    + "out=\(outChannels), kernel=\(kernelSize)")
        }
        guard stride >= 1 else {
            throw TensorError.invalidArgument("Conv2d: stride must be at least 1, got \(stride)")
        }
        guard padding >= 0 else {
            throw TensorError.invalidArgument("Conv2d: padding must be non-negative, got \(padding)")
        }
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        self.stride = stride
        self.padding = padding
        let area = kernelSize * kernelSize
        weight = try initializer.makeTensor(
            [outChannels, inChannels, kernelSize, kernelSize], fanIn: inChannels * area,
            fanOut: outChannels * area, using: &generator)
        weight.requiresGrad = true
        self.bias = bias ? try Tensor.zeros([outChannels]) : nil
        self.bias?.requiresGrad = true
    }

    /// Creates a layer whose filters come from a fresh generator seeded with `seed`.
    public convenience init(
        inChannels: Int, outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
        bias: Bool = true, initializer: Initializer = .heUniform, seed: UInt64
    ) throws {
        var generator = RandomGenerator(seed: seed)
        try self.init(
            inChannels: inChannels, outChannels: outChannels, kernelSize: kernelSize, stride: stride,
            padding: padding, bias: bias, initializer: initializer, using: &generator)
    }

    /// Convolves an `(N, inChannels, H, W)` batch.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try input.conv2d(weight: weight, bias: bias, stride: stride, padding: padding)
    }

    /// `weight` and, if present, `bias`.
    public override var ownParameters: [(name: String, tensor: Tensor)] {
        [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
    }
}
