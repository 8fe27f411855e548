import TensorEngine

/// A deep MLP of equal-width hidden layers, plain (`h ← act(W·h)`) or residual
/// (`h ← h + act(W·h)`), for watching how gradients reach the early layers.
public final class DeepMLP: Module, @unchecked Sendable {
    /// How one network of a comparison is built.
    public struct Design: Sendable, Hashable {
        /// The legend name (`sigmoid`, `residual`).
        public var name: String
        /// The hidden activation.
        public var activation: Activation
        /// Whether each hidden layer adds its input back (a shortcut).
        public var isResidual: Bool
        /// Whether weights use He initialisation (else Xavier).
        public var usesHeInit: Bool
        /// Whether the activation's output is shifted to average zero (σ(x) − ½), so a residual
        /// sum of many layers does not drift far from zero; the slope is unchanged.
        public var isCentred: Bool

        /// A design.
        public init(
            name: String, activation: Activation, isResidual: Bool, usesHeInit: Bool, isCentred: Bool = false
        ) {
            self.name = name
            self.activation = activation
            self.isResidual = isResidual
            self.usesHeInit = usesHeInit
            self.isCentred = isCentred
        }
    }

    private let stem: Linear
    private let hidden: [Linear]
    private let head: Linear
    private let design: Design

    /// `2 → width`, `depth` hidden `width → width` layers, `width → classes`, seeded.
    /// - Throws: `TensorError.invalidArgument` for non-positive sizes.
    public init(design: Design, inputs: Int, width: Int, depth: Int, classes: Int, seed: UInt64) throws {
        var generator = RandomGenerator(seed: seed)
        let initializer: Initializer = design.usesHeInit ? .heUniform : .xavierUniform()
        self.design = design
        stem = try Linear(inFeatures: inputs, outFeatures: width, initializer: initializer, using: &generator)
        hidden = try (0..<depth).map { _ in
            try Linear(inFeatures: width, outFeatures: width, initializer: initializer, using: &generator)
        }
        head = try Linear(
            inFeatures: width, outFeatures: classes, initializer: .xavierUniform(), using: &generator)
        super.init()
    }

    /// The weight-carrying layers, input side first (stem, hidden…, head).
    public var layerCount: Int { hidden.count + 2 }

    /// Named children so the parameters are `stem.weight`, `hidden3.weight`, `head.weight`.
    public override var children: [(name: String, module: Module)] {
        [("stem", stem)] + hidden.enumerated().map { ("hidden\($0.offset + 1)", $0.element) } + [
            ("head", head)
        ]
    }

    /// Logits for a batch of inputs.
    public override func forward(_ input: Tensor) throws -> Tensor {
        var h = try activate(try stem(input))
        for layer in hidden {
            let update = try activate(try layer(h))
            h = design.isResidual ? try h.add(update) : update
        }
        return try head(h)
    }

    private func activate(_ x: Tensor) throws -> Tensor {
        switch design.activation {
        case .relu: x.relu()
        case .tanh: x.tanh()
        case .sigmoid: design.isCentred ? x.sigmoid().sub(0.5) : x.sigmoid()
        }
    }
}
