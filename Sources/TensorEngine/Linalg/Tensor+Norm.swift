// `numpy.linalg.norm` with an explicit `ord`.

extension Tensor {
    /// NumPy's `linalg.norm(x, ord, axis)`.
    ///
    /// Vector norms (1-D input, or an `axis`): `ord = ±inf` is the max/min of |x|, `0` counts
    /// the non-zeros, any other p gives `(∑|x|^p)^(1/p)`. Matrix norms (2-D input, no axis):
    /// `1` / `-1` the max/min absolute column sum, `±inf` the max/min absolute row sum, `2`
    /// the largest singular value (not differentiable).
    public func norm(ord: Float, axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        if axis == nil && ndim == 2 { return try matrixNorm(ord: ord, keepDims: keepDims) }
        guard axis != nil || ndim == 1 else {
            throw TensorError.invalidArgument(
                "norm: ord=\(ord) needs a 1-D or 2-D input or an axis, got shape \(formatShape(shape))")
        }
        let along = axis ?? 0
        let magnitude = abs()
        switch ord {
        case .infinity: return try magnitude.max(axis: along, keepDims: keepDims)
        case -.infinity: return try magnitude.min(axis: along, keepDims: keepDims)
        case 0: return try ne(Tensor(scalar: 0)).sum(axis: along, keepDims: keepDims)
        case 1: return try magnitude.sum(axis: along, keepDims: keepDims)
        case 2: return try square().sum(axis: along, keepDims: keepDims).sqrt()
        default:
            guard ord.isFinite else { throw TensorError.invalidArgument("norm: invalid ord \(ord)") }
            return try magnitude.pow(ord).sum(axis: along, keepDims: keepDims).pow(1 / ord)
        }
    }

    private func matrixNorm(ord: Float, keepDims: Bool) throws -> Tensor {
        let value: Tensor
        switch ord {
        case 1: value = try abs().sum(axis: 0).max()
        case -1: value = try abs().sum(axis: 0).min()
        case .infinity: value = try abs().sum(axis: 1).max()
        case -.infinity: value = try abs().sum(axis: 1).min()
        case 2: value = try svd().s.max()
        case -2: value = try svd().s.min()
        default:
            throw TensorError.invalidArgument(
                "norm: invalid norm order \(ord) for matrices (use 1, -1, 2, -2, inf, -inf, or the default)")
        }
        return keepDims ? try value.reshape([1, 1]) : value
    }
}
