// Reduced-precision rounding for the mixed-precision lessons: values stay float32 but are
// rounded to what float16 / bfloat16 (or an integer cast) can represent. Not differentiable.

extension Tensor {
    /// Each value rounded to the nearest IEEE half-precision number (overflow gives ±inf,
    /// tiny values become subnormal or zero), like NumPy's `astype(np.float16)`.
    public func roundedToFloat16() -> Tensor {
        mapKernel { Float(Float16($0)) }
    }

    /// Each value rounded to the nearest bfloat16 (8 exponent bits like float32, 7 mantissa
    /// bits), round-half-to-even on the dropped 16 bits.
    public func roundedToBFloat16() -> Tensor {
        mapKernel { value in
            if value.isNaN { return value }
            let bits = value.bitPattern
            let lowestKept = (bits >> 16) & 1
            let rounded = bits &+ 0x7FFF &+ lowestKept
            return Float(bitPattern: rounded & 0xFFFF_0000)
        }
    }

    /// Drops the fractional part (rounds toward zero), like `astype(int)`.
    public func trunc() -> Tensor { mapKernel { $0.rounded(.towardZero) } }
}
