/// A 2-D scalar field sampled on a regular grid: `columns` x `rows` values over
/// `xRange` x `yRange`, the first and last samples sitting on the range ends.
///
/// Row 0 is the bottom (y = `yRange.lowerBound`), as in a maths plot; images use
/// `PlotImage`, whose row 0 is the top.
public struct Field2D: Sendable {
    /// Samples across.
    public let columns: Int
    /// Samples down.
    public let rows: Int
    /// Row-major values, `columns * rows` of them, bottom row first.
    public let values: [Double]
    /// The x of the first and last column.
    public let xRange: ClosedRange<Double>
    /// The y of the first (bottom) and last (top) row.
    public let yRange: ClosedRange<Double>

    /// A field from row-major values (bottom row first). Missing values become NaN and extra
    /// ones are ignored, so a wrong count never traps; non-finite ranges become 0...1, and
    /// sizes beyond 64 Mi samples give an empty field.
    public init(
        columns: Int, rows: Int, values: [Double], xRange: ClosedRange<Double> = 0...1,
        yRange: ClosedRange<Double> = 0...1
    ) {
        (self.columns, self.rows) = GridSize.clamped(width: columns, height: rows)
        let needed = self.columns * self.rows
        if values.count == needed {
            self.values = values
        } else {
            self.values =
                Array(values.prefix(needed)) + Array(repeating: .nan, count: max(0, needed - values.count))
        }
        self.xRange = Field2D.usable(xRange)
        self.yRange = Field2D.usable(yRange)
    }

    /// A field from rows of values (`rows[0]` is the bottom); ragged rows are padded with NaN.
    public init(rows: [[Double]], xRange: ClosedRange<Double> = 0...1, yRange: ClosedRange<Double> = 0...1) {
        let width = rows.map(\.count).max() ?? 0
        var flat: [Double] = []
        flat.reserveCapacity(width * rows.count)
        for row in rows { flat += row + Array(repeating: .nan, count: width - row.count) }
        self.init(columns: width, rows: rows.count, values: flat, xRange: xRange, yRange: yRange)
    }

    /// A field made by evaluating `function(x, y)` on a `columns` x `rows` grid.
    public init(
        xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, columns: Int, rows: Int,
        function: (Double, Double) -> Double
    ) {
        let xs = Field2D.usable(xRange)
        let ys = Field2D.usable(yRange)
        let (width, height) = GridSize.clamped(width: columns, height: rows)
        var flat: [Double] = []
        flat.reserveCapacity(width * height)
        for row in 0..<height {
            let y = Field2D.position(row, count: height, range: ys)
            for column in 0..<width {
                flat.append(function(Field2D.position(column, count: width, range: xs), y))
            }
        }
        self.init(columns: width, rows: height, values: flat, xRange: xs, yRange: ys)
    }

    private static func usable(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        range.lowerBound.isFinite && range.upperBound.isFinite ? range : 0...1
    }

    /// The coordinate of sample `index` of `count` spread over `range`.
    static func position(_ index: Int, count: Int, range: ClosedRange<Double>) -> Double {
        // Weighted ends rather than lower + span * t, which overflows for ranges near 1e308.
        guard count > 1 else { return range.lowerBound / 2 + range.upperBound / 2 }
        let t = Double(index) / Double(count - 1)
        return range.lowerBound * (1 - t) + range.upperBound * t
    }

    /// The value at (`column`, `row`), NaN outside the grid.
    public subscript(column: Int, row: Int) -> Double {
        guard column >= 0, column < columns, row >= 0, row < rows else { return .nan }
        return values[row * columns + column]
    }

    /// Extremes and counts of the values.
    public var summary: SampleSummary {
        var result = SampleSummary()
        for value in values { result.add(value) }
        return result
    }

    /// The value at data point (`x`, `y`) by bilinear interpolation; NaN outside the field
    /// or next to a NaN sample.
    public func value(x: Double, y: Double) -> Double {
        guard columns > 0, rows > 0 else { return .nan }
        let u = fractionalIndex(x, count: columns, range: xRange)
        let v = fractionalIndex(y, count: rows, range: yRange)
        guard u >= -1e-9, v >= -1e-9, u <= Double(columns - 1) + 1e-9, v <= Double(rows - 1) + 1e-9 else {
            return .nan
        }
        let c0 = min(max(Int(u), 0), columns - 1)
        let r0 = min(max(Int(v), 0), rows - 1)
        let c1 = min(c0 + 1, columns - 1)
        let r1 = min(r0 + 1, rows - 1)
        let fu = u - Double(c0)
        let fv = v - Double(r0)
        let bottom = self[c0, r0] * (1 - fu) + self[c1, r0] * fu
        let top = self[c0, r1] * (1 - fu) + self[c1, r1] * fu
        return bottom * (1 - fv) + top * fv
    }

    private func fractionalIndex(_ coordinate: Double, count: Int, range: ClosedRange<Double>) -> Double {
        let halfSpan = range.upperBound / 2 - range.lowerBound / 2
        guard count > 1, halfSpan > 0 else { return 0 }
        return (coordinate / 2 - range.lowerBound / 2) / halfSpan * Double(count - 1)
    }
}
