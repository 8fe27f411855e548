// Rounding and integer-style division. Rounding is piecewise constant, so its outputs carry
// no gradient (like NumPy/JAX, the derivative is zero almost everywhere).

extension Tensor {
    /// Largest integer not above each value.
    public func floor() -> Tensor { mapKernel { $0.rounded(.down) } }

    /// Smallest integer not below each value.
    public func ceil() -> Tensor { mapKernel { $0.rounded(.up) } }

    /// Rounds half to even, like `numpy.round` / Python 3's `round`.
    public func round() -> Tensor { mapKernel { $0.rounded(.toNearestOrEven) } }

    /// -1, 0 or 1 by the sign of each value (NaN stays NaN).
    public func sign() -> Tensor { mapKernel { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) } }

    /// Python's `a // b` (floor of the quotient), broadcasting. Not differentiable.
    public func floorDivide(_ other: Tensor) throws -> Tensor {
        try Tensor.broadcastKernel(self, other, op: "floor_divide") { ($0 / $1).rounded(.down) }
    }

    /// Python's `a % b`: the remainder takes the sign of the divisor, broadcasting.
    /// Gradient: 1 for `a`, `-floor(a / b)` for `b`.
    public func mod(_ other: Tensor) throws -> Tensor {
        let result = try Tensor.broadcastKernel(self, other, op: "mod") { a, b in
            let remainder = a.truncatingRemainder(dividingBy: b)
            return remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder
        }
        return Tensor.record(result, inputs: [self, other], name: "mod") { [self] grad in
            let quotient = try self.floorDivide(other)
            return [grad.sumTo(self.shape), try grad.mul(quotient).neg().sumTo(other.shape)]
        }
    }
}
