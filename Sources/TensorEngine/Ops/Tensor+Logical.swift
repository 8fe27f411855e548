// Logical operations on 0/1 tensors (any non-zero counts as true) and closeness tests.
// Results are 0/1 floats without gradients.

extension Tensor {
    /// 1 where both are non-zero, broadcasting.
    public func logicalAnd(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "logical_and") { $0 != 0 && $1 != 0 ? 1 : 0 }
    }

    /// 1 where either is non-zero, broadcasting.
    public func logicalOr(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "logical_or") { $0 != 0 || $1 != 0 ? 1 : 0 }
    }

    /// 1 where the value is zero.
    public func logicalNot() -> Tensor { mapKernel { $0 == 0 ? 1 : 0 } }

    /// NumPy's `isclose`: 1 where `|self - other| <= absolute + relative * |other|`, broadcasting.
    public func isClose(_ other: Tensor, relative: Float = 1e-5, absolute: Float = 1e-8) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "isclose") { a, b in
            a == b || Swift.abs(a - b) <= absolute + relative * Swift.abs(b) ? 1 : 0
        }
    }
}
