import TerminalCore

/// A named line of (x, y) points for a `LineChart`, built all at once or streamed.
///
/// Appending is O(1) amortised, and drawing looks at each screen column's min/max through
/// a summary pyramid, so a live loss curve with 100,000 steps redraws as fast as a short
/// one. Keep the series in your model and build the chart in your view: a chart holding a
/// copy while you append would force the storage to be copied.
///
/// Points with a non-finite y (or x) are kept out of the line and counted; charts show the
/// count in the legend and mark where they were.
public struct LineSeries: Sendable {
    /// The legend name.
    public var name: String
    /// The line colour; nil takes the theme's colour for the series' position.
    public var color: Color?
    /// The ASCII-canvas symbol; nil takes the theme's symbol for the series' position.
    public var symbol: Character?
    /// The exponential-moving-average weight (0 = none, 0.9 = strong), fixed at creation
    /// because the smoothed curve is kept up to date as points arrive.
    public let smoothing: Double
    /// The x of the first point and the distance between points, for series appended
    /// without explicit x values.
    public let xStart: Double
    /// See `xStart`.
    public let xStep: Double

    var yValues = SummaryPyramid()
    var smoothedValues = SummaryPyramid()
    /// Explicit x values, present once any point was appended with its own x.
    private(set) var xValues: [Double]?
    /// Whether x never decreases (what makes binary search and downsampling possible).
    private(set) var isMonotonic = true
    private(set) var xMinimum = Double.infinity
    private(set) var xMaximum = -Double.infinity
    /// Points dropped because their x was not finite.
    private(set) var droppedCount = 0
    private var average = 0.0
    private var averagedCount = 0
    private var weightPower = 1.0

    /// An empty series for streaming; the n-th appended value gets x = xStart + n * xStep.
    public init(
        name: String, color: Color? = nil, symbol: Character? = nil, smoothing: Double = 0,
        xStart: Double = 0, xStep: Double = 1
    ) {
        self.name = name
        self.color = color
        self.symbol = symbol
        self.smoothing = smoothing.isFinite ? min(max(smoothing, 0), 0.999) : 0
        self.xStart = xStart.isFinite ? xStart : 0
        self.xStep = xStep.isFinite && xStep > 0 ? xStep : 1
    }

    /// A series of `values` at x = xStart, xStart + xStep, ...
    public init(
        name: String, values: [Double], color: Color? = nil, symbol: Character? = nil,
        smoothing: Double = 0, xStart: Double = 0, xStep: Double = 1
    ) {
        self.init(
            name: name, color: color, symbol: symbol, smoothing: smoothing, xStart: xStart, xStep: xStep)
        yValues.reserve(values.count)
        for value in values { append(value) }
    }

    /// A series of points (x[i], y[i]); extra values in the longer array are ignored.
    public init(
        name: String, x: [Double], y: [Double], color: Color? = nil, symbol: Character? = nil,
        smoothing: Double = 0
    ) {
        self.init(name: name, color: color, symbol: symbol, smoothing: smoothing)
        for (px, py) in zip(x, y) { append(x: px, y: py) }
    }

    /// The number of points stored (dropped points excluded).
    public var count: Int { yValues.count }

    /// How many points cannot be drawn: NaN or infinite y, and dropped non-finite x.
    public var nonFiniteCount: Int { yValues.total.nonFiniteCount + droppedCount }

    /// The summary of every y value.
    public var ySummary: SampleSummary { yValues.total }

    /// The smallest and largest x, or nil for an empty series.
    public var xBounds: ClosedRange<Double>? {
        guard count > 0, xMinimum <= xMaximum else { return nil }
        return xMinimum...xMaximum
    }

    /// The x of the point at `index` (NaN outside the series).
    public func x(at index: Int) -> Double {
        guard index >= 0, index < count else { return .nan }
        if let xValues { return xValues[index] }
        return xStart + Double(index) * xStep
    }

    /// The y of the point at `index` (raw, or the moving average for a smoothed series).
    public func y(at index: Int, smoothed: Bool = false) -> Double {
        guard index >= 0, index < count else { return .nan }
        return smoothed && isSmoothed ? smoothedValues.values[index] : yValues.values[index]
    }

    /// Appends a point at the next implicit x (or one `xStep` after the last explicit x).
    public mutating func append(_ y: Double) {
        if let last = xValues?.last {
            append(x: last + xStep, y: y)
            return
        }
        let x = xStart + Double(count) * xStep
        xMinimum = min(xMinimum, x)
        xMaximum = max(xMaximum, x)
        store(y)
    }

    /// Appends a point with its own x. A non-finite x drops the point (it is counted in
    /// `nonFiniteCount`); an x smaller than the previous one makes the series non-monotonic,
    /// which still draws correctly but without downsampling.
    public mutating func append(x: Double, y: Double) {
        guard x.isFinite else {
            droppedCount += 1
            return
        }
        if xValues == nil {
            xValues = (0..<count).map { xStart + Double($0) * xStep }
        }
        if let last = xValues?.last, x < last { isMonotonic = false }
        xValues?.append(x)
        xMinimum = min(xMinimum, x)
        xMaximum = max(xMaximum, x)
        store(y)
    }

    private mutating func store(_ y: Double) {
        yValues.append(y)
        guard smoothing > 0 else { return }
        // Debiased EMA (as TensorBoard shows it): without the correction the first
        // smoothed values would be pulled towards zero.
        if y.isFinite {
            average = smoothing * average + (1 - smoothing) * y
            averagedCount += 1
            weightPower *= smoothing
            smoothedValues.append(average / (1 - weightPower))
        } else {
            smoothedValues.append(averagedCount > 0 ? average / (1 - weightPower) : .nan)
        }
    }

    /// Whether a smoothed curve exists.
    public var isSmoothed: Bool { smoothing > 0 }

    /// The summary (extremes, NaN count) of the y values at indices `range`, raw or smoothed,
    /// in O(log n): what a chart column uses to downsample.
    public func summary(_ range: Range<Int>, smoothed: Bool = false) -> SampleSummary {
        smoothed && isSmoothed ? smoothedValues.summary(range) : yValues.summary(range)
    }

    /// The first index whose x is >= `value` (for monotonic series).
    func firstIndex(atOrAfter value: Double) -> Int {
        if xValues == nil {
            let position = ((value - xStart) / xStep).rounded(.up)
            guard position.isFinite else { return position > 0 ? count : 0 }
            return Int(min(max(position, 0), Double(count)))
        }
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if x(at: middle) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
