import COpenBLAS

// Matrix products with NumPy `matmul` semantics, computed by `cblas_sgemm` directly on the
// tensors' storage (row-major, no copies for contiguous inputs).

extension Tensor {
    /// NumPy `matmul`: 1-D operands are promoted to a row (left) or column (right) vector and
    /// the added axis removed afterwards; for N-D operands the last two axes are matrices and
    /// the leading axes broadcast as batch dimensions.
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard ndim > 0, other.ndim > 0 else {
            throw TensorError.invalidArgument(
                "matmul: input operand does not have enough dimensions (scalars are not allowed; use mul)")
        }
        let lhs = ndim == 1 ? try reshape([1, shape[0]]) : self
        let rhs = other.ndim == 1 ? try other.reshape([other.shape[0], 1]) : other
        let k = lhs.shape[lhs.ndim - 1]
        guard k == rhs.shape[rhs.ndim - 2] else {
            throw TensorError.shapeMismatch(op: "matmul", lhs: shape, rhs: other.shape)
        }
        var product: Tensor
        if lhs.ndim == 2 && rhs.ndim == 2 {
            product = try lhs.batchedMatmul(rhs)
        } else if rhs.ndim == 2 {
            // [..., M, K] @ [K, N]: one big GEMM over all leading rows, no broadcast copy.
            let rows = try lhs.reshape([Shape.count(Array(lhs.shape.dropLast())), k])
            let flat = try rows.batchedMatmul(rhs)
            product = try flat.reshape(Array(lhs.shape.dropLast()) + [rhs.shape[1]])
        } else {
            let batchL = Array(lhs.shape.dropLast(2))
            let batchR = Array(rhs.shape.dropLast(2))
            let batch: [Int]
            do {
                batch = try Shape.broadcast(batchL, batchR, op: "matmul")
            } catch {
                throw TensorError.shapeMismatch(op: "matmul", lhs: shape, rhs: other.shape)
            }
            let left = try lhs.broadcastTo(batch + Array(lhs.shape.suffix(2)))
            let right = try rhs.broadcastTo(batch + Array(rhs.shape.suffix(2)))
            product = try left.batchedMatmul(right)
        }
        if ndim == 1 { product = try product.squeeze(axis: -2) }
        if other.ndim == 1 { product = try product.squeeze(axis: -1) }
        return product
    }

    /// Inner product of two 1-D tensors, or `matmul` otherwise (NumPy `dot` for ≤2-D).
    public func dot(_ other: Tensor) throws -> Tensor {
        if ndim == 1 && other.ndim == 1 {
            guard shape == other.shape else {
                throw TensorError.shapeMismatch(op: "dot", lhs: shape, rhs: other.shape)
            }
            return try mul(other).sum()
        }
        guard ndim <= 2, other.ndim <= 2 else {
            throw TensorError.invalidArgument("dot: use matmul for tensors with more than 2 dimensions")
        }
        return try matmul(other)
    }

    /// Outer product of two tensors, flattened to vectors first (like NumPy).
    public func outer(_ other: Tensor) throws -> Tensor {
        let column = try flatten().reshape([count, 1])
        let row = try other.flatten().reshape([1, other.count])
        return try column.mul(row)
    }

    /// Batched product of `[B..., M, K]` and `[B..., K, N]` with identical batch shapes,
    /// or two plain matrices. Records the gradient rules for both operands.
    func batchedMatmul(_ other: Tensor) throws -> Tensor {
        let result = try Tensor.gemm(self, transposeA: false, other, transposeB: false)
        return Tensor.record(result, inputs: [self, other], name: "matmul") { [self] grad in
            // dA = dC Bᵀ, dB = Aᵀ dC, with the transposes folded into sgemm's flags.
            [
                try Tensor.gemm(grad, transposeA: false, other, transposeB: true),
                try Tensor.gemm(self, transposeA: true, grad, transposeB: false),
            ]
        }
    }

    /// `op(A) @ op(B)` for each batch entry via `cblas_sgemm`, where `op` optionally swaps
    /// the last two axes. Batch shapes must be equal.
    static func gemm(_ a: Tensor, transposeA: Bool, _ b: Tensor, transposeB: Bool) throws -> Tensor {
        Engine.ensureConfigured()
        guard a.ndim >= 2, b.ndim >= 2, a.shape.dropLast(2) == b.shape.dropLast(2) else {
            throw TensorError.shapeMismatch(op: "bmm", lhs: a.shape, rhs: b.shape)
        }
        let (aRows, aCols) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1])
        let (bRows, bCols) = (b.shape[b.ndim - 2], b.shape[b.ndim - 1])
        let (m, k) = transposeA ? (aCols, aRows) : (aRows, aCols)
        let (kB, n) = transposeB ? (bCols, bRows) : (bRows, bCols)
        guard k == kB else { throw TensorError.shapeMismatch(op: "matmul", lhs: a.shape, rhs: b.shape) }
        let batch = Array(a.shape.dropLast(2))
        try Shape.validate(batch + [m, n], op: "matmul")
        let result = Tensor.uninitialized(batch + [m, n])
        let batches = Shape.count(batch)
        guard m > 0, n > 0 else { return result }
        if k == 0 {
            result.storage.pointer.initialize(repeating: 0, count: result.count)
            return result
        }
        for index in 0..<batches {
            cblas_sgemm(
                CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1,
                a.storage.pointer + index * aRows * aCols, Int32(aCols),
                b.storage.pointer + index * bRows * bCols, Int32(bCols), 0,
                result.storage.pointer + index * m * n, Int32(n))
        }
        return result
    }
}
