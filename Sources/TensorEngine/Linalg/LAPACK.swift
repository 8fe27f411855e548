import COpenBLAS

/// Thin wrappers over the LAPACK routines in the COpenBLAS shim. LAPACK is column-major;
/// a row-major buffer handed to it is read as the transpose, and each caller accounts for
/// that (see the comments at the call sites).
enum LAPACK {
    /// Runs `sgesdd` (jobz "S") on a column-major `m`x`n` matrix `a` (overwritten).
    /// Returns the singular values (descending), `u` (`m`x`k`) and `vt` (`k`x`n`),
    /// both column-major, with `k = min(m, n)`.
    static func gesdd(_ a: inout [Float], m: Int, n: Int) throws -> (s: [Float], u: [Float], vt: [Float]) {
        let k = Swift.min(m, n)
        var (jobz, rows, cols, lda) = (Int8(UInt8(ascii: "S")), Int32(m), Int32(n), Int32(Swift.max(m, 1)))
        var (ldu, ldvt) = (Int32(Swift.max(m, 1)), Int32(Swift.max(k, 1)))
        var s = [Float](repeating: 0, count: k)
        var u = [Float](repeating: 0, count: Swift.max(m * k, 1))
        var vt = [Float](repeating: 0, count: Swift.max(k * n, 1))
        var iwork = [Int32](repeating: 0, count: Swift.max(8 * k, 1))
        var info: Int32 = 0
        var query: Float = 0
        var lwork: Int32 = -1
        sgesdd_(&jobz, &rows, &cols, &a, &lda, &s, &u, &ldu, &vt, &ldvt, &query, &lwork, &iwork, &info)
        lwork = Int32(query.rounded(.up)) + 1
        var work = [Float](repeating: 0, count: Int(lwork))
        sgesdd_(&jobz, &rows, &cols, &a, &lda, &s, &u, &ldu, &vt, &ldvt, &work, &lwork, &iwork, &info)
        guard info == 0 else {
            throw TensorError.linalg(
                info > 0 ? "SVD did not converge" : "svd: LAPACK sgesdd rejected argument \(-info)")
        }
        return (s, u, vt)
    }

    /// Runs `ssyevd` on a symmetric column-major `n`x`n` matrix using its upper triangle.
    /// Returns ascending eigenvalues and the eigenvectors as the columns of a column-major matrix.
    static func syevd(_ a: inout [Float], n: Int) throws -> (values: [Float], vectors: [Float]) {
        var (jobz, uplo, order, lda) = (
            Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "U")), Int32(n), Int32(Swift.max(n, 1))
        )
        var values = [Float](repeating: 0, count: n)
        var info: Int32 = 0
        var workQuery: Float = 0
        var iworkQuery: Int32 = 0
        var (lwork, liwork): (Int32, Int32) = (-1, -1)
        ssyevd_(&jobz, &uplo, &order, &a, &lda, &values, &workQuery, &lwork, &iworkQuery, &liwork, &info)
        lwork = Int32(workQuery.rounded(.up)) + 1
        liwork = Swift.max(iworkQuery, 1)
        var work = [Float](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        ssyevd_(&jobz, &uplo, &order, &a, &lda, &values, &work, &lwork, &iwork, &liwork, &info)
        guard info == 0 else {
            throw TensorError.linalg(
                info > 0 ? "Eigenvalues did not converge" : "eigh: LAPACK ssyevd rejected argument \(-info)")
        }
        return (values, a)
    }

    /// LU-factorises a column-major `n`x`n` matrix in place (`sgetrf`); returns the pivots
    /// and LAPACK's info (> 0 means an exactly zero pivot: the matrix is singular).
    static func getrf(_ a: inout [Float], n: Int) -> (pivots: [Int32], info: Int32) {
        var (rows, cols, lda) = (Int32(n), Int32(n), Int32(Swift.max(n, 1)))
        var pivots = [Int32](repeating: 0, count: Swift.max(n, 1))
        var info: Int32 = 0
        sgetrf_(&rows, &cols, &a, &lda, &pivots, &info)
        return (pivots, info)
    }

    /// Inverts a column-major `n`x`n` matrix in place (`sgetrf` + `sgetri`).
    static func invert(_ a: inout [Float], n: Int) throws {
        var (pivots, info) = getrf(&a, n: n)
        guard info == 0 else { throw TensorError.linalg("Singular matrix: it has no inverse") }
        var (order, lda) = (Int32(n), Int32(Swift.max(n, 1)))
        var query: Float = 0
        var lwork: Int32 = -1
        sgetri_(&order, &a, &lda, &pivots, &query, &lwork, &info)
        lwork = Swift.max(Int32(query.rounded(.up)), Int32(Swift.max(n, 1)))
        var work = [Float](repeating: 0, count: Int(lwork))
        sgetri_(&order, &a, &lda, &pivots, &work, &lwork, &info)
        guard info == 0 else { throw TensorError.linalg("Singular matrix: it has no inverse") }
    }
}
