// Running sums along an axis.

extension Tensor {
    /// Cumulative sum along `axis` (`numpy.cumsum`); with `axis` nil the tensor is flattened
    /// first. Gradient: the reversed cumulative sum of the output gradient.
    public func cumsum(axis: Int? = nil) throws -> Tensor {
        guard let axis else { return try flatten().cumsum(axis: 0) }
        let (outer, length, inner) = try axisLayout(axis)
        let result = Tensor.uninitialized(shape)
        Tensor.runningSum(
            from: storage.pointer, into: result.storage.pointer, outer, length, inner, reverse: false)
        return Tensor.record(result, inputs: [self], name: "cumsum") { grad in
            let local = Tensor.uninitialized(grad.shape)
            Tensor.runningSum(
                from: grad.storage.pointer, into: local.storage.pointer, outer, length, inner, reverse: true)
            return [local]
        }
    }

    private static func runningSum(
        from source: UnsafeMutablePointer<Float>, into target: UnsafeMutablePointer<Float>,
        _ outer: Int, _ length: Int, _ inner: Int, reverse: Bool
    ) {
        forEachLine(outer: outer, length: length, inner: inner) { start, step in
            var total: Float = 0
            for k in 0..<length {
                let at = start + (reverse ? length - 1 - k : k) * step
                total += source[at]
                target[at] = total
            }
        }
    }
}
