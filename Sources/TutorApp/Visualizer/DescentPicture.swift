import Plot
import TerminalCore

/// One line of the visualizer's legend: an optimizer, its path and loss, and how it is doing.
struct DescentLegendEntry {
    var optimizer: DescentOptimizer
    var name: String
    var isEnabled: Bool
    var points: [PlotPoint]
    var lossSeries: LineSeries
    var loss: Double
    var status: RacerStatus
    var learningRate: Double?
}

/// The body of the visualizer, shared by the live screen and the replay player: the surface
/// as heatmap with contours and trajectories, and beside it (or below, on narrow screens)
/// the legend, the settings and the loss-vs-step chart.
struct DescentPicture {
    var surface: LossSurface
    var field: Field2D
    var entries: [DescentLegendEntry]
    var settingsLines: [String]
    var theme: PlotTheme

    /// Below this width the sidebar moves under the heatmap.
    static let sideBySideWidth = 60
    /// From this width the sidebar shows learning rates and positions too.
    static let wideWidth = 100

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        if area.width < Self.sideBySideWidth {
            let parts = area.rows([.fill(1), .length(min(entries.count + 1, area.height / 2))])
            renderHeatmap(into: &buffer, area: parts[0])
            renderLegend(into: &buffer, area: parts[1], wide: false)
            return
        }
        let sidebarWidth = area.width >= Self.wideWidth ? min(64, area.width * 2 / 5) : 30
        let columns = area.columns([.fill(1), .length(sidebarWidth)], spacing: 1)
        renderHeatmap(into: &buffer, area: columns[0])
        renderSidebar(into: &buffer, area: columns[1], wide: area.width >= Self.wideWidth)
    }

    private func renderHeatmap(into buffer: inout Buffer, area: Rect) {
        var trajectories: [Trajectory] = []
        if let minimum = surface.minimum {
            trajectories.append(
                Trajectory(name: "", points: [minimum], color: .rgb(255, 255, 0), symbol: "*"))
        }
        for entry in entries where entry.isEnabled {
            trajectories.append(
                Trajectory(
                    name: "", points: entry.points, color: entry.optimizer.color,
                    symbol: entry.optimizer.symbol))
        }
        var map = Heatmap(
            field: field, colorScale: surface.spansDecades ? .logarithmic : .linear,
            contours: surface.spansDecades ? .logarithmic(count: 10) : .automatic(count: 8),
            trajectories: trajectories, showsColorBar: area.width >= 70, xTitle: "x", yTitle: "y",
            theme: theme)
        // Grey contours, so the white SGD path never looks like a contour line.
        map.contourColor = .rgb(160, 160, 160)
        buffer.render(map, in: area)
    }

    private func renderSidebar(into buffer: inout Buffer, area: Rect, wide: Bool) {
        let legendHeight = entries.count + 1
        let settingsHeight = settingsLines.count + 1
        let parts = area.rows([.length(legendHeight), .length(settingsHeight), .fill(1)])
        renderLegend(into: &buffer, area: parts[0], wide: wide)
        for (offset, line) in settingsLines.enumerated() {
            buffer.setString(line, x: parts[1].x, y: parts[1].y + 1 + offset, maxWidth: parts[1].width)
        }
        if parts[2].height >= 6 { renderChart(into: &buffer, area: parts[2]) }
    }

    private func renderLegend(into buffer: inout Buffer, area: Rect, wide: Bool) {
        guard !area.isEmpty else { return }
        buffer.setString("Optimizers", x: area.x, y: area.y, style: ScreenStyle.heading, maxWidth: area.width)
        for (offset, entry) in entries.enumerated() where offset + 1 < area.height {
            let y = area.y + 1 + offset
            var column = buffer.setString(
                "\(entry.optimizer.toggleKey) ", x: area.x, y: y, style: ScreenStyle.muted,
                maxWidth: area.width)
            let swatch: Character = theme.usesColor ? "━" : entry.optimizer.symbol
            let swatchStyle = entry.isEnabled ? Style(foreground: entry.optimizer.color) : ScreenStyle.muted
            buffer.setCell(Cell(swatch, style: swatchStyle), x: column, y: y)
            column += 2
            let name = String(entry.name.prefix(9)).padding(toLength: 9, withPad: " ", startingAt: 0)
            column = buffer.setString(
                name, x: column, y: y, style: entry.isEnabled ? .plain : ScreenStyle.muted,
                maxWidth: area.maxX - column)
            column += 1
            let remaining = area.maxX - column
            guard remaining > 0 else { continue }
            guard entry.isEnabled else {
                buffer.setString("off", x: column, y: y, style: ScreenStyle.muted, maxWidth: remaining)
                continue
            }
            var text = ""
            // The rate only where it fits beside the loss; "lr 0.003125f 4.52" must not happen.
            if let rate = entry.learningRate, remaining >= 24 {
                text += Self.column("lr " + ValueText.short(rate), width: 11)
            }
            if entry.status == .escaped {
                text += wide ? "↗ escaped: left the box downhill" : "↗ escaped"
                buffer.setString(text, x: column, y: y, style: ScreenStyle.notice, maxWidth: remaining)
                continue
            }
            if case .diverged(let reason) = entry.status {
                text += wide ? "✗ " + reason : "✗ diverged"
                buffer.setString(text, x: column, y: y, style: ScreenStyle.alarm, maxWidth: remaining)
                continue
            }
            text += "f " + ValueText.short(entry.loss)
            // The position only when it fits whole: a cut-off "(-1" says nothing.
            if let last = entry.points.last {
                let withPoint = Self.column(text, width: 22) + ValueText.point(last.x, last.y)
                if withPoint.count <= remaining { text = withPoint }
            }
            buffer.setString(text, x: column, y: y, maxWidth: remaining)
        }
    }

    /// `text` padded to `width`, with at least one space after it.
    private static func column(_ text: String, width: Int) -> String {
        text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0)
    }

    private func renderChart(into buffer: inout Buffer, area: Rect) {
        let series = entries.filter(\.isEnabled).map(\.lossSeries)
        let title = surface.spansDecades ? (surface.minimum == nil ? "f" : "f − f*") : "f"
        // Surfaces without a minimum fall without bound once a racer escapes: keep the axis
        // to the values inside the box so the race near the saddle stays readable.
        let summary = field.summary
        let fixedRange: ClosedRange<Double>? =
            surface.spansDecades || !(summary.minimum < summary.maximum)
            ? nil : summary.minimum...summary.maximum
        let chart = LineChart(
            series: series, xAxis: AxisOptions(title: "step", padding: 0),
            yAxis: AxisOptions(
                title: title, scale: surface.spansDecades ? .logarithmic : .linear, range: fixedRange),
            showsLegend: false, showsLatestValue: false, theme: theme)
        buffer.render(chart, in: area)
    }
}
