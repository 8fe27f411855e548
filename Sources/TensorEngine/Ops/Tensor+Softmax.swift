// Softmax and log-softmax along an axis. Both subtract the row maximum first, so logits of
// any magnitude (±1000) give finite results.

extension Tensor {
    /// `exp(x) / sum(exp(x))` along `axis`.
    public func softmax(axis: Int = -1) throws -> Tensor {
        let (outer, length, inner) = try axisLayout(axis)
        let result = softmaxKernel(outer: outer, length: length, inner: inner, log: false)
        let output = result.detached()
        return Tensor.record(result, inputs: [self], name: "softmax") { grad in
            // dx = y * (g - sum(g * y))
            let local = Tensor.uninitialized(output.shape)
            let (y, g, out) = (output.storage.pointer, grad.storage.pointer, local.storage.pointer)
            Tensor.forEachLine(outer: outer, length: length, inner: inner) { start, step in
                var dotProduct: Float = 0
                for k in 0..<length { dotProduct += g[start + k * step] * y[start + k * step] }
                for k in 0..<length {
                    let at = start + k * step
                    out[at] = y[at] * (g[at] - dotProduct)
                }
            }
            return [local]
        }
    }

    /// `x - log(sum(exp(x)))` along `axis`, computed without overflow.
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        let (outer, length, inner) = try axisLayout(axis)
        let result = softmaxKernel(outer: outer, length: length, inner: inner, log: true)
        let output = result.detached()
        return Tensor.record(result, inputs: [self], name: "logSoftmax") { grad in
            // dx = g - softmax * sum(g)
            let local = Tensor.uninitialized(output.shape)
            let (y, g, out) = (output.storage.pointer, grad.storage.pointer, local.storage.pointer)
            Tensor.forEachLine(outer: outer, length: length, inner: inner) { start, step in
                var total: Float = 0
                for k in 0..<length { total += g[start + k * step] }
                for k in 0..<length {
                    let at = start + k * step
                    out[at] = g[at] - Math.exp(y[at]) * total
                }
            }
            return [local]
        }
    }

    /// `log(sum(exp(x)))` along `axis`, shifted by the maximum so it never overflows.
    public func logSumExp(axis: Int = -1, keepDims: Bool = false) throws -> Tensor {
        let peak = try GradMode.withoutGrad { try max(axis: axis, keepDims: true) }
        let finitePeak = peak.mapKernel { $0.isFinite ? $0 : 0 }
        let total = try sub(finitePeak).exp().sum(axis: axis, keepDims: true).log().add(finitePeak)
        return keepDims ? total : try total.squeeze(axis: axis)
    }

    /// Views the tensor as `[outer, length, inner]` around `axis`.
    func axisLayout(_ axis: Int) throws -> (Int, Int, Int) {
        let normalized = try Shape.normalizeAxis(axis, ndim: Swift.max(ndim, 1))
        if ndim == 0 { return (1, 1, 1) }
        let outer = Shape.count(Array(shape[..<normalized]))
        let inner = Shape.count(Array(shape[(normalized + 1)...]))
        return (outer, shape[normalized], inner)
    }

    /// Calls `body(start, step)` for every line along the middle axis of `[outer, length, inner]`.
    static func forEachLine(outer: Int, length: Int, inner: Int, _ body: (Int, Int) -> Void) {
        for o in 0..<outer {
            for i in 0..<inner { body(o * length * inner + i, inner) }
        }
    }

    private func softmaxKernel(outer: Int, length: Int, inner: Int, log: Bool) -> Tensor {
        let result = Tensor.uninitialized(shape)
        let (x, out) = (storage.pointer, result.storage.pointer)
        Tensor.forEachLine(outer: outer, length: length, inner: inner) { start, step in
            var peak = -Float.infinity
            for k in 0..<length { peak = Swift.max(peak, x[start + k * step]) }
            if !peak.isFinite { peak = 0 }
            var total: Float = 0
            for k in 0..<length {
                let shifted = x[start + k * step] - peak
                out[start + k * step] = shifted
                total += Math.exp(shifted)
            }
            if log {
                let logTotal = Math.log(total)
                for k in 0..<length { out[start + k * step] -= logTotal }
            } else {
                let scale = 1 / total
                for k in 0..<length { out[start + k * step] = Math.exp(out[start + k * step]) * scale }
            }
        }
        return result
    }
}
