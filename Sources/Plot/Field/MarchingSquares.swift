import Foundation

/// One piece of a contour line, in data coordinates.
public struct ContourSegment: Sendable, Hashable {
    /// One end.
    public var start: PlotPoint
    /// The other end.
    public var end: PlotPoint

    /// A segment between two points.
    public init(start: PlotPoint, end: PlotPoint) {
        self.start = start
        self.end = end
    }
}

/// Contour extraction by marching squares: each grid square whose corners straddle the
/// level gets one or two segments between linearly interpolated edge crossings.
public enum MarchingSquares {
    /// The segments of the `level` contour of `field`. Squares with a NaN corner are
    /// skipped; the two ambiguous "saddle" cases are settled by the square's mean value.
    public static func segments(in field: Field2D, level: Double) -> [ContourSegment] {
        guard field.columns >= 2, field.rows >= 2, level.isFinite else { return [] }
        var result: [ContourSegment] = []
        let xs = (0..<field.columns).map { Field2D.position($0, count: field.columns, range: field.xRange) }
        let ys = (0..<field.rows).map { Field2D.position($0, count: field.rows, range: field.yRange) }
        for row in 0..<(field.rows - 1) {
            for column in 0..<(field.columns - 1) {
                // Corners counter-clockwise from the bottom-left.
                let a = field[column, row]
                let b = field[column + 1, row]
                let c = field[column + 1, row + 1]
                let d = field[column, row + 1]
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                var mask = 0
                if a > level { mask |= 1 }
                if b > level { mask |= 2 }
                if c > level { mask |= 4 }
                if d > level { mask |= 8 }
                guard mask != 0, mask != 15 else { continue }
                let x0 = xs[column]
                let x1 = xs[column + 1]
                let y0 = ys[row]
                let y1 = ys[row + 1]
                func crossing(_ u: Double, _ v: Double) -> Double {
                    let t = (level - u) / (v - u)
                    return t.isFinite ? min(max(t, 0), 1) : 0.5
                }
                let bottom = PlotPoint(x: x0 + (x1 - x0) * crossing(a, b), y: y0)
                let right = PlotPoint(x: x1, y: y0 + (y1 - y0) * crossing(b, c))
                let top = PlotPoint(x: x0 + (x1 - x0) * crossing(d, c), y: y1)
                let left = PlotPoint(x: x0, y: y0 + (y1 - y0) * crossing(a, d))
                let centreAbove = (a + b + c + d) / 4 > level
                for (start, end) in pairs(
                    mask: mask, centreAbove: centreAbove, bottom: bottom, right: right, top: top, left: left)
                {
                    result.append(ContourSegment(start: start, end: end))
                }
            }
        }
        return result
    }

    /// The edge crossings to join for a corner mask (bit 1 bottom-left, 2 bottom-right,
    /// 4 top-right, 8 top-left set when above the level).
    private static func pairs(
        mask: Int, centreAbove: Bool, bottom: PlotPoint, right: PlotPoint, top: PlotPoint, left: PlotPoint
    ) -> [(PlotPoint, PlotPoint)] {
        switch mask {
        case 1, 14: return [(left, bottom)]
        case 2, 13: return [(bottom, right)]
        case 3, 12: return [(left, right)]
        case 4, 11: return [(right, top)]
        case 6, 9: return [(bottom, top)]
        case 7, 8: return [(left, top)]
        case 5:
            // Bottom-left and top-right above: joined through the centre when it is above.
            return centreAbove ? [(left, top), (bottom, right)] : [(left, bottom), (right, top)]
        case 10:
            return centreAbove ? [(left, bottom), (right, top)] : [(left, top), (bottom, right)]
        default: return []
        }
    }
}

/// Which values contour lines are drawn at.
public enum ContourLevels: Sendable, Hashable {
    /// About `count` levels at nice round values inside the field's range.
    case automatic(count: Int)
    /// About `count` levels spaced by equal ratios between the smallest positive value and
    /// the largest, for fields like loss surfaces that span decades.
    case logarithmic(count: Int)
    /// Exactly these levels.
    case values([Double])

    /// The levels for a field whose values span `summary`.
    public func levels(for summary: SampleSummary) -> [Double] {
        switch self {
        case .values(let values): return values.filter(\.isFinite)
        case .automatic(let count):
            guard summary.hasFiniteValues, summary.minimum < summary.maximum else { return [] }
            return AxisTicks.linear(
                lower: summary.minimum, upper: summary.maximum, maxCount: max(1, count) + 2
            )
            .map(\.value).filter { $0 > summary.minimum && $0 < summary.maximum }
        case .logarithmic(let count):
            let low = summary.minimumPositive
            let high = summary.maximum
            guard low.isFinite, high > low, count > 0 else { return [] }
            let ratio = high / low
            return (1...count).map { low * pow(ratio, Double($0) / Double(count + 1)) }
        }
    }
}
