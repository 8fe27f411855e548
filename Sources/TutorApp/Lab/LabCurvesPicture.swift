import Plot
import TerminalCore

/// The live (or replayed) picture of a lab run: the loss curve and the metric curves with
/// the target drawn as a line, a progress bar with ETA and throughput, and the verdict.
struct LabCurvesPicture {
    var lossSeries: LineSeries
    var metricSeries: LineSeries
    var validationSeries: LineSeries
    var metricName: String
    var targetValue: Double
    var budget: Int
    var progress: LabRunProgress?
    var verdict: LabVerdict?
    var theme: PlotTheme

    /// Rows the verdict gets at least (kept while training so the charts do not jump at the end).
    static let verdictRows = 3

    /// Rows for the verdict at `width`: all of it, up to half of `height`, since a verdict that
    /// explains why a run fell short runs longer than one that passes.
    func verdictRows(width: Int, height: Int) -> Int {
        let needed = verdict.map { Paragraph(StyledText($0.message)).lineCount(width: width) } ?? 0
        return max(Self.verdictRows, min(needed, height / 2 - 2))
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let footer = 2 + verdictRows(width: area.width, height: area.height)
        let parts = area.rows([.fill(1), .length(footer)])
        let charts =
            parts[0].width >= 90
            ? parts[0].columns([.fill(1), .fill(1)], spacing: 1) : parts[0].rows([.fill(1), .fill(1)])
        let lossChart = LineChart(
            series: [lossSeries],
            xAxis: AxisOptions(title: "step", range: 0...Double(max(1, budget)), padding: 0),
            yAxis: AxisOptions(title: "loss", scale: lossScale), showsLegend: true, theme: theme)
        buffer.render(lossChart, in: charts[0])
        var target = LineSeries(name: "target", color: .brightBlack, symbol: "-")
        target.append(x: 0, y: targetValue)
        target.append(x: Double(max(1, budget)), y: targetValue)
        var metricLines = [metricSeries]
        if validationSeries.count > 0 { metricLines.append(validationSeries) }
        metricLines.append(target)
        let metricChart = LineChart(
            series: metricLines,
            xAxis: AxisOptions(title: "step", range: 0...Double(max(1, budget)), padding: 0),
            yAxis: AxisOptions(title: metricName), showsLegend: true, theme: theme)
        buffer.render(metricChart, in: charts[1])
        renderFooter(into: &buffer, area: parts[1])
    }

    /// Log scale once the loss spans a decade and stays positive (cross-entropy usually does).
    private var lossScale: AxisScale {
        let summary = lossSeries.ySummary
        guard summary.hasFiniteValues, summary.minimum > 0, summary.maximum / summary.minimum >= 10 else {
            return .linear
        }
        return .logarithmic
    }

    private func renderFooter(into buffer: inout Buffer, area: Rect) {
        let rows = area.rows([.length(1), .length(1), .fill(1)])
        let step = progress?.step ?? 0
        let fraction = budget > 0 ? Double(step) / Double(budget) : 0
        var remaining: Double? = nil
        var speed = ""
        if let progress, progress.step > 0, progress.elapsedSeconds > 0 {
            let perStep = progress.elapsedSeconds / Double(progress.step)
            remaining = verdict == nil ? perStep * Double(max(0, budget - progress.step)) : nil
            let stepsPerSecond = Double(progress.step) / progress.elapsedSeconds
            speed = " · \(ValueText.short(stepsPerSecond)) steps/s"
            if let examples = progress.examplesPerStep {
                speed += " · \(ValueText.short(stepsPerSecond * Double(examples))) examples/s"
            }
        }
        buffer.render(
            ProgressBar(
                fraction: fraction, label: "step \(step)/\(budget)", remainingSeconds: remaining,
                asciiOnly: !theme.usesColor),
            in: rows[0])
        var status = "loss " + (progress.map { ValueText.short($0.loss) } ?? "–")
        if let metric = progress?.metric { status += " · \(metricName) \(ValueText.short(metric))" }
        if let validation = progress?.validationMetric {
            status += " · validation \(ValueText.short(validation))"
        }
        buffer.setString(status + speed, x: rows[1].x, y: rows[1].y, maxWidth: rows[1].width)
        if let verdict {
            let style =
                verdict.passed
                ? ScreenStyle.success : (verdict.stopped ? ScreenStyle.notice : ScreenStyle.alarm)
            buffer.render(Paragraph(StyledText(verdict.message, style: style)), in: rows[2])
        }
    }
}
