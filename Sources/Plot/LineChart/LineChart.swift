import Foundation
import TerminalCore

/// A chart of one or more named lines with axes, nice ticks and a legend.
///
/// ```swift
/// var loss = LineSeries(name: "train", smoothing: 0.9)   // in the model
/// loss.append(0.93)                                       // each step, O(1)
/// LineChart(series: [loss], xAxis: AxisOptions(title: "step"),
///           yAxis: AxisOptions(title: "loss", scale: .logarithmic))
///     .render(into: &buffer, area: rect)                  // in the view
/// ```
///
/// Series are drawn in order, so later series sit on top where they overlap (see
/// `Canvas` for the one-colour-per-cell rule). A smoothed series draws its raw curve dimmed
/// first and the moving average over it.
public struct LineChart: Sendable {
    /// The lines, drawn in order.
    public var series: [LineSeries]
    /// The horizontal axis.
    public var xAxis: AxisOptions
    /// The vertical axis (linear or log).
    public var yAxis: AxisOptions
    /// Whether to show the legend when there is room.
    public var showsLegend: Bool
    /// Whether the legend shows each series' latest value next to its name.
    public var showsLatestValue: Bool
    /// Whether smoothed series also draw their raw (dimmed) curve.
    public var showsRawCurve: Bool
    /// Colours and markers.
    public var theme: PlotTheme

    /// A chart of `series`; the x axis gets no padding by default so lines span the width.
    public init(
        series: [LineSeries], xAxis: AxisOptions = AxisOptions(padding: 0),
        yAxis: AxisOptions = AxisOptions(), showsLegend: Bool = true, showsLatestValue: Bool = true,
        showsRawCurve: Bool = true, theme: PlotTheme = .standard
    ) {
        self.series = series
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.showsLegend = showsLegend
        self.showsLatestValue = showsLatestValue
        self.showsRawCurve = showsRawCurve
        self.theme = theme
    }

    /// The ink for the series at `index`, dimmed for a raw curve under a smoothed one.
    func ink(for index: Int, raw: Bool) -> Ink {
        let line = series[index]
        let color = line.color ?? theme.seriesColor(index)
        let symbol = line.symbol ?? theme.seriesSymbol(index)
        if raw && line.isSmoothed { return Ink(color: color, symbol: ".", attributes: [.dim]) }
        return Ink(color: color, symbol: symbol)
    }

    /// The x range shown: the fixed one, or all points of all series.
    func xMapping() -> AxisMapping {
        if let range = xAxis.range {
            return AxisMapping(lower: range.lowerBound, upper: range.upperBound, scale: xAxis.scale)
        }
        var low = Double.infinity
        var high = -Double.infinity
        for line in series {
            guard let bounds = line.xBounds else { continue }
            if xAxis.scale == .logarithmic && bounds.upperBound <= 0 { continue }
            low = min(low, xAxis.scale == .logarithmic ? max(bounds.lowerBound, 1e-300) : bounds.lowerBound)
            high = max(high, bounds.upperBound)
        }
        if low > high { (low, high) = (0, 1) }
        if low == high { (low, high) = (low - 1, high + 1) }
        return AxisMapping.padded(lower: low, upper: high, scale: xAxis.scale, padding: xAxis.padding)
    }

    /// The indices of `line` inside the x range (all of them when x is not monotonic).
    func visibleRange(of line: LineSeries, x: AxisMapping) -> Range<Int> {
        guard line.isMonotonic, xAxis.range != nil else { return 0..<line.count }
        let first = line.firstIndex(atOrAfter: x.lower)
        let end = line.firstIndex(atOrAfter: x.upper.nextUp)
        return first..<max(first, end)
    }

    /// The y range shown: the fixed one, or the visible values (raw and smoothed), padded.
    func yMapping(x: AxisMapping) -> AxisMapping {
        if let range = yAxis.range {
            return AxisMapping(lower: range.lowerBound, upper: range.upperBound, scale: yAxis.scale)
        }
        var summary = SampleSummary()
        for line in series {
            let range = visibleRange(of: line, x: x)
            summary.merge(line.summary(range, smoothed: false))
            if line.isSmoothed { summary.merge(line.summary(range, smoothed: true)) }
        }
        let low = yAxis.scale == .logarithmic ? summary.minimumPositive : summary.minimum
        let high = summary.maximum
        guard low <= high, high > (yAxis.scale == .logarithmic ? 0 : -Double.infinity) else {
            return AxisMapping(lower: 0, upper: 1, scale: yAxis.scale)
        }
        return AxisMapping.padded(lower: low, upper: high, scale: yAxis.scale, padding: yAxis.padding)
    }

    /// The legend entry of the series at `index`.
    func legendEntry(_ index: Int) -> LegendEntry {
        let line = series[index]
        var name = line.name
        if showsLatestValue, let latest = latestValue(of: line) {
            name += " " + ValueFormat.short(latest)
        }
        var problems: [String] = []
        if line.nonFiniteCount > 0 { problems.append("\(line.nonFiniteCount) NaN") }
        if yAxis.scale == .logarithmic && line.ySummary.nonPositiveCount > 0 {
            problems.append("\(line.ySummary.nonPositiveCount) ≤0")
        }
        let warning = problems.isEmpty ? nil : "(" + problems.joined(separator: ", ") + ")"
        return LegendEntry(name: name, ink: ink(for: index, raw: false), warning: warning)
    }

    private func latestValue(of line: LineSeries) -> Double? {
        var index = line.count - 1
        // Look back a little for a finite value; a long run of NaN shows no value.
        while index >= 0 && index >= line.count - 64 {
            let value = line.y(at: index, smoothed: line.isSmoothed)
            if value.isFinite { return value }
            index -= 1
        }
        return nil
    }
}
