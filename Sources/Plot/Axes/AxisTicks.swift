import Foundation

/// One labelled position on an axis.
public struct AxisTick: Sendable, Hashable {
    /// The data value.
    public var value: Double
    /// The text shown for it.
    public var label: String

    /// A tick at `value` labelled `label`.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// "Nice" tick positions and their labels.
///
/// Linear axes step by 1, 2 or 5 times a power of ten; labels use the fewest decimals that
/// tell the ticks apart, and switch to exponent form ("1e-5", "3e6") for very small or very
/// large values. Log axes tick at powers of ten (adding 2x and 5x when a range spans less
/// than a decade or so).
public enum AxisTicks {
    /// The smallest 1-2-5 step that divides `span` into at most `maxCount` intervals.
    public static func niceStep(span: Double, maxCount: Int) -> Double {
        guard span.isFinite, span > 0 else { return 1 }
        let raw = span / Double(max(1, maxCount))
        let magnitude = pow(10, floor(log10(raw)))
        for multiple in [1.0, 2.0, 5.0, 10.0] where multiple * magnitude >= raw * (1 - 1e-9) {
            return multiple * magnitude
        }
        return 10 * magnitude
    }

    /// Ticks at multiples of a nice step inside `lower...upper`: at most `maxCount` of them,
    /// except that when that step leaves a single tick (and `maxCount` >= 2) the next smaller
    /// step is used so the axis shows its scale, which can give a few more.
    public static func linear(lower: Double, upper: Double, maxCount: Int) -> [AxisTick] {
        guard lower.isFinite, upper.isFinite, upper >= lower else { return [] }
        let count = max(1, maxCount)
        let span = upper * 0.5 - lower * 0.5
        guard span > 0 else { return [AxisTick(value: lower, label: label(lower, step: 1))] }
        let fullSpan = upper - lower
        // A span too large for a Double (like -1e308...1e308) is measured in halves.
        var step =
            fullSpan.isFinite
            ? niceStep(span: fullSpan, maxCount: count) : niceStep(span: span, maxCount: count) * 2
        var values: [Double] = []
        // The step may need one more increase when the interval count rounds unluckily.
        for _ in 0..<4 {
            guard step.isFinite, step > 0 else { break }
            let first = (lower / step).rounded(.up)
            let last = (upper / step).rounded(.down)
            guard first <= last, last - first < 1000, abs(first) < 1e15, abs(last) < 1e15 else {
                step = niceStep(span: step * 3, maxCount: 1)
                continue
            }
            values = stride(from: first, through: last, by: 1).map { $0 * step }
            if values.count <= count { break }
            step = niceStep(span: step * 1.5, maxCount: 1)
        }
        if values.count < 2 && count >= 2 && step.isFinite {
            // One tick says nothing about scale: take the next smaller nice step.
            let smaller = smallerNiceStep(than: step)
            let first = (lower / smaller).rounded(.up)
            let last = (upper / smaller).rounded(.down)
            if first <= last, last - first < 1000, abs(first) < 1e15, abs(last) < 1e15 {
                values = stride(from: first, through: last, by: 1).map { $0 * smaller }
                step = smaller
            }
        }
        if values.isEmpty { values = [lower, upper] }
        let labels = AxisTicks.labels(for: values, step: step)
        return zip(values, labels).map { AxisTick(value: $0 == 0 ? 0 : $0, label: $1) }
    }

    /// The 1-2-5 step just below `step` (5 -> 2, 2 -> 1, 1 -> 0.5, times the power of ten).
    static func smallerNiceStep(than step: Double) -> Double {
        let magnitude = pow(10, floor(log10(step)))
        let mantissa = (step / magnitude).rounded()
        if mantissa >= 5 { return 2 * magnitude }
        if mantissa >= 2 { return magnitude }
        return 0.5 * magnitude
    }

    /// Ticks for a log axis: powers of ten (every k-th when there are many), with 2x and 5x
    /// added when fewer than three decades show; linear ticks when no decade is inside.
    public static func logarithmic(lower: Double, upper: Double, maxCount: Int) -> [AxisTick] {
        guard lower > 0, upper >= lower, upper.isFinite else { return [] }
        let count = max(1, maxCount)
        let firstDecade = Int(ceil(log10(lower) - 1e-9))
        let lastDecade = Int(floor(log10(upper) + 1e-9))
        var values: [Double] = []
        if lastDecade >= firstDecade {
            let decades = lastDecade - firstDecade + 1
            let every = max(1, Int(ceil(Double(decades) / Double(count))))
            values = stride(from: firstDecade, through: lastDecade, by: every).map { pow(10, Double($0)) }
        }
        if values.count < 3 {
            var withMultiples: [Double] = []
            for decade in (firstDecade - 1)...(lastDecade + 1) {
                for multiple in [1.0, 2.0, 5.0] {
                    let value = multiple * pow(10, Double(decade))
                    if value >= lower * (1 - 1e-9) && value <= upper * (1 + 1e-9) {
                        withMultiples.append(value)
                    }
                }
            }
            if withMultiples.count <= count && withMultiples.count > values.count { values = withMultiples }
        }
        if values.count < 2 {
            return linear(lower: lower, upper: upper, maxCount: min(count, 4)).filter { $0.value > 0 }
        }
        return values.map { AxisTick(value: $0, label: label($0, step: $0)) }
    }

    /// Labels for `values` spaced `step` apart: fixed or exponent form, with the fewest
    /// decimals that keep every label distinct and within a hundredth of a step of its value.
    public static func labels(for values: [Double], step: Double) -> [String] {
        let largest = values.map { abs($0) }.max() ?? 0
        let exponentForm = largest >= 1e5 || (largest > 0 && largest < 1e-3)
        for decimals in 0...12 {
            let labels = values.map { format($0, decimals: decimals, exponent: exponentForm) }
            let distinct = Set(labels).count == labels.count
            let accurate = zip(values, labels).allSatisfy { value, label in
                guard let parsed = Double(label) else { return false }
                return abs(parsed - value) <= abs(step) * 0.01 + 1e-300
            }
            if distinct && accurate { return labels }
        }
        return values.map { format($0, decimals: 12, exponent: exponentForm) }
    }

    /// The label for a single value, exact to a hundredth of `step`.
    public static func label(_ value: Double, step: Double) -> String {
        labels(for: [value], step: step == 0 ? max(abs(value), 1) : step)[0]
    }

    /// `value` with `decimals` digits after the point, in fixed or compact exponent form
    /// ("2.5e-5", "3e6"); zero is always "0" and minus zero is never shown.
    public static func format(_ value: Double, decimals: Int, exponent: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        if value == 0 { return "0" }
        if !exponent {
            let text = String(format: "%.\(decimals)f", value)
            return isNegativeZero(text) ? String(text.dropFirst()) : text
        }
        let text = String(format: "%.\(decimals)e", value)
        guard let marker = text.firstIndex(of: "e") else { return text }
        let mantissa = text[..<marker]
        var exponentText = text[text.index(after: marker)...]
        var sign = ""
        if exponentText.first == "-" { sign = "-" }
        if exponentText.first == "-" || exponentText.first == "+" { exponentText = exponentText.dropFirst() }
        let digits = exponentText.drop { $0 == "0" }
        return "\(mantissa)e\(sign)\(digits.isEmpty ? "0" : String(digits))"
    }

    private static func isNegativeZero(_ text: String) -> Bool {
        text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." }
    }
}
