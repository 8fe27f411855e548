// Shape manipulation. Reshapes share storage (the data is contiguous, so no copy is
// needed); permutes copy into a new row-major layout.

extension Tensor {
    /// The same values with a new shape; one size may be -1 and is inferred. Shares storage.
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let resolved = try resolveReshape(newShape)
        if resolved == shape { return self }
        let result = Tensor(shape: resolved, storage: storage)
        let original = shape
        return Tensor.record(result, inputs: [self], name: "reshape") { grad in
            [Tensor(shape: original, storage: grad.storage)]
        }
    }

    private func resolveReshape(_ newShape: [Int]) throws -> [Int] {
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1 else {
            throw TensorError.invalidShape("reshape: can only specify one unknown dimension (-1)")
        }
        if let bad = newShape.first(where: { $0 < -1 }) {
            throw TensorError.invalidShape("reshape: negative dimension \(bad) in \(formatShape(newShape))")
        }
        var resolved = newShape
        if let unknown = inferred.first {
            let known = try Shape.checkedCount(newShape.filter { $0 != -1 }, op: "reshape")
            guard known > 0, count % known == 0 else {
                throw TensorError.invalidShape(
                    "cannot reshape array of size \(count) into shape \(formatShape(newShape))")
            }
            resolved[unknown] = count / known
        }
        guard try Shape.checkedCount(resolved, op: "reshape") == count else {
            throw TensorError.invalidShape(
                "cannot reshape array of size \(count) into shape \(formatShape(newShape))")
        }
        return resolved
    }

    /// Flattens to one dimension.
    public func flatten() -> Tensor {
        (try? reshape([count])) ?? self
    }

    /// Merges axes `startAxis...endAxis` into one (like `torch.flatten`).
    public func flatten(startAxis: Int, endAxis: Int = -1) throws -> Tensor {
        if ndim == 0 { return try reshape([1]) }
        let start = try Shape.normalizeAxis(startAxis, ndim: ndim)
        let end = try Shape.normalizeAxis(endAxis, ndim: ndim)
        guard start <= end else {
            throw TensorError.invalidArgument(
                "flatten: startAxis \(startAxis) comes after endAxis \(endAxis)")
        }
        let merged = Shape.count(Array(shape[start...end]))
        return try reshape(Array(shape[..<start]) + [merged] + Array(shape[(end + 1)...]))
    }

    /// Removes size-1 axes: all of them, or only `axis` (which must have size 1).
    public func squeeze(axis: Int? = nil) throws -> Tensor {
        guard let axis else { return try reshape(shape.filter { $0 != 1 }) }
        let normalized = try Shape.normalizeAxis(axis, ndim: ndim)
        guard shape[normalized] == 1 else {
            throw TensorError.invalidArgument(
                "cannot select an axis to squeeze out which has size not equal to one "
                    + "(axis \(axis) has size \(shape[normalized]))")
        }
        var newShape = shape
        newShape.remove(at: normalized)
        return try reshape(newShape)
    }

    /// Inserts a size-1 axis at `axis` (which may be `ndim`, or negative counting from the end).
    public func unsqueeze(axis: Int) throws -> Tensor {
        let normalized = try Shape.normalizeAxis(axis, ndim: ndim + 1)
        var newShape = shape
        newShape.insert(1, at: normalized)
        return try reshape(newShape)
    }

    /// NumPy's name for `unsqueeze`.
    public func expandDims(axis: Int) throws -> Tensor { try unsqueeze(axis: axis) }

    /// Reorders the axes: output axis `i` is input axis `axes[i]`.
    public func permute(_ axes: [Int]) throws -> Tensor {
        guard axes.count == ndim else {
            throw TensorError.invalidArgument(
                "permute: axes \(axes) don't match array of dimension \(ndim)")
        }
        let normalized = try axes.map { try Shape.normalizeAxis($0, ndim: ndim) }
        guard Set(normalized).count == ndim else {
            throw TensorError.invalidArgument("permute: repeated axis in \(axes)")
        }
        if normalized == Array(0..<ndim) { return self }
        let result = permuteKernel(normalized)
        var inverse = [Int](repeating: 0, count: ndim)
        for (position, axis) in normalized.enumerated() { inverse[axis] = position }
        return Tensor.record(result, inputs: [self], name: "permute") { grad in
            [grad.permuteKernel(inverse)]
        }
    }

    /// Copies into the permuted layout (no validation, no recording).
    func permuteKernel(_ axes: [Int]) -> Tensor {
        let outShape = axes.map { shape[$0] }
        let sourceStrides = Shape.strides(shape)
        let readStrides = axes.map { sourceStrides[$0] }
        let result = Tensor.uninitialized(outShape)
        let source = storage.pointer
        let target = result.storage.pointer
        Tensor.forEachRow(shape: outShape, strides: [readStrides]) { offsets, length, inner in
            let (start, step, out) = (offsets[0], inner[0], offsets[1])
            for j in 0..<length { target[out + j] = source[start + j * step] }
        }
        return result
    }

    /// Reverses the axes (the matrix transpose for 2-D tensors).
    public func transpose() -> Tensor {
        (try? permute(Array((0..<ndim).reversed()))) ?? self
    }

    /// Swaps two axes.
    public func transpose(_ first: Int, _ second: Int) throws -> Tensor {
        let a = try Shape.normalizeAxis(first, ndim: ndim)
        let b = try Shape.normalizeAxis(second, ndim: ndim)
        var axes = Array(0..<ndim)
        axes.swapAt(a, b)
        return try permute(axes)
    }

    /// Repeats the values to `target` under NumPy's broadcasting rules (a copy).
    public func broadcastTo(_ target: [Int]) throws -> Tensor {
        try Shape.validate(target, op: "broadcastTo")
        let combined = try? Shape.broadcast(shape, target, op: "broadcast")
        guard combined == target else {
            throw TensorError.invalidShape(
                "cannot broadcast a tensor of shape \(formatShape(shape)) to shape \(formatShape(target))")
        }
        if target == shape { return self }
        let result = broadcastKernel(to: target)
        let original = shape
        return Tensor.record(result, inputs: [self], name: "broadcastTo") { grad in [grad.sumTo(original)] }
    }

    /// A differentiable copy with its own storage.
    public func clone() -> Tensor {
        let result = copy()
        return Tensor.record(result, inputs: [self], name: "clone") { grad in [grad] }
    }
}
