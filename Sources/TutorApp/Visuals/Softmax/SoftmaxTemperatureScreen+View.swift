import Foundation
import Plot
import TerminalCore

extension SoftmaxTemperatureScreen {
    /// Draws one bar per class on a fixed 0 … 1 scale, then entropy and the limits.
    public func render(into buffer: inout Buffer, area: Rect) {
        let chrome = VisualChrome(
            title: Self.visualTitle + " · " + logitSet.name, subtitle: "pᵢ = exp(zᵢ/T) / ∑ⱼ exp(zⱼ/T) ",
            status: Line([
                Span(" T = \(ValueText.short(temperature))", style: ScreenStyle.heading),
                Span(
                    " · H = \(NumberText.fixed(entropy, 3)) of max \(NumberText.fixed(maximumEntropy, 3)) nats"
                ),
                // The chart's axis title is the first thing a short chart gives up.
                Span(" · curve: H against log₁₀ T", style: ScreenStyle.muted),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            drawBody(into: &buffer, area: body)
        }
    }

    private func drawBody(into buffer: inout Buffer, area: Rect) {
        let count = probabilities.count
        let spacing = area.height >= count * 2 + 16 ? 2 : 1
        let barRows = count * spacing
        let parts = area.rows([.length(1), .length(barRows + 1), .fill(1)])
        buffer.setString(
            "T = \(ValueText.short(temperature)): bars on a fixed 0…1 scale, ┊ marks uniform 1/K",
            x: area.x + 1, y: parts[0].y, style: ScreenStyle.muted)
        let labelWidth = (logitSet.labels.map(\.count).max() ?? 3) + 12
        let valueWidth = 7
        let barWidth = max(4, parts[1].width - labelWidth - valueWidth - 4)
        let uniformColumn = Int((Double(barWidth) / Double(max(1, count))).rounded(.down))
        let winner = probabilities.indices.max { probabilities[$0] < probabilities[$1] }
        for (index, probability) in probabilities.enumerated() {
            let y = parts[1].y + index * spacing
            guard y < parts[1].maxY else { break }
            let label = logitSet.labels[index].padding(toLength: labelWidth - 11, withPad: " ", startingAt: 0)
            let logit = "z=" + NumberText.padded(logitSet.logits[index], 1, width: 7)
            buffer.setString(
                " \(label) \(logit)", x: area.x, y: y, style: index == winner ? ScreenStyle.heading : .plain)
            let x = area.x + labelWidth + 1
            buffer.setString("│", x: x - 1, y: y, style: ScreenStyle.muted)
            drawBar(probability, x: x, y: y, width: barWidth, into: &buffer)
            if uniformColumn < barWidth, buffer[x + uniformColumn, y].symbol == " " {
                buffer.setString("┊", x: x + uniformColumn, y: y, style: ScreenStyle.muted)
            }
            buffer.setString("│", x: x + barWidth, y: y, style: ScreenStyle.muted)
            buffer.setString(NumberText.padded(probability, 3, width: valueWidth), x: x + barWidth + 1, y: y)
        }
        let sum = probabilities.reduce(0, +)
        let lines: [Line] = [
            Line(
                "∑ p = \(NumberText.fixed(sum, 6))  ·  entropy H = −∑ p log p = \(NumberText.fixed(entropy, 3)) nats"
            ),
            Line(
                "T → 0: one-hot on the largest logit (H → 0)   T → ∞: uniform 1/K (H → log K)",
                style: ScreenStyle.muted),
            Line(
                "Dividing by T keeps the order of the logits; only the contrast changes.",
                style: ScreenStyle.muted),
        ]
        let lower = parts[2].rows([.length(lines.count + 1), .fill(1)])
        Paragraph(StyledText(lines: lines)).render(into: &buffer, area: lower[0].inset(left: 1))
        if lower[1].height >= 6 { entropyChart.render(into: &buffer, area: lower[1]) }
    }

    /// Entropy against log₁₀ T over the whole temperature ladder, the current T marked.
    var entropyChart: LineChart {
        let xs = Self.temperatures.map { log10($0) }
        let entropies = Self.temperatures.map { Self.entropy(of: logitSet.logits, temperature: $0) }
        let current = log10(temperature)
        return LineChart(
            series: [
                LineSeries(name: "H(T)", x: xs, y: entropies, color: .cyan, symbol: "*"),
                LineSeries(
                    name: "log K", x: [xs[0], xs[xs.count - 1]], y: [maximumEntropy, maximumEntropy],
                    color: .green, symbol: "-"),
                LineSeries(
                    name: "T now", x: [current, current], y: [0, maximumEntropy], color: .yellow, symbol: "|"),
            ],
            xAxis: AxisOptions(title: "log₁₀ T", padding: 0),
            yAxis: AxisOptions(range: 0...(maximumEntropy * 1.05)),
            showsLatestValue: false, theme: theme)
    }

    /// The entropy of softmax(logits / T) in Double, for the curve over all temperatures.
    static func entropy(of logits: [Double], temperature: Double) -> Double {
        let scaled = logits.map { $0 / temperature }
        let peak = scaled.max() ?? 0
        let weights = scaled.map { exp($0 - peak) }
        let total = weights.reduce(0, +)
        return -weights.reduce(0) { sum, weight in
            let p = weight / total
            return sum + (p > 0 ? p * log(p) : 0)
        }
    }

    private func drawBar(_ probability: Double, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        guard probability.isFinite else {
            buffer.setString("NaN", x: x, y: y, style: ScreenStyle.alarm)
            return
        }
        let eighths = Int((min(1, max(0, probability)) * Double(width * 8)).rounded())
        let style = Style(foreground: .cyan)
        for column in 0..<width {
            let filled = min(8, max(0, eighths - column * 8))
            let symbol = Self.leftEighths[filled]
            buffer.setCell(Cell(symbol, style: style), x: x + column, y: y)
        }
    }

    private static let leftEighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
}
