import Foundation
import Plot
import TerminalCore

extension GradientFlowScreen {
    /// Draws the two networks' per-layer gradient bars and their loss curves.
    public func render(into buffer: inout Buffer, area: Rect) {
        let state = runLabel(
            started: progress != nil, finished: (progress?.step ?? 0) >= Self.maximumSteps)
        var parts = [Span(" \(state)", style: ScreenStyle.heading)]
        if let progress {
            parts.append(Span(" · step \(progress.step) · loss "))
            // Each network's loss in its curve's colour: the status line doubles as the chart's
            // legend, which a narrow chart has no room for.
            for (index, pair) in zip(Kind.designs, progress.losses).enumerated() {
                if index > 0 { parts.append(Span(", ")) }
                let value = pair.1.last.map { NumberText.fixed($0, 3) } ?? "–"
                parts.append(
                    Span("━ \(pair.0.name) \(value)", style: Style(foreground: Self.curveColor(index))))
            }
        } else {
            parts.append(Span(" · press space to train both"))
        }
        let chrome = VisualChrome(
            title: Self.visualTitle, subtitle: "\(Kind.depth) hidden layers × \(Kind.width) ",
            status: Line(parts),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            drawBody(into: &buffer, area: body)
        }
    }

    private func drawBody(into buffer: inout Buffer, area: Rect) {
        let chartHeight = max(6, area.height / 3)
        let rows = area.rows([.length(1), .fill(1), .length(chartHeight)])
        buffer.setString(
            String(Kind.lesson.prefix(rows[0].width - 1)), x: area.x + 1, y: rows[0].y,
            style: ScreenStyle.muted)
        let halves = rows[1].columns([.fill(1), .length(2), .fill(1)])
        for (index, design) in Kind.designs.enumerated() where index < 2 {
            let norms = progress?.norms[safe: index] ?? []
            drawBars(design: design, norms: norms, into: &buffer, area: halves[index * 2])
        }
        drawLosses(into: &buffer, area: rows[2])
    }

    /// Log-scale bars from 10⁻⁶ to 10¹, input side at the top.
    private func drawBars(design: DeepMLP.Design, norms: [Double], into buffer: inout Buffer, area: Rect) {
        guard area.height >= 2, area.width >= 16 else { return }
        buffer.setString(
            "\(design.name): ‖∂L/∂W‖ per layer, log", x: area.x + 1, y: area.y, style: ScreenStyle.heading)
        let layers = Kind.depth + 2
        let available = area.height - 1
        // Too many layers for the rows: show an even sample, always the first and the last.
        let shown: [Int] =
            layers <= available
            ? Array(0..<layers)
            : (0..<available).map {
                Int((Double($0) * Double(layers - 1) / Double(max(1, available - 1))).rounded())
            }
        let labelWidth = 5
        let valueWidth = 8
        let barWidth = max(1, area.width - labelWidth - valueWidth - 2)
        for (row, layer) in shown.enumerated() {
            let y = area.y + 1 + row
            let label = layer == 0 ? "in" : layer == layers - 1 ? "out" : "h\(layer)"
            buffer.setString(
                label.padding(toLength: labelWidth, withPad: " ", startingAt: 0), x: area.x + 1, y: y)
            guard layer < norms.count else {
                buffer.setString("·", x: area.x + 1 + labelWidth, y: y, style: ScreenStyle.muted)
                continue
            }
            let norm = norms[layer]
            let fraction = norm > 0 && norm.isFinite ? min(1, max(0, (log10(norm) + 6) / 7)) : 0
            let filled = Int((fraction * Double(barWidth)).rounded())
            let color: Color = norm < 1e-4 ? .red : norm < 1e-2 ? .yellow : .green
            buffer.setString(
                String(repeating: "█", count: filled), x: area.x + 1 + labelWidth, y: y,
                style: Style(foreground: color))
            buffer.setString(
                norm.isFinite ? String(format: "%.1e", norm) : "NaN",
                x: area.x + 1 + labelWidth + barWidth + 1, y: y,
                style: norm.isFinite ? .plain : ScreenStyle.alarm)
        }
    }

    private func drawLosses(into buffer: inout Buffer, area: Rect) {
        guard let progress, progress.losses.contains(where: { !$0.isEmpty }) else {
            buffer.setString(
                " loss curves appear while training", x: area.x, y: area.y, style: ScreenStyle.muted)
            return
        }
        let series = zip(Kind.designs, progress.losses).enumerated().map { index, pair in
            LineSeries(name: pair.0.name, values: pair.1, color: Self.curveColor(index), xStart: 1)
        }
        LineChart(series: series, xAxis: AxisOptions(title: "step", padding: 0), theme: theme)
            .render(into: &buffer, area: area)
    }
}

extension GradientFlowScreen {
    /// The loss curve colour of the design at `index`.
    static func curveColor(_ index: Int) -> Color { index % 2 == 0 ? .magenta : .cyan }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
