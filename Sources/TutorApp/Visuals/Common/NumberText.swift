import Foundation

/// Fixed-decimal numbers for the visuals' panels, where columns of values should line up
/// (`ValueText.short` picks significant digits instead, which makes columns jitter).
enum NumberText {
    /// `value` with `decimals` places, never "-0.00", and "NaN"/"∞" for non-finite values.
    static func fixed(_ value: Double, _ decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        let text = String(format: "%.\(max(0, decimals))f", value)
        // A tiny negative number rounds to "-0.00", which reads as a sign error.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// `value` padded on the left to `width` characters.
    static func padded(_ value: Double, _ decimals: Int = 2, width: Int) -> String {
        let text = fixed(value, decimals)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
