/// A fully connected layer `y = x·Wᵀ + b` with `weight` of shape `(out, in)` as in PyTorch.
public final class Linear: Module, @unchecked Sendable {
    /// The weight, shape `(outFeatures, inFeatures)`.
    public let weight: Tensor
    /// The bias, shape `(outFeatures,)`, or nil for a layer without bias.
    public let bias: Tensor?
    /// Input size.
    public let inFeatures: Int
    /// Output size.
    public let outFeatures: Int

    /// Creates a layer with weights drawn from `initializer` (He uniform by default, suited to
    /// ReLU) and a zero bias.
    /// - Throws: `TensorError.invalidArgument` for non-positive sizes.
    public init(
        inFeatures: Int, outFeatures: Int, bias: Bool = true, initializer: Initializer = .heUniform,
        using generator: inout RandomGenerator
    ) throws {
        guard inFeatures > 0, outFeatures > 0 else {
            throw TensorError.invalidArgument(
                "Linear: in_features and out_features must be positive, got \(inFeatures) and \(outFeatures)")
        }
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        weight = try initializer.makeTensor(
            [outFeatures, inFeatures], fanIn: inFeatures, fanOut: outFeatures, using: &generator)
        weight.requiresGrad = true
        self.bias = bias ? try Tensor.zeros([outFeatures]) : nil
        self.bias?.requiresGrad = true
    }

    /// Creates a layer whose weights come from a fresh generator seeded with `seed`.
    public convenience init(
        inFeatures: Int, outFeatures: Int, bias: Bool = true, initializer: Initializer = .heUniform,
        seed: UInt64
    ) throws {
        var generator = RandomGenerator(seed: seed)
        try self.init(
            inFeatures: inFeatures, outFeatures: outFeatures, bias: bias, initializer: initializer,
            using: &generator)
    }

    /// `x·Wᵀ + b` for `x` of shape `(..., inFeatures)`.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try input.linear(weight: weight, bias: bias)
    }

    /// `weight` and, if present, `bias`.
    public override var ownParameters: [(name: String, tensor: Tensor)] {
        [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
    }
}
