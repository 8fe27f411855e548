// Diagonals: building a diagonal matrix, reading the diagonal, the trace.

extension Tensor {
    /// NumPy's `diag`: a 1-D tensor becomes a square matrix with it on the diagonal; a 2-D
    /// tensor gives its main diagonal. Differentiable.
    public func diag() throws -> Tensor {
        switch ndim {
        case 1:
            let n = shape[0]
            let result = try Tensor.zeros([n, n])
            for index in 0..<n { result.storage.pointer[index * n + index] = storage.pointer[index] }
            return Tensor.record(result, inputs: [self], name: "diag") { grad in
                let local = Tensor.uninitialized([n])
                for index in 0..<n { local.storage.pointer[index] = grad.storage.pointer[index * n + index] }
                return [local]
            }
        case 2:
            let (rows, columns) = (shape[0], shape[1])
            let n = Swift.min(rows, columns)
            let result = Tensor.uninitialized([n])
            for index in 0..<n { result.storage.pointer[index] = storage.pointer[index * columns + index] }
            return Tensor.record(result, inputs: [self], name: "diag") { grad in
                let local = Tensor.zerosUnchecked([rows, columns])
                for index in 0..<n {
                    local.storage.pointer[index * columns + index] = grad.storage.pointer[index]
                }
                return [local]
            }
        default:
            throw TensorError.invalidArgument(
                "diag: input must be 1- or 2-dimensional, got shape \(formatShape(shape))")
        }
    }

    /// Sum of the main diagonal of a 2-D tensor.
    public func trace() throws -> Tensor {
        guard ndim == 2 else {
            throw TensorError.invalidArgument(
                "trace: input must be 2-dimensional, got shape \(formatShape(shape))")
        }
        return try diag().sum()
    }
}
