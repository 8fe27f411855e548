// NumPy indexing: basic (ints, slices, newaxis, ellipsis) and advanced (integer arrays,
// boolean masks) with NumPy's rules for where the indexed dimensions go.

extension Tensor {
    /// `self[items]` with NumPy semantics. Always returns a new tensor (a copy). The gradient
    /// flows back to the selected positions (summed where an index repeats).
    public func index(_ items: [TensorIndex]) throws -> Tensor {
        let plan = try IndexPlan(items: items, source: shape)
        let result = Tensor.uninitialized(plan.shape)
        let (source, target) = (storage.pointer, result.storage.pointer)
        for (position, offset) in plan.offsets.enumerated() { target[position] = source[offset] }
        let original = shape
        return Tensor.record(result, inputs: [self], name: "index") { grad in
            let local = Tensor.zerosUnchecked(original)
            let (g, out) = (grad.storage.pointer, local.storage.pointer)
            for (position, offset) in plan.offsets.enumerated() { out[offset] += g[position] }
            return [local]
        }
    }

    /// Variadic form of `index(_:)`: `x.index(.int(0), .all)`.
    public func index(_ items: TensorIndex...) throws -> Tensor { try index(items) }

    /// `self[items] = value` in place, NumPy style: `value` is broadcast to the selection's
    /// shape; with repeated indices the last write wins.
    ///
    /// Assignment is not differentiable. With grad mode on it throws if either tensor takes
    /// part in autograd, because the graph would silently lose the overwritten values; do
    /// such updates under `GradMode.withoutGrad` or on `detached()` tensors.
    public func assign(_ items: [TensorIndex], value: Tensor) throws {
        if GradMode.isEnabled && (requiresGrad || value.requiresGrad) {
            throw TensorError.invalidArgument(
                "in-place assignment is not differentiable: a tensor involved requires grad; "
                    + "assign to a detached copy or inside a no-grad block")
        }
        let plan = try IndexPlan(items: items, source: shape)
        guard (try? Shape.broadcast(value.shape, plan.shape, op: "assign")) == plan.shape else {
            throw TensorError.shapeMismatch(op: "assign", lhs: value.shape, rhs: plan.shape)
        }
        let expanded = value.broadcastKernel(to: plan.shape)
        let (source, target) = (expanded.storage.pointer, storage.pointer)
        for (position, offset) in plan.offsets.enumerated() { target[offset] = source[position] }
    }

    /// `self[items] = value` for a scalar value.
    public func assign(_ items: [TensorIndex], value: Float) throws {
        try assign(items, value: Tensor(scalar: value))
    }
}
