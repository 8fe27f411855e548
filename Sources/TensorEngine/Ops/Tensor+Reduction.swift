// Reductions with NumPy's `axis` / `keepdims` semantics. `axis: nil` reduces every axis.

extension Tensor {
    /// Sum over `axis` (all axes when nil).
    public func sum(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let axes = try Shape.normalizeAxes(axis, ndim: ndim)
        let kept = sumKernel(axes: axes)
        let outShape = Tensor.reducedShape(shape, axes: axes, keepDims: keepDims)
        let result = Tensor(shape: outShape, storage: kept.storage)
        let (original, keptShape) = (shape, kept.shape)
        return Tensor.record(result, inputs: [self], name: "sum") { grad in
            [Tensor(shape: keptShape, storage: grad.storage).broadcastKernel(to: original)]
        }
    }

    /// Sum over one axis.
    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try sum(axis: [axis], keepDims: keepDims)
    }

    /// Arithmetic mean over `axis` (all axes when nil). Throws for an empty reduction.
    public func mean(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let axes = try Shape.normalizeAxes(axis, ndim: ndim)
        let n = axes.reduce(1) { $0 * shape[$1] }
        guard n > 0 else {
            throw TensorError.invalidArgument(
                "mean of an empty tensor (shape \(formatShape(shape))) is undefined")
        }
        return try sum(axis: axes, keepDims: keepDims).mul(1 / Float(n))
    }

    /// Mean over one axis.
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try mean(axis: [axis], keepDims: keepDims)
    }

    /// Variance: the sum of squared deviations divided by `n - ddof` (NumPy's default
    /// `ddof = 0` is the population variance; `ddof = 1` the unbiased sample variance).
    public func variance(axis: [Int]? = nil, keepDims: Bool = false, ddof: Int = 0) throws -> Tensor {
        let axes = try Shape.normalizeAxes(axis, ndim: ndim)
        let n = axes.reduce(1) { $0 * shape[$1] }
        guard n - ddof > 0, ddof >= 0 else {
            throw TensorError.invalidArgument(
                "variance: ddof=\(ddof) needs more than \(ddof) values, got \(n) (shape \(formatShape(shape)))"
            )
        }
        let center = try mean(axis: axes, keepDims: true)
        return try sub(center).square().sum(axis: axes, keepDims: keepDims).mul(1 / Float(n - ddof))
    }

    /// Variance over one axis.
    public func variance(axis: Int, keepDims: Bool = false, ddof: Int = 0) throws -> Tensor {
        try variance(axis: [axis], keepDims: keepDims, ddof: ddof)
    }

    /// Standard deviation, the square root of `variance` (same `ddof` convention).
    public func std(axis: [Int]? = nil, keepDims: Bool = false, ddof: Int = 0) throws -> Tensor {
        try variance(axis: axis, keepDims: keepDims, ddof: ddof).sqrt()
    }

    /// Standard deviation over one axis.
    public func std(axis: Int, keepDims: Bool = false, ddof: Int = 0) throws -> Tensor {
        try std(axis: [axis], keepDims: keepDims, ddof: ddof)
    }

    /// Maximum over `axis`; the gradient goes to the first maximal element. NaN propagates.
    public func max(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try extremum(axis: axis, keepDims: keepDims, name: "max", better: >)
    }

    /// Maximum over one axis.
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try max(axis: [axis], keepDims: keepDims)
    }

    /// Minimum over `axis`; the gradient goes to the first minimal element. NaN propagates.
    public func min(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try extremum(axis: axis, keepDims: keepDims, name: "min", better: <)
    }

    /// Minimum over one axis.
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try min(axis: [axis], keepDims: keepDims)
    }

    /// Index of the maximum: into the flattened tensor when `axis` is nil (a scalar), else
    /// along `axis`. Indices are returned as float values; not differentiable.
    public func argmax(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtremum(axis: axis, keepDims: keepDims, name: "argmax", better: >)
    }

    /// Index of the minimum, like `argmax`.
    public func argmin(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtremum(axis: axis, keepDims: keepDims, name: "argmin", better: <)
    }

    /// The shape after reducing `axes`.
    static func reducedShape(_ shape: [Int], axes: [Int], keepDims: Bool) -> [Int] {
        if keepDims { return shape.enumerated().map { axes.contains($0.offset) ? 1 : $0.element } }
        return shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    }

    private func extremum(
        axis: [Int]?, keepDims: Bool, name: String, better: (Float, Float) -> Bool
    ) throws -> Tensor {
        let axes = try Shape.normalizeAxes(axis, ndim: ndim)
        let (values, _, sources) = try extremumKernel(axes: axes, name: name, better: better)
        let result = Tensor(
            shape: Tensor.reducedShape(shape, axes: axes, keepDims: keepDims), storage: values.storage)
        let original = shape
        return Tensor.record(result, inputs: [self], name: name) { grad in
            let local = Tensor.zerosUnchecked(original)
            for (index, source) in sources.enumerated() {
                local.storage.pointer[source] += grad.storage.pointer[index]
            }
            return [local]
        }
    }

    private func argExtremum(
        axis: Int?, keepDims: Bool, name: String, better: (Float, Float) -> Bool
    ) throws -> Tensor {
        let axes = try axis.map { [try Shape.normalizeAxis($0, ndim: ndim)] } ?? Array(0..<ndim)
        let (_, positions, _) = try extremumKernel(axes: axes, name: name, better: better)
        var outShape = Tensor.reducedShape(shape, axes: axes, keepDims: keepDims)
        if axis == nil && !keepDims { outShape = [] }
        return try Tensor(shape: outShape, data: positions.map(Float.init))
    }

    /// For each output position: the extreme value, its index within the reduced axes
    /// (row-major over them) and its flat offset in `self`.
    private func extremumKernel(
        axes: [Int], name: String, better: (Float, Float) -> Bool
    ) throws -> (Tensor, [Int], [Int]) {
        let reducedCount = axes.reduce(1) { $0 * shape[$1] }
        guard reducedCount > 0 else {
            throw TensorError.invalidArgument(
                "zero-size array to reduction operation \(name) which has no identity "
                    + "(shape \(formatShape(shape)))")
        }
        // Visit the kept axes in the outer loops and the reduced axes in the inner loop.
        let keptAxes = (0..<ndim).filter { !axes.contains($0) }
        let order = keptAxes + axes
        let offsets = sourceOffsets(order: order)
        let rows = count / reducedCount
        let values = Tensor.uninitialized([rows])
        var positions = [Int](repeating: 0, count: rows)
        var sources = [Int](repeating: 0, count: rows)
        let data = storage.pointer
        for row in 0..<rows {
            let base = row * reducedCount
            var bestIndex = 0
            var best = data[offsets[base]]
            if !best.isNaN {
                for k in 1..<Swift.max(reducedCount, 1) {
                    let value = data[offsets[base + k]]
                    if value.isNaN {
                        (best, bestIndex) = (value, k)
                        break
                    }
                    if better(value, best) { (best, bestIndex) = (value, k) }
                }
            }
            values.storage.pointer[row] = best
            positions[row] = bestIndex
            sources[row] = offsets[base + bestIndex]
        }
        return (values, positions, sources)
    }

    /// Flat offsets of `self`'s elements visited in row-major order over the axes `order`.
    func sourceOffsets(order: [Int]) -> [Int] {
        let strides = Shape.strides(shape)
        let iterShape = order.map { shape[$0] }
        var result = [Int]()
        result.reserveCapacity(count)
        Tensor.forEachRow(shape: iterShape, strides: [order.map { strides[$0] }]) { offsets, length, inner in
            for j in 0..<length { result.append(offsets[0] + j * inner[0]) }
        }
        return result
    }
}
