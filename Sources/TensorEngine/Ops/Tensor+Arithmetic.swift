// Element-wise binary arithmetic with NumPy broadcasting. Each backward sums the gradient
// over broadcast axes so it has the input's shape again.

extension Tensor {
    /// `self + other`, broadcasting.
    public func add(_ other: Tensor) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, other, op: "add", +)
        let (lhsShape, rhsShape) = (shape, other.shape)
        return Tensor.record(result, inputs: [self, other], name: "add") { grad in
            [grad.sumTo(lhsShape), grad.sumTo(rhsShape)]
        }
    }

    /// `self - other`, broadcasting.
    public func sub(_ other: Tensor) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, other, op: "sub", -)
        let (lhsShape, rhsShape) = (shape, other.shape)
        return Tensor.record(result, inputs: [self, other], name: "sub") { grad in
            [grad.sumTo(lhsShape), grad.neg().sumTo(rhsShape)]
        }
    }

    /// `self * other` element-wise, broadcasting.
    public func mul(_ other: Tensor) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, other, op: "mul", *)
        return Tensor.record(result, inputs: [self, other], name: "mul") { [self] grad in
            [try grad.mul(other).sumTo(self.shape), try grad.mul(self).sumTo(other.shape)]
        }
    }

    /// `self / other` element-wise, broadcasting (IEEE semantics: x/0 is ±inf or nan).
    public func div(_ other: Tensor) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, other, op: "div", /)
        let quotient = result.detached()
        return Tensor.record(result, inputs: [self, other], name: "div") { [self] grad in
            let gradLhs = try grad.div(other)
            // d(a/b)/db = -(a/b)/b
            let gradRhs = try gradLhs.mul(quotient).neg()
            return [gradLhs.sumTo(self.shape), gradRhs.sumTo(other.shape)]
        }
    }

    /// `self ** exponent` element-wise, broadcasting. The exponent's gradient uses
    /// `log(self)` and is taken as 0 where `self <= 0` (where the real power is undefined).
    public func pow(_ exponent: Tensor) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, exponent, op: "pow") { Math.pow($0, $1) }
        let power = result.detached()
        return Tensor.record(result, inputs: [self, exponent], name: "pow") { [self] grad in
            let base = try Tensor.broadcastKernel(self, exponent, op: "pow") { x, p in
                p == 0 ? 0 : p * Math.pow(x, p - 1)
            }
            let logBase = self.mapKernel { $0 > 0 ? Math.log($0) : 0 }
            return [
                try grad.mul(base).sumTo(self.shape),
                try grad.mul(power).mul(logBase).sumTo(exponent.shape),
            ]
        }
    }

    /// The element-wise larger of two tensors, broadcasting; ties send the gradient to `self`.
    public func maximum(_ other: Tensor) throws -> Tensor {
        try selectBinary(other, name: "maximum") { $0 >= $1 || $0.isNaN }
    }

    /// The element-wise smaller of two tensors, broadcasting; ties send the gradient to `self`.
    public func minimum(_ other: Tensor) throws -> Tensor {
        try selectBinary(other, name: "minimum") { $0 <= $1 || $0.isNaN }
    }

    /// Shared body of maximum/minimum: `pickLeft(a, b)` decides which operand wins.
    private func selectBinary(
        _ other: Tensor, name: String, _ pickLeft: @escaping (Float, Float) -> Bool
    ) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, other, op: name) { pickLeft($0, $1) ? $0 : $1 }
        return Tensor.record(result, inputs: [self, other], name: name) { [self] grad in
            let mask = try Tensor.broadcastKernel(self, other, op: name) { pickLeft($0, $1) ? 1 : 0 }
            let left = try grad.mul(mask)
            let right = try grad.sub(left)
            return [left.sumTo(self.shape), right.sumTo(other.shape)]
        }
    }

    /// `-self`.
    public func neg() -> Tensor {
        let result = mapKernel { -$0 }
        return Tensor.record(result, inputs: [self], name: "neg") { grad in [grad.neg()] }
    }

    /// `self + scalar`.
    public func add(_ scalar: Float) -> Tensor {
        let result = mapKernel { $0 + scalar }
        return Tensor.record(result, inputs: [self], name: "add") { grad in [grad] }
    }

    /// `self - scalar`.
    public func sub(_ scalar: Float) -> Tensor { add(-scalar) }

    /// `self * scalar`.
    public func mul(_ scalar: Float) -> Tensor {
        let result = mapKernel { $0 * scalar }
        return Tensor.record(result, inputs: [self], name: "mul") { grad in [grad.mul(scalar)] }
    }

    /// `self / scalar`.
    public func div(_ scalar: Float) -> Tensor {
        let result = mapKernel { $0 / scalar }
        return Tensor.record(result, inputs: [self], name: "div") { grad in [grad.div(scalar)] }
    }

    /// `scalar - self`.
    public func rsub(_ scalar: Float) -> Tensor {
        let result = mapKernel { scalar - $0 }
        return Tensor.record(result, inputs: [self], name: "rsub") { grad in [grad.neg()] }
    }

    /// `scalar / self`.
    public func rdiv(_ scalar: Float) -> Tensor {
        let result = mapKernel { scalar / $0 }
        return Tensor.record(result, inputs: [self], name: "rdiv") { [self] grad in
            [try grad.mul(Tensor.broadcastKernel(self, self, op: "rdiv") { x, _ in -scalar / (x * x) })]
        }
    }

    /// `self ** exponent` for a scalar exponent.
    public func pow(_ exponent: Float) -> Tensor {
        if exponent == 2 { return square() }
        let result = mapKernel { Math.pow($0, exponent) }
        return Tensor.record(result, inputs: [self], name: "pow") { [self] grad in
            [try grad.mul(self.mapKernel { exponent == 0 ? 0 : exponent * Math.pow($0, exponent - 1) })]
        }
    }
}
