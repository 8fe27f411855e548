/// One node of the autograd graph: the op that produced a tensor, the tensors it read and a
/// closure that maps the output's gradient to one gradient per input (`nil` = no gradient).
///
/// Backward closures must not capture the output tensor (that would be a retain cycle through
/// `output.gradFn`); they capture `output.detached()` when they need the output's values.
final class GradFn {
    let name: String
    private(set) var inputs: [Tensor]
    let backward: (Tensor) throws -> [Tensor?]

    init(name: String, inputs: [Tensor], backward: @escaping (Tensor) throws -> [Tensor?]) {
        self.name = name
        self.inputs = inputs
        self.backward = backward
    }

    /// Frees long chains iteratively. Releasing a 100,000-node chain recursively would
    /// overflow the stack, so this deinit steals the nodes of inputs that nobody else holds
    /// and releases them one by one from a work list.
    deinit {
        var pending: [GradFn] = []
        GradFn.stealUniqueParents(of: &inputs, into: &pending)
        while let node = pending.popLast() {
            GradFn.stealUniqueParents(of: &node.inputs, into: &pending)
        }
    }

    private static func stealUniqueParents(of inputs: inout [Tensor], into pending: inout [GradFn]) {
        for index in inputs.indices where isKnownUniquelyReferenced(&inputs[index]) {
            if let parent = inputs[index].gradFn {
                inputs[index].gradFn = nil
                pending.append(parent)
            }
        }
        inputs.removeAll()
    }
}

extension Tensor {
    /// Attaches a graph node to `output` when grad mode is on and an input requires grad;
    /// returns `output` either way so ops can `return Tensor.record(...)`.
    @discardableResult
    static func record(
        _ output: Tensor, inputs: [Tensor], name: String,
        backward: @escaping (Tensor) throws -> [Tensor?]
    ) -> Tensor {
        guard GradMode.isEnabled, inputs.contains(where: { $0.requiresGrad }) else { return output }
        output.gradFn = GradFn(name: name, inputs: inputs, backward: backward)
        output.requiresGrad = true
        return output
    }

    /// Whether an op on these inputs will record a node (lets ops skip saving values).
    static func willRecord(_ inputs: [Tensor]) -> Bool {
        GradMode.isEnabled && inputs.contains(where: { $0.requiresGrad })
    }
}
