// Joining and padding: concatenate, stack, pad.

extension Tensor {
    /// Joins tensors along an existing axis; all other sizes must match.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument("concatenate: need at least one array to concatenate")
        }
        guard first.ndim > 0 else {
            throw TensorError.invalidArgument("concatenate: zero-dimensional arrays cannot be concatenated")
        }
        let normalized = try Shape.normalizeAxis(axis, ndim: first.ndim)
        for tensor in tensors.dropFirst() {
            var expected = first.shape
            var actual = tensor.shape
            guard actual.count == expected.count else {
                throw TensorError.shapeMismatch(op: "concatenate", lhs: first.shape, rhs: tensor.shape)
            }
            expected[normalized] = 0
            actual[normalized] = 0
            guard expected == actual else {
                throw TensorError.shapeMismatch(op: "concatenate", lhs: first.shape, rhs: tensor.shape)
            }
        }
        let sizes = tensors.map { $0.shape[normalized] }
        var outShape = first.shape
        outShape[normalized] = sizes.reduce(0, +)
        let outer = Shape.count(Array(first.shape[..<normalized]))
        let inner = Shape.count(Array(first.shape[(normalized + 1)...]))
        let result = Tensor.uninitialized(outShape)
        let rowLength = outShape[normalized] * inner
        var start = 0
        for (tensor, size) in zip(tensors, sizes) {
            let block = size * inner
            for o in 0..<outer {
                (result.storage.pointer + o * rowLength + start).update(
                    from: tensor.storage.pointer + o * block, count: block)
            }
            start += block
        }
        return Tensor.record(result, inputs: tensors, name: "concatenate") { grad in
            var pieces: [Tensor?] = []
            var offset = 0
            for (tensor, size) in zip(tensors, sizes) {
                let piece = Tensor.uninitialized(tensor.shape)
                let block = size * inner
                for o in 0..<outer {
                    (piece.storage.pointer + o * block).update(
                        from: grad.storage.pointer + o * rowLength + offset, count: block)
                }
                offset += block
                pieces.append(piece)
            }
            return pieces
        }
    }

    /// Joins same-shape tensors along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument("stack: need at least one array to stack")
        }
        for tensor in tensors where tensor.shape != first.shape {
            throw TensorError.shapeMismatch(op: "stack", lhs: first.shape, rhs: tensor.shape)
        }
        let normalized = try Shape.normalizeAxis(axis, ndim: first.ndim + 1)
        let expanded = try tensors.map { try $0.unsqueeze(axis: normalized) }
        return try concatenate(expanded, axis: normalized)
    }

    /// Pads with a constant (NumPy `pad(mode="constant")`): `widths[i]` gives the number of
    /// values added before and after axis `i`; one pair for every axis.
    public func pad(_ widths: [(before: Int, after: Int)], value: Float = 0) throws -> Tensor {
        guard widths.count == ndim else {
            throw TensorError.invalidArgument(
                "pad: expected \(ndim) (before, after) pairs for shape \(formatShape(shape)), got \(widths.count)"
            )
        }
        guard widths.allSatisfy({ $0.before >= 0 && $0.after >= 0 }) else {
            throw TensorError.invalidArgument("pad: index can't contain negative values")
        }
        guard widths.allSatisfy({ $0.before <= Shape.maxElements && $0.after <= Shape.maxElements }) else {
            throw TensorError.invalidShape("pad: padding widths are too large")
        }
        let outShape = zip(shape, widths).map { $0 + $1.before + $1.after }
        let result = try Tensor.full(outShape, value: value)
        let outStrides = Shape.strides(outShape)
        let start = zip(widths, outStrides).reduce(0) { $0 + $1.0.before * $1.1 }
        // Interior positions of the output, visited in the input's row-major order.
        let interior = Tensor.interiorOffsets(shape: shape, outStrides: outStrides, start: start)
        for (index, offset) in interior.enumerated() {
            result.storage.pointer[offset] = storage.pointer[index]
        }
        let original = shape
        return Tensor.record(result, inputs: [self], name: "pad") { grad in
            let local = Tensor.uninitialized(original)
            for (index, offset) in interior.enumerated() {
                local.storage.pointer[index] = grad.storage.pointer[offset]
            }
            return [local]
        }
    }

    /// Flat offsets in a larger row-major layout of each element of a `shape` block
    /// whose first element sits at `start`.
    static func interiorOffsets(shape: [Int], outStrides: [Int], start: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(Shape.count(shape))
        forEachRow(shape: shape, strides: [outStrides]) { offsets, length, inner in
            for j in 0..<length { result.append(start + offsets[0] + j * inner[0]) }
        }
        return result
    }
}
