// Sorting along an axis. NaNs sort last, like NumPy; equal values keep their order.

extension Tensor {
    /// The values sorted ascending along `axis`. The gradient flows back to each value's
    /// original position.
    public func sort(axis: Int = -1) throws -> Tensor {
        let (outer, length, inner) = try axisLayout(axis)
        let order = sortOrder(outer: outer, length: length, inner: inner)
        let result = Tensor.uninitialized(shape)
        let (source, target) = (storage.pointer, result.storage.pointer)
        for (position, offset) in order.enumerated() { target[position] = source[offset] }
        let original = shape
        return Tensor.record(result, inputs: [self], name: "sort") { grad in
            let local = Tensor.zerosUnchecked(original)
            for (position, offset) in order.enumerated() {
                local.storage.pointer[offset] = grad.storage.pointer[position]
            }
            return [local]
        }
    }

    /// The indices that would sort the values along `axis` (as floats). Not differentiable.
    public func argsort(axis: Int = -1) throws -> Tensor {
        let (outer, length, inner) = try axisLayout(axis)
        let order = sortOrder(outer: outer, length: length, inner: inner)
        let result = Tensor.uninitialized(shape)
        for (position, offset) in order.enumerated() {
            // offset = (o * length + k) * inner + i; recover k.
            result.storage.pointer[position] = Float((offset / Swift.max(inner, 1)) % Swift.max(length, 1))
        }
        return result
    }

    /// For each output position (in row-major order) the flat source offset of its value.
    private func sortOrder(outer: Int, length: Int, inner: Int) -> [Int] {
        var order = [Int](repeating: 0, count: count)
        let values = storage.pointer
        var line = [Int](repeating: 0, count: length)
        Tensor.forEachLine(outer: outer, length: length, inner: inner) { start, step in
            for k in 0..<length { line[k] = start + k * step }
            line.sort { a, b in
                let (x, y) = (values[a], values[b])
                if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || (x.isNaN && y.isNaN && a < b) }
                return x < y || (x == y && a < b)
            }
            for k in 0..<length { order[start + k * step] = line[k] }
        }
        return order
    }
}
