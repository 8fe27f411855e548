/// Applies its modules one after another; children are named `"0"`, `"1"`, ... as in PyTorch,
/// so parameters are named `"0.weight"`, `"2.bias"`, ...
public final class Sequential: Module, @unchecked Sendable {
    /// The layers in call order.
    public let layers: [Module]

    /// Chains `layers`.
    public init(_ layers: [Module]) {
        self.layers = layers
    }

    /// Chains the given layers.
    public convenience init(_ layers: Module...) {
        self.init(layers)
    }

    /// Feeds the input through every layer in order.
    public override func forward(_ input: Tensor) throws -> Tensor {
        var x = input
        for layer in layers { x = try layer(x) }
        return x
    }

    /// The layers, named by position.
    public override var children: [(name: String, module: Module)] {
        layers.enumerated().map { (String($0.offset), $0.element) }
    }
}
