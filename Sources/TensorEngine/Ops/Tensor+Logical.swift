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

extension Tensor {
    /// 1 if any element along `axis` (all axes when nil) is non-zero, else 0.
    public func any(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try ne(Tensor(scalar: 0)).max(axis: axis, keepDims: keepDims).detached()
    }

    /// 1 if every element along `axis` (all axes when nil) is non-zero, else 0. An empty
    /// reduction gives 1, like NumPy.
    public func all(axis: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let zeros = try eq(Tensor(scalar: 0)).sum(axis: axis, keepDims: keepDims)
        return zeros.mapKernel { $0 == 0 ? 1 : 0 }
    }

    /// NumPy's `nonzero`: one 1-D tensor per axis holding the coordinates of the non-zero
    /// elements, in row-major order.
    public func nonzero() -> [Tensor] {
        let strides = Shape.strides(shape)
        let hits = toArray().enumerated().filter { $0.element != 0 }.map(\.offset)
        return (0..<ndim).map { axis in
            Tensor(hits.map { Float(($0 / strides[axis]) % shape[axis]) })
        }
    }
}
