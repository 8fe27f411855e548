import TerminalCore

/// Small colour helpers for blending and interpolating RGB colours.
enum ColorMath {
    /// The average of two colours when both have an RGB value; otherwise the first one
    /// (a block drawn on the default background counts as its own colour).
    static func mix(_ a: Color, _ b: Color) -> Color {
        guard let (ar, ag, ab) = a.rgbValue, let (br, bg, bb) = b.rgbValue else { return a }
        return .rgb(
            UInt8((Int(ar) + Int(br)) / 2), UInt8((Int(ag) + Int(bg)) / 2), UInt8((Int(ab) + Int(bb)) / 2))
    }

    /// The colour `t` of the way from `a` to `b` (t clamped to 0...1).
    static func interpolate(
        _ a: (Double, Double, Double), _ b: (Double, Double, Double), _ t: Double
    ) -> Color {
        let s = min(max(t, 0), 1)
        func channel(_ x: Double, _ y: Double) -> UInt8 {
            UInt8(min(max((x + (y - x) * s).rounded(), 0), 255))
        }
        return .rgb(channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2))
    }
}
