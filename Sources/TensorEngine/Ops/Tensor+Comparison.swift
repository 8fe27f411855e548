// Comparisons give 0/1 float tensors (NumPy's booleans, as floats) and are not
// differentiable: their outputs never require grad.

extension Tensor {
    /// 1 where `self == other`, else 0 (broadcasting).
    public func eq(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "eq") { $0 == $1 ? 1 : 0 }
    }

    /// 1 where `self != other`, else 0 (broadcasting).
    public func ne(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "ne") { $0 != $1 ? 1 : 0 }
    }

    /// 1 where `self < other`, else 0 (broadcasting).
    public func lt(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "lt") { $0 < $1 ? 1 : 0 }
    }

    /// 1 where `self <= other`, else 0 (broadcasting).
    public func le(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "le") { $0 <= $1 ? 1 : 0 }
    }

    /// 1 where `self > other`, else 0 (broadcasting).
    public func gt(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "gt") { $0 > $1 ? 1 : 0 }
    }

    /// 1 where `self >= other`, else 0 (broadcasting).
    public func ge(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "ge") { $0 >= $1 ? 1 : 0 }
    }

    /// 1 where the value is NaN, else 0.
    public func isNaN() -> Tensor { mapKernel { $0.isNaN ? 1 : 0 } }

    /// Whether any element is NaN or infinite.
    public var hasNonFinite: Bool {
        withUnsafeBufferPointer { values in values.contains { !$0.isFinite } }
    }

    /// Whether two tensors have the same shape and every pair of values is within
    /// `absolute + relative * |other|` (NumPy's `allclose`).
    public func allClose(_ other: Tensor, relative: Float = 1e-5, absolute: Float = 1e-8) -> Bool {
        guard shape == other.shape else { return false }
        let (a, b) = (storage.pointer, other.storage.pointer)
        for index in 0..<count
        where Swift.abs(a[index] - b[index]) > absolute + relative * Swift.abs(b[index]) {
            return false
        }
        return true
    }
}
