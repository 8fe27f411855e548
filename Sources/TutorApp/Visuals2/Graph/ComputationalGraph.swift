import Foundation
import TensorEngine

/// The expression L = (σ(w·x + b) − y)² built with the engine's autograd: every node's
/// forward value and, after the engine's `backward()`, its gradient ∂L/∂node. The screen
/// only reads these numbers; nothing here differentiates by hand.
public struct ComputationalGraph: Sendable, Hashable {
    /// One node of the graph as the screen draws it.
    public struct Node: Sendable, Hashable {
        /// The short name in the box (`x`, `z`, `σ`).
        public var name: String
        /// How it is computed (`z = w·x`), empty for inputs.
        public var formula: String
        /// The engine's backward function name (`MulBackward`), nil for inputs.
        public var operation: String?
        /// The indices of the nodes it is computed from.
        public var inputs: [Int]
        /// The forward value from the engine.
        public var value: Double
        /// ∂L/∂node from the engine's backward pass.
        public var gradient: Double
        /// How the chain rule gives the gradient, in words (`∂L/∂z = ∂L/∂a · 1`).
        public var chainRule: String
        /// The drawing column (inputs left of the nodes that use them).
        public var column: Int
    }

    /// The example inputs.
    public struct Inputs: Sendable, Hashable {
        /// The feature x.
        public var x: Double
        /// The weight w.
        public var w: Double
        /// The bias b.
        public var b: Double
        /// The target y.
        public var y: Double

        /// Inputs.
        public init(x: Double, w: Double, b: Double, y: Double) {
            self.x = x
            self.w = w
            self.b = b
            self.y = y
        }
    }

    /// The inputs `e` cycles through.
    public static let examples: [Inputs] = [
        Inputs(x: 1.5, w: 0.8, b: -0.5, y: 1),
        Inputs(x: 2, w: -1, b: 0.5, y: 0),
        Inputs(x: -1, w: 2, b: 1, y: 1),
        Inputs(x: 0.5, w: 3, b: -2, y: 0),
        Inputs(x: 4, w: 2, b: 1, y: 0),
    ]

    /// The inputs this graph was built from.
    public let inputs: Inputs
    /// The nodes in forward (topological) order, the loss last.
    public let nodes: [Node]

    /// Builds the graph for `inputs` with the engine, runs forward and backward.
    /// - Throws: `TensorError` if the engine refuses an operation (it does not for scalars).
    public init(inputs: Inputs) throws {
        self.inputs = inputs
        let x = Tensor(scalar: Float(inputs.x), requiresGrad: true)
        let w = Tensor(scalar: Float(inputs.w), requiresGrad: true)
        let b = Tensor(scalar: Float(inputs.b), requiresGrad: true)
        let y = Tensor(scalar: Float(inputs.y), requiresGrad: true)
        let z = try w.mul(x)
        let a = try z.add(b)
        let s = a.sigmoid()
        let d = try s.sub(y)
        let loss = d.square()
        // Intermediate gradients are dropped by default; keep them to show them.
        for tensor in [z, a, s, d, loss] { tensor.retainsGrad = true }
        try loss.backward()

        let described: [(Tensor, String, String, String)] = [
            (x, "x", "", "∂L/∂x = ∂L/∂z · w"),
            (w, "w", "", "∂L/∂w = ∂L/∂z · x"),
            (b, "b", "", "∂L/∂b = ∂L/∂a · 1"),
            (y, "y", "", "∂L/∂y = ∂L/∂d · (−1)"),
            (z, "z", "z = w·x", "∂L/∂z = ∂L/∂a · 1"),
            (a, "a", "a = z + b", "∂L/∂a = ∂L/∂s · s(1−s)"),
            (s, "s", "s = σ(a)", "∂L/∂s = ∂L/∂d · 1"),
            (d, "d", "d = s − y", "∂L/∂d = 2d"),
            (loss, "L", "L = d²", "∂L/∂L = 1 (the start)"),
        ]
        // Draw in the engine's own topological order, so the stepping follows autograd.
        let order = loss.graphNodes()
        let ids = order.map(ObjectIdentifier.init)
        var nodes: [Node] = []
        for tensor in order {
            guard let entry = described.first(where: { $0.0 === tensor }) else { continue }
            let inputIndices = tensor.graphInputs.compactMap { input in
                ids.firstIndex(of: ObjectIdentifier(input))
            }
            nodes.append(
                Node(
                    name: entry.1, formula: entry.2, operation: tensor.gradFnName, inputs: inputIndices,
                    value: Double((try? tensor.item()) ?? .nan),
                    gradient: Double((try? tensor.grad?.item()) ?? .nan), chainRule: entry.3, column: 0))
        }
        self.nodes = Self.assigningColumns(nodes)
    }

    /// The loss value.
    public var loss: Double { nodes.last?.value ?? .nan }

    /// Columns: a computed node one right of its rightmost input; an input one left of its
    /// first user, so each arrow is short.
    private static func assigningColumns(_ nodes: [Node]) -> [Node] {
        var result = nodes
        for index in result.indices where !result[index].inputs.isEmpty {
            let deepest = result[index].inputs.map { result[$0].column }.max() ?? 0
            result[index].column = deepest + 1
        }
        // Computed nodes were placed assuming inputs at column 0; shift inputs right to sit
        // next to their first consumer, then re-place computed nodes.
        for index in result.indices where result[index].inputs.isEmpty {
            let users = result.indices.filter { result[$0].inputs.contains(index) }
            let firstUser = users.map { result[$0].column }.min() ?? 1
            result[index].column = max(0, firstUser - 1)
        }
        for index in result.indices where !result[index].inputs.isEmpty {
            let deepest = result[index].inputs.map { result[$0].column }.max() ?? 0
            result[index].column = deepest + 1
        }
        return result
    }
}
