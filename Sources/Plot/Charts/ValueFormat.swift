import Foundation

/// Short number formatting for value labels: three significant digits, exponent form
/// ("1.2e-5", "3e6") only when fixed form would be long.
enum ValueFormat {
    /// `value` in at most about six characters of precision.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e5 || magnitude < 1e-3 {
            return AxisTicks.format(
                Double(String(format: "%.2e", value)) ?? value, decimals: trimmedDecimals(value),
                exponent: true)
        }
        var text = String(format: "%.3g", value)
        if text.contains("e") { text = String(format: "%.0f", value) }
        return text
    }

    /// Decimals of the mantissa needed for three significant digits without trailing zeros.
    private static func trimmedDecimals(_ value: Double) -> Int {
        let mantissa = String(format: "%.2e", value).split(separator: "e").first.map(String.init) ?? ""
        guard let point = mantissa.firstIndex(of: ".") else { return 0 }
        let fraction = mantissa[mantissa.index(after: point)...].reversed().drop { $0 == "0" }
        return fraction.count
    }
}
