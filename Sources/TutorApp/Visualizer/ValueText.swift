import Foundation

/// Compact number formatting for legends and status lines.
enum ValueText {
    /// Up to four significant digits, switching to exponent form for very small or large
    /// magnitudes: `0.001`, `0.9`, `12.35`, `30000`, `3.2e-07`, `NaN`.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1000 && magnitude < 1e9 { return String(Int(value.rounded())) }
        if magnitude < 1e-3 || magnitude >= 1e9 {
            return String(format: "%.2e", value)
        }
        var text = String(format: "%.4g", value)
        if text.contains("e") { text = String(format: "%.2e", value) }
        return text
    }

    /// A point as `(x, y)` with `short` numbers.
    static func point(_ x: Double, _ y: Double) -> String {
        "(\(short(x)), \(short(y)))"
    }
}
