import Foundation

/// How lab reports print measured numbers: three significant digits (`0.055`, `5.5`, `0.971`),
/// whole numbers from 100 on (`756`, `1234`), since a float32 training run's `0.0549999` is
/// noise past the third digit.
public enum LabNumber {
    /// `value` rounded for reading.
    public static func format(_ value: Double) -> String {
        format(value, digits: 3)
    }

    /// `value` rounded for reading beside `threshold`, with as many more digits (up to six) as it
    /// takes not to print the threshold itself: `0.9699` against 0.97 is `0.9699`, never
    /// `0.97`, which would read as the target met.
    public static func format(_ value: Double, against threshold: Double) -> String {
        guard value.isFinite, value != threshold else { return format(value) }
        for digits in 3...6 {
            let text = format(value, digits: digits)
            if Double(text) != threshold { return text }
        }
        return format(value, digits: 6)
    }

    private static func format(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        if abs(value) >= pow(10, Double(digits)), abs(value) < 1e15 {
            return String(Int64(value.rounded()))
        }
        var text = String(format: "%.\(digits)g", value)
        if text.contains("e") { text = text.replacingOccurrences(of: "e+", with: "e") }
        return text
    }
}
