import Foundation
import TerminalCore

/// A histogram of values: equal-width bins drawn as bars with eighth-cell tops, an
/// optional smooth density curve (Gaussian kernel estimate scaled to counts) over them.
/// NaN and infinite values are left out and counted in the header.
public struct Histogram: Sendable {
    /// The data.
    public var values: [Double]
    /// The number of bins; nil picks about the square root of the count (5 to 40, and no
    /// more than the plot is wide).
    public var binCount: Int?
    /// The range binned; nil uses the data's range. Values outside are left out.
    public var range: ClosedRange<Double>?
    /// Whether to draw a density curve over the bars.
    public var showsDensityCurve: Bool
    /// The bar colour.
    public var barColor: Color
    /// The density curve colour.
    public var curveColor: Color
    /// The x-axis title.
    public var xTitle: String?
    /// Colours and fallbacks.
    public var theme: PlotTheme

    /// A histogram of `values`.
    public init(
        values: [Double], binCount: Int? = nil, range: ClosedRange<Double>? = nil,
        showsDensityCurve: Bool = false, barColor: Color = .blue, curveColor: Color = .yellow,
        xTitle: String? = nil, theme: PlotTheme = .standard
    ) {
        self.values = values
        self.binCount = binCount
        self.range = range
        self.showsDensityCurve = showsDensityCurve
        self.barColor = barColor
        self.curveColor = curveColor
        self.xTitle = xTitle
        self.theme = theme
    }

    /// The binned range: the fixed one or the finite data's, widened when empty.
    public func binnedRange() -> ClosedRange<Double> {
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite,
            range.lowerBound < range.upperBound
        {
            return range
        }
        var summary = SampleSummary()
        for value in values { summary.add(value) }
        guard summary.hasFiniteValues else { return 0...1 }
        if summary.minimum == summary.maximum { return (summary.minimum - 0.5)...(summary.maximum + 0.5) }
        return summary.minimum...summary.maximum
    }

    /// Bin counts over `binnedRange()`, the last bin closed on the right.
    public func counts(bins: Int) -> [Int] {
        let bins = max(1, bins)
        let range = binnedRange()
        var counts = [Int](repeating: 0, count: bins)
        let width = (range.upperBound - range.lowerBound) / Double(bins)
        guard width > 0, width.isFinite else { return counts }
        for value in values where value.isFinite && range.contains(value) {
            let index = min(bins - 1, Int((value - range.lowerBound) / width))
            counts[max(0, index)] += 1
        }
        return counts
    }

    /// The number of bins drawn in a plot `plotWidth` cells wide.
    func resolvedBinCount(plotWidth: Int) -> Int {
        if let binCount { return min(max(1, binCount), max(1, plotWidth)) }
        let finite = values.filter(\.isFinite).count
        let suggested = min(40, max(5, Int(Double(finite).squareRoot().rounded())))
        return min(suggested, max(1, plotWidth))
    }

    /// Draws the histogram into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let range = binnedRange()
        let x = AxisMapping(lower: range.lowerBound, upper: range.upperBound, scale: .linear)
        // Lay out once with a provisional count axis to learn the plot width, then for real.
        let provisional = ChartFrame(
            area: area, x: x, y: AxisMapping(lower: 0, upper: 1, scale: .linear), xTitle: xTitle,
            yTitle: "count",
            wantsHeader: true, dotsPerCellX: 1, dotsPerCellY: 1)
        guard let provisional else { return }
        let bins = resolvedBinCount(plotWidth: provisional.plot.width)
        let counts = counts(bins: bins)
        let highest = Double(counts.max() ?? 0)
        let y = AxisMapping(lower: 0, upper: max(1, highest * 1.05), scale: .linear)
        guard
            let frame = ChartFrame(
                area: area, x: x, y: y, xTitle: xTitle, yTitle: "count", wantsHeader: true, dotsPerCellX: 1,
                dotsPerCellY: 1)
        else { return }
        drawBars(counts: counts, frame: frame, into: &buffer)
        frame.draw(into: &buffer, theme: theme)
        if showsDensityCurve {
            drawDensity(frame: frame, binWidth: (x.upper - x.lower) / Double(bins), into: &buffer)
        }
        let skipped = values.count - counts.reduce(0, +)
        if let row = frame.headerRow, skipped > 0 {
            let note = "\(skipped) outside/NaN"
            let start = area.maxX - DisplayWidth.width(of: note)
            if start > area.x + 7 { buffer.setString(note, x: start, y: row, style: theme.warningStyle) }
        }
    }

    private func drawBars(counts: [Int], frame: ChartFrame, into buffer: inout Buffer) {
        let plot = frame.plot
        let style = Style(foreground: barColor)
        for column in 0..<plot.width {
            // The bin under the centre of this cell column.
            let fraction = (Double(column) + 0.5) / Double(plot.width)
            let bin = min(counts.count - 1, Int(fraction * Double(counts.count)))
            let height = frame.y.fraction(Double(counts[bin])) ?? 0
            var eighths = Int((height * Double(plot.height * 8)).rounded())
            if counts[bin] > 0 { eighths = max(1, eighths) }
            var row = plot.maxY - 1
            while eighths > 0 && row >= plot.y {
                let symbol = theme.usesColor ? CanvasGlyphs.lowerEighths[min(8, eighths)] : "#"
                buffer.setCell(Cell(symbol, style: style), x: plot.x + column, y: row)
                eighths -= 8
                row -= 1
            }
        }
    }

    /// A Gaussian kernel density estimate (Silverman's bandwidth), scaled to bin counts.
    private func drawDensity(frame: ChartFrame, binWidth: Double, into buffer: inout Buffer) {
        let finite = values.filter(\.isFinite)
        guard finite.count >= 2 else { return }
        let mean = finite.reduce(0, +) / Double(finite.count)
        let variance = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count - 1)
        let deviation = variance.squareRoot()
        guard deviation > 0, deviation.isFinite else { return }
        let bandwidth = 1.06 * deviation * pow(Double(finite.count), -0.2)
        var canvas = Canvas(columns: frame.plot.width, rows: frame.plot.height, marker: theme.effectiveMarker)
        // Expected count in a bin: n * binWidth * density, where density carries 1 / n.
        let normalizer = binWidth / (bandwidth * (2 * Double.pi).squareRoot())
        // Sorting lets each evaluation look only at points within four bandwidths.
        let sorted = finite.sorted()
        var points: [(x: Double, y: Double)] = []
        for dot in 0..<canvas.dotWidth {
            let x = frame.x.value(atFraction: Double(dot) / Double(max(1, canvas.dotWidth - 1)))
            var density = 0.0
            var index = lowerBound(sorted, x - 4 * bandwidth)
            while index < sorted.count && sorted[index] <= x + 4 * bandwidth {
                let z = (x - sorted[index]) / bandwidth
                density += exp(-0.5 * z * z)
                index += 1
            }
            let fraction = frame.y.fraction(density * normalizer) ?? 0
            points.append((Double(dot), (1 - fraction) * Double(canvas.dotHeight - 1)))
        }
        canvas.polyline(points, ink: Ink(color: curveColor, symbol: "o"))
        canvas.render(into: &buffer, x: frame.plot.x, y: frame.plot.y)
    }

    private func lowerBound(_ sorted: [Double], _ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
