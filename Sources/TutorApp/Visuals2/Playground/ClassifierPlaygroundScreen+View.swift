import Foundation
import Plot
import TerminalCore

extension ClassifierPlaygroundScreen {
    /// Draws the decision regions with the points, the loss curve and the knobs.
    public func render(into buffer: inout Buffer, area: Rect) {
        let state = runLabel(
            started: progress != nil,
            finished: progress.map { $0.divergence != nil || $0.step >= Self.maximumSteps } ?? false)
        var parts = [Span(" \(state)", style: ScreenStyle.heading)]
        if let progress {
            let loss = progress.losses.last.map { NumberText.fixed($0, 3) } ?? "–"
            parts.append(
                Span(
                    " · step \(progress.step) · loss \(loss) · accuracy \(Int((progress.accuracy * 100).rounded()))%"
                ))
        } else {
            parts.append(Span(" · press space to train"))
        }
        let chrome = VisualChrome(
            title: Self.visualTitle,
            subtitle:
                "\(settings.layers)×\(settings.width) \(settings.activation.rawValue) on \(settings.dataset.name) ",
            status: Line(parts), notice: notice, hints: keyHints, helpHints: helpHints,
            showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            drawBody(into: &buffer, area: body)
        }
    }

    private func drawBody(into buffer: inout Buffer, area: Rect) {
        let regionWidth = min(area.width / 2, max(20, area.height * 2))
        let columns = area.columns([.length(regionWidth), .length(1), .fill(1)])
        drawRegions(into: &buffer, area: columns[0])
        let knobRows = PlaygroundSettings.Knob.allCases.count
        let explanationRows = progress?.divergence == nil ? 0 : 3
        let right = columns[2].rows([.fill(1), .length(explanationRows), .length(knobRows + 1)])
        drawLoss(into: &buffer, area: right[0])
        if let divergence = progress?.divergence {
            Paragraph(StyledText(lines: [Line(divergence, style: ScreenStyle.alarm)])).render(
                into: &buffer, area: right[1])
        }
        drawKnobs(into: &buffer, area: right[2].inset(top: 1))
    }

    private static let classColors: [Color] = [.cyan, .red, .green, .magenta, .yellow]
    private static let regionColors: [Color] = [
        .indexed(24), .indexed(52), .indexed(22), .indexed(53), .indexed(58),
    ]
    private static let regionSymbols: [Character] = [" ", "·", ":", "'", "-"]
    private static let pointSymbols: [Character] = ["o", "x", "+", "*", "#"]

    private func drawRegions(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 4, area.height >= 2 else { return }
        if let progress, progress.gridColumns > 0, progress.gridRows > 0 {
            for row in 0..<area.height {
                for column in 0..<area.width {
                    let gridRow = row * progress.gridRows / area.height
                    let gridColumn = column * progress.gridColumns / area.width
                    let index = gridRow * progress.gridColumns + gridColumn
                    guard index < progress.regions.count else { continue }
                    let predicted = progress.regions[index] % Self.regionSymbols.count
                    var style = Style(foreground: .brightBlack)
                    if theme.usesColor { style.background = Self.regionColors[predicted] }
                    buffer.setCell(
                        Cell(Self.regionSymbols[predicted], style: style), x: area.x + column, y: area.y + row
                    )
                }
            }
        }
        let extent = PlaygroundSession.extent
        let span = extent.upperBound - extent.lowerBound
        for (point, label) in zip(points, labels) where point.count == 2 {
            let column = Int(((point[0] - extent.lowerBound) / span * Double(area.width)).rounded(.down))
            let row = Int(((extent.upperBound - point[1]) / span * Double(area.height)).rounded(.down))
            guard (0..<area.width).contains(column), (0..<area.height).contains(row) else { continue }
            let x = area.x + column
            let y = area.y + row
            var style = Style(
                foreground: Self.classColors[label % Self.classColors.count], attributes: [.bold])
            style.background = buffer[x, y].style.background
            buffer.setCell(Cell(Self.pointSymbols[label % Self.pointSymbols.count], style: style), x: x, y: y)
        }
    }

    private func drawLoss(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 4, let losses = progress?.losses, !losses.isEmpty else {
            buffer.setString(
                "loss curve appears while training", x: area.x, y: area.y, style: ScreenStyle.muted)
            return
        }
        let chart = LineChart(
            series: [
                LineSeries(
                    name: "loss", values: losses, color: .yellow, xStart: 1)
            ],
            xAxis: AxisOptions(title: "step", padding: 0), showsLegend: false, theme: theme)
        chart.render(into: &buffer, area: area)
    }

    private func drawKnobs(into buffer: inout Buffer, area: Rect) {
        for (offset, knob) in PlaygroundSettings.Knob.allCases.enumerated() where offset < area.height {
            let selected = knob == selectedKnob
            let label = knob.label.padding(toLength: 14, withPad: " ", startingAt: 0)
            let text = "\(selected ? "▸" : " ") \(label) ◂ \(settings.valueText(knob)) ▸"
            buffer.setString(
                String(text.prefix(area.width)), x: area.x, y: area.y + offset,
                style: selected ? ScreenStyle.selection : .plain)
        }
    }
}
