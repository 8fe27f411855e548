import Foundation
import Plot
import TerminalCore

/// Bars of equal-width bins in density units with the true density (or probability marks)
/// drawn over them: the picture of an empirical distribution converging to its model.
/// Plot's `Histogram` overlays a kernel estimate of the data instead, which would hide
/// exactly the gap this picture is about.
struct DensityHistogramView: Widget {
    /// Bar heights, one per bin, in density units.
    var heights: [Double]
    /// The x range the bins cover.
    var range: ClosedRange<Double>
    /// Polylines of the truth in data coordinates (one for a curve, one per value for marks).
    var truth: [[PlotPoint]]
    /// The bar colour.
    var barColor: Color = .blue
    /// The truth's colour.
    var truthColor: Color = .yellow
    /// Labels under each bin instead of numeric ticks (discrete distributions).
    var binLabels: [String]?
    /// Colours and fallbacks.
    var theme: PlotTheme = .standard

    /// Draws axes, bars and truth into `area`.
    func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        let labelWidth = 6
        guard area.width > labelWidth + 4, area.height > 4, !heights.isEmpty else { return }
        let plot = Rect(
            x: area.x + labelWidth, y: area.y, width: area.width - labelWidth, height: area.height - 2)
        let truthPeak = truth.flatMap { $0 }.map(\.y).filter(\.isFinite).max() ?? 0
        let top = max(heights.max() ?? 0, truthPeak, 1e-9) * 1.1
        drawAxes(plot: plot, top: top, into: &buffer)
        drawBars(plot: plot, top: top, into: &buffer)
        drawTruth(plot: plot, top: top, into: &buffer)
    }

    private func drawAxes(plot: Rect, top: Double, into buffer: inout Buffer) {
        let axis = theme.axisStyle
        for y in plot.y..<plot.maxY { buffer.setString("│", x: plot.x - 1, y: y, style: axis) }
        buffer.setString("└", x: plot.x - 1, y: plot.maxY, style: axis)
        for x in plot.x..<plot.maxX { buffer.setString("─", x: x, y: plot.maxY, style: axis) }
        for fraction in [0.0, 0.5, 1.0] {
            let value = top / 1.1 * fraction
            let row = plot.maxY - 1 - Int((value / top * Double(plot.height - 1)).rounded())
            let text = NumberText.fixed(value, value >= 10 ? 0 : 2)
            buffer.setString(
                String(text.prefix(5)), x: plot.x - 1 - min(5, text.count), y: row, style: theme.labelStyle)
        }
        let span = range.upperBound - range.lowerBound
        func column(_ value: Double) -> Int {
            plot.x + Int(((value - range.lowerBound) / span * Double(plot.width)).rounded(.down))
        }
        if let binLabels {
            let width = span / Double(max(1, binLabels.count))
            for (index, label) in binLabels.enumerated() {
                let center = column(range.lowerBound + (Double(index) + 0.5) * width)
                buffer.setString(
                    label, x: center - label.count / 2, y: plot.maxY + 1, style: theme.labelStyle)
            }
        } else {
            for tick in AxisTicks.linear(
                lower: range.lowerBound, upper: range.upperBound, maxCount: max(2, plot.width / 8))
            {
                let x = min(plot.maxX - 1, column(tick.value))
                buffer.setString("┬", x: x, y: plot.maxY, style: axis)
                let start = min(max(plot.x - 1, x - tick.label.count / 2), plot.maxX - tick.label.count)
                buffer.setString(tick.label, x: start, y: plot.maxY + 1, style: theme.labelStyle)
            }
        }
    }

    private func drawBars(plot: Rect, top: Double, into buffer: inout Buffer) {
        let style = Style(foreground: barColor)
        let isDiscrete = binLabels != nil
        for column in 0..<plot.width {
            let fraction = (Double(column) + 0.5) / Double(plot.width)
            let position = fraction * Double(heights.count)
            let bin = min(heights.count - 1, Int(position))
            // Discrete values get separated bars: the outer fifth of each slot stays empty.
            if isDiscrete {
                let within = position - Double(bin)
                if within < 0.2 || within > 0.8 { continue }
            }
            var eighths = Int((heights[bin] / top * Double(plot.height * 8)).rounded())
            if heights[bin] > 0 { eighths = max(1, eighths) }
            var row = plot.maxY - 1
            while eighths > 0 && row >= plot.y {
                let symbol: Character = theme.usesColor ? Self.lowerEighths[min(8, eighths)] : "#"
                buffer.setCell(Cell(symbol, style: style), x: plot.x + column, y: row)
                eighths -= 8
                row -= 1
            }
        }
    }

    private func drawTruth(plot: Rect, top: Double, into buffer: inout Buffer) {
        var canvas = Canvas(columns: plot.width, rows: plot.height, marker: theme.effectiveMarker)
        let span = range.upperBound - range.lowerBound
        let ink = Ink(color: truthColor, symbol: "o", attributes: [.bold])
        for line in truth {
            let dots = line.map { point -> (x: Double, y: Double) in
                let x = (point.x - range.lowerBound) / span * Double(canvas.dotWidth - 1)
                let y = (1 - point.y / top) * Double(canvas.dotHeight - 1)
                return (x, y)
            }
            canvas.polyline(dots, ink: ink)
        }
        canvas.render(into: &buffer, x: plot.x, y: plot.y)
    }

    private static let lowerEighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
}
