import Foundation

/// How values are spread along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); values <= 0 cannot be shown and are skipped.
    case logarithmic
}

/// Settings for one chart axis.
public struct AxisOptions: Sendable, Hashable {
    /// The axis title ("step", "loss"); dropped first when space is short.
    public var title: String?
    /// Linear or logarithmic.
    public var scale: AxisScale
    /// A fixed range; nil fits the data (with `padding`).
    public var range: ClosedRange<Double>?
    /// Fraction of the data span added on both ends of an automatic range (in log space
    /// for a log axis), so extreme points do not sit on the frame.
    public var padding: Double

    /// Axis settings; the defaults give an automatic linear axis without a title.
    public init(
        title: String? = nil, scale: AxisScale = .linear, range: ClosedRange<Double>? = nil,
        padding: Double = 0.05
    ) {
        self.title = title
        self.scale = scale
        self.range = range
        self.padding = padding
    }
}

/// Maps data values on one axis to a 0...1 fraction of the axis length.
public struct AxisMapping: Sendable, Hashable {
    /// The visible range in data units.
    public let lower: Double
    /// The visible range in data units.
    public let upper: Double
    /// Linear or logarithmic.
    public let scale: AxisScale
    private let transformedLower: Double
    private let halfSpan: Double

    /// A mapping of `lower...upper` (swapped when reversed; widened when empty or unusable,
    /// so it never divides by zero).
    public init(lower: Double, upper: Double, scale: AxisScale) {
        var low = lower.isFinite ? lower : 0
        var high = upper.isFinite ? upper : 1
        if low > high { swap(&low, &high) }
        if scale == .logarithmic {
            if high <= 0 { (low, high) = (1, 10) }
            if low <= 0 { low = high / 1000 }
            if low == high { (low, high) = (low / 2, high * 2) }
        } else if high - low <= 1e-6 * max(abs(low), abs(high)) {
            // Equal, or equal but for float32 rounding (18.320000 and 18.320001): ticks a
            // millionth apart would only show the rounding, so give the value room around it.
            let middle = low * 0.5 + high * 0.5
            let pad = middle == 0 ? 1 : abs(middle) * 0.1
            (low, high) = (middle - pad, middle + pad)
        }
        self.lower = low
        self.upper = high
        self.scale = scale
        let a = AxisMapping.transform(low, scale) ?? 0
        let b = AxisMapping.transform(high, scale) ?? 1
        transformedLower = a
        // Halves keep the span finite even for ranges like -1e308...1e308.
        let half = b * 0.5 - a * 0.5
        halfSpan = half > 0 && half.isFinite ? half : 0.5
    }

    /// The value in the axis's linear space (log10 for log axes); nil when not showable.
    static func transform(_ value: Double, _ scale: AxisScale) -> Double? {
        guard value.isFinite else { return nil }
        switch scale {
        case .linear: return value
        case .logarithmic: return value > 0 ? log10(value) : nil
        }
    }

    /// Where `value` lies: 0 at `lower`, 1 at `upper` (outside for values out of range);
    /// nil for values the axis cannot show (NaN, infinities, non-positive on a log axis).
    public func fraction(_ value: Double) -> Double? {
        guard let t = AxisMapping.transform(value, scale) else { return nil }
        return (t * 0.5 - transformedLower * 0.5) / halfSpan
    }

    /// The data value at a fraction of the axis.
    public func value(atFraction fraction: Double) -> Double {
        let t = transformedLower + fraction * halfSpan * 2
        return scale == .logarithmic ? pow(10, t) : t
    }

    /// An automatic range around `lower...upper` padded by `padding` of its span.
    public static func padded(
        lower: Double, upper: Double, scale: AxisScale, padding: Double
    ) -> AxisMapping {
        let fitted = AxisMapping(lower: lower, upper: upper, scale: scale)
        let pad = max(0, padding.isFinite ? padding : 0)
        guard pad > 0 else { return fitted }
        switch scale {
        case .linear:
            let span = fitted.upper * 0.5 - fitted.lower * 0.5
            let extra = span * 2 * pad
            let low = fitted.lower - extra
            let high = fitted.upper + extra
            guard low.isFinite, high.isFinite else { return fitted }
            return AxisMapping(lower: low, upper: high, scale: scale)
        case .logarithmic:
            let a = log10(fitted.lower)
            let b = log10(fitted.upper)
            let extra = (b - a) * pad
            return AxisMapping(lower: pow(10, a - extra), upper: pow(10, b + extra), scale: scale)
        }
    }
}
