#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libm entry points under a namespace, so kernels inside `Tensor` extensions can call them
/// without colliding with the `Tensor` methods of the same names (`exp`, `log`, ...).
enum Math {
    static func exp(_ x: Float) -> Float { expf(x) }
    static func log(_ x: Float) -> Float { logf(x) }
    static func log1p(_ x: Float) -> Float { log1pf(x) }
    static func expm1(_ x: Float) -> Float { expm1f(x) }

    /// tanh through `expm1` (several times faster than glibc's `tanhf`, within 2 ulp):
    /// tanh|x| = -m / (2 + m) with m = expm1(-2|x|), which has no cancellation near 0.
    static func tanh(_ x: Float) -> Float {
        let m = expm1f(-2 * Swift.abs(x))
        let magnitude = -m / (2 + m)
        return x < 0 ? -magnitude : magnitude
    }
    static func sin(_ x: Float) -> Float { sinf(x) }
    static func cos(_ x: Float) -> Float { cosf(x) }
    static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    static func log(_ x: Double) -> Double { libmLog(x) }
    static func sin(_ x: Double) -> Double { libmSin(x) }
    static func cos(_ x: Double) -> Double { libmCos(x) }
}

// At file scope these names resolve to libm, not to the `Math` overloads above.
private func libmLog(_ x: Double) -> Double { log(x) }
private func libmSin(_ x: Double) -> Double { sin(x) }
private func libmCos(_ x: Double) -> Double { cos(x) }
