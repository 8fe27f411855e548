// Linear algebra on 2-D tensors through LAPACK: svd, eigh, inv, det, norm.
//
// Sign convention (LAPACK's signs are arbitrary): every left singular vector and every
// eigenvector is flipped so that its entry of largest magnitude is positive (the first one
// on ties). svd and eigh are not differentiable; inv, det and norm are.

extension Tensor {
    /// Reduced singular value decomposition `self = U · diag(S) · Vt` (NumPy's
    /// `svd(full_matrices=False)`): `U` is m×k, `S` has k values in descending order, `Vt`
    /// is k×n, with k = min(m, n).
    public func svd() throws -> (u: Tensor, s: Tensor, vt: Tensor) {
        try requireFiniteMatrix(op: "svd")
        let (m, n) = (shape[0], shape[1])
        let k = Swift.min(m, n)
        // The row-major m×n buffer is the column-major n×m matrix Aᵀ = U' S VT'. Then
        // A = VT'ᵀ S U'ᵀ, and VT'ᵀ / U'ᵀ in row-major are exactly the buffers VT' / U'.
        var buffer = toArray()
        let (s, uPrime, vtPrime) = try LAPACK.gesdd(&buffer, m: n, n: m)
        var u = Array(vtPrime.prefix(m * k))
        var vt = Array(uPrime.prefix(k * n))
        for column in 0..<k {
            var largest: Float = 0
            for row in 0..<m where Swift.abs(u[row * k + column]) > Swift.abs(largest) {
                largest = u[row * k + column]
            }
            if largest < 0 {
                for row in 0..<m { u[row * k + column] = -u[row * k + column] }
                for col in 0..<n { vt[column * n + col] = -vt[column * n + col] }
            }
        }
        return (
            try Tensor(shape: [m, k], data: u), try Tensor(shape: [k], data: s),
            try Tensor(shape: [k, n], data: vt)
        )
    }

    /// Eigen-decomposition of a symmetric matrix (NumPy's `eigh`, lower triangle used):
    /// eigenvalues ascending, eigenvectors as the columns of the returned matrix.
    public func eigh() throws -> (values: Tensor, vectors: Tensor) {
        try requireFiniteMatrix(op: "eigh")
        try requireSquare(op: "eigh")
        let n = shape[0]
        // Column-major reading sees Aᵀ, whose upper triangle is A's lower triangle.
        var buffer = toArray()
        let (values, columns) = try LAPACK.syevd(&buffer, n: n)
        var vectors = [Float](repeating: 0, count: n * n)
        for column in 0..<n {
            let start = column * n
            var largest: Float = 0
            for row in 0..<n where Swift.abs(columns[start + row]) > Swift.abs(largest) {
                largest = columns[start + row]
            }
            let sign: Float = largest < 0 ? -1 : 1
            for row in 0..<n { vectors[row * n + column] = sign * columns[start + row] }
        }
        return (try Tensor(shape: [n], data: values), try Tensor(shape: [n, n], data: vectors))
    }

    /// Matrix inverse; throws for singular matrices. Gradient: -A⁻ᵀ · G · A⁻ᵀ.
    public func inv() throws -> Tensor {
        try requireFiniteMatrix(op: "inv")
        try requireSquare(op: "inv")
        // inv(Aᵀ) = inv(A)ᵀ, so inverting the column-major view yields the row-major inverse.
        var buffer = toArray()
        try LAPACK.invert(&buffer, n: shape[0])
        let result = try Tensor(shape: shape, data: buffer)
        let inverse = result.detached()
        return Tensor.record(result, inputs: [self], name: "inv") { grad in
            let inverseT = inverse.transpose()
            return [try inverseT.matmul(grad).matmul(inverseT).neg()]
        }
    }

    /// Determinant (via LU). Gradient: G · det · A⁻ᵀ (needs an invertible matrix).
    public func det() throws -> Tensor {
        try requireFiniteMatrix(op: "det")
        try requireSquare(op: "det")
        let n = shape[0]
        var buffer = toArray()
        let (pivots, info) = LAPACK.getrf(&buffer, n: n)
        var value: Double = 1
        if info > 0 {
            value = 0
        } else {
            for index in 0..<n {
                value *= Double(buffer[index * n + index])
                if pivots[index] != Int32(index + 1) { value = -value }
            }
        }
        let result = Tensor(scalar: Float(value))
        return Tensor.record(result, inputs: [self], name: "det") { [self] grad in
            let inverseT = try self.inv().transpose()
            return [inverseT.mul(Float(value) * grad.storage.pointer[0])]
        }
    }

    /// The 2-norm: Frobenius norm over all elements when `axis` is nil, otherwise the vector
    /// 2-norm along `axis`. Differentiable (except at zero).
    public func norm(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try square().sum(axis: axis, keepDims: keepDims).sqrt()
    }

    private func requireFiniteMatrix(op: String) throws {
        guard ndim == 2 else {
            throw TensorError.linalg(
                "\(op): expected a 2-dimensional matrix, got shape \(formatShape(shape))")
        }
        guard count > 0 else { throw TensorError.linalg("\(op): the matrix is empty") }
        guard !hasNonFinite else {
            throw TensorError.linalg("\(op): array must not contain infs or NaNs")
        }
    }

    private func requireSquare(op: String) throws {
        guard shape[0] == shape[1] else {
            throw TensorError.linalg(
                "\(op): last 2 dimensions of the array must be square (got \(formatShape(shape)))")
        }
    }
}
