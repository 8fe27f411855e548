extension Tensor {
    /// The values in row-major order.
    public func toArray() -> [Float] {
        Array(UnsafeBufferPointer(start: storage.pointer, count: count))
    }

    /// The single value of a one-element tensor (any shape with one element).
    public func item() throws -> Float {
        guard count == 1 else { throw TensorError.notScalar(shape: shape) }
        return storage.pointer[0]
    }

    /// Reads the values without copying.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.pointer, count: count))
    }

    /// Writes the values in place, bypassing autograd. Meant for optimizers updating
    /// parameters and for initialisers; call it under `GradMode.withoutGrad` or on leaves
    /// whose old values no recorded graph still needs. Tensors sharing this storage (from
    /// `reshape` or `detached`) see the change.
    public func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        try body(UnsafeMutableBufferPointer(start: storage.pointer, count: count))
    }

    /// The value at a full multi-index (one integer per axis, negatives count from the end).
    public func value(at indices: [Int]) throws -> Float {
        guard indices.count == ndim else {
            throw TensorError.indexOutOfRange(
                "expected \(ndim) indices for a tensor of shape \(formatShape(shape)), got \(indices.count)")
        }
        var offset = 0
        let strides = Shape.strides(shape)
        for (axis, raw) in indices.enumerated() {
            let index = raw < 0 ? raw + shape[axis] : raw
            guard index >= 0, index < shape[axis] else {
                throw TensorError.indexOutOfRange(
                    "index \(raw) is out of bounds for axis \(axis) with size \(shape[axis])")
            }
            offset += index * strides[axis]
        }
        return storage.pointer[offset]
    }

    /// A fresh tensor with the same values and its own storage, outside any graph.
    public func copy() -> Tensor {
        let result = Tensor.uninitialized(shape)
        result.storage.pointer.update(from: storage.pointer, count: count)
        return result
    }
}

extension Tensor: CustomStringConvertible {
    /// A NumPy-like rendering of the values, e.g. `[[1, 2], [3, 4]]`.
    public var description: String {
        let values = toArray()
        func format(_ value: Float) -> String {
            if value.isNaN { return "nan" }
            if value.isInfinite { return value > 0 ? "inf" : "-inf" }
            if value == value.rounded(), Swift.abs(value) < 1e7 { return String(Int(value)) + "." }
            return "\(value)"
        }
        func render(axis: Int, offset: Int) -> String {
            if axis == shape.count { return format(values[offset]) }
            let inner = Shape.count(Array(shape[(axis + 1)...]))
            let parts = (0..<shape[axis]).map { render(axis: axis + 1, offset: offset + $0 * inner) }
            return "[" + parts.joined(separator: axis == shape.count - 1 ? ", " : ",\n") + "]"
        }
        return "tensor(" + render(axis: 0, offset: 0) + ")"
    }
}
