import Grading
import Plot
import TerminalCore

/// The live (or replayed) picture of a lab run: the loss curves and the metric curves with
/// the target drawn as a line, a progress bar with ETA and throughput, and the verdict.
///
/// The x-axis follows the steps taken, not the budget, so a run that ends early still fills
/// the width. A comparison draws every run's curves overlaid step for step, named after the
/// run, and its metric chart shows the runs' held-out accuracy (the compared metric itself
/// exists only at the end, in the verdict).
struct LabCurvesPicture {
    var curves: LabCurves
    var metricName: String
    var targetValue: Double
    /// The lab's step budget: where the progress bar ends until a report says better.
    var budget: Int
    var progress: LabRunProgress?
    var verdict: LabVerdict?
    /// The verdict's first shown row.
    var verdictScroll = 0
    var theme: PlotTheme

    /// Rows the verdict gets at least (kept while training so the charts do not jump at the end).
    static let verdictRows = 3
    /// The least x-axis span, so the first steps are not stretched over the whole width.
    static let minimumSteps = 10

    /// Rows for the verdict at `width`: all of it, up to half of `height`, since a verdict that
    /// explains why a run fell short runs longer than one that passes (the rest scrolls).
    func verdictRows(width: Int, height: Int) -> Int {
        let needed = verdict.map { LabVerdictPane(verdict: $0, scroll: 0).lineCount(width: width) } ?? 0
        return max(Self.verdictRows, min(needed, height / 2 - 2))
    }

    /// The x-axis: from 0 to the last step taken (at least `minimumSteps`).
    var stepAxis: AxisOptions {
        AxisOptions(title: "step", range: 0...Double(max(Self.minimumSteps, curves.lastStep)), padding: 0)
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let footer = 2 + verdictRows(width: area.width, height: area.height)
        let parts = area.rows([.fill(1), .length(footer)])
        let metricLines = self.metricLines
        let lossChart = LineChart(
            series: curves.runs.map(\.loss), xAxis: stepAxis,
            yAxis: AxisOptions(title: "loss", scale: lossScale), showsLegend: true, theme: theme)
        if metricLines.isEmpty {
            buffer.render(lossChart, in: parts[0])
        } else {
            let charts =
                parts[0].width >= 90
                ? parts[0].columns([.fill(1), .fill(1)], spacing: 1) : parts[0].rows([.fill(1), .fill(1)])
            buffer.render(lossChart, in: charts[0])
            let metricChart = LineChart(
                series: metricLines, xAxis: stepAxis,
                yAxis: AxisOptions(title: curves.isComparison ? "held-out accuracy" : metricName),
                showsLegend: true, theme: theme)
            buffer.render(metricChart, in: charts[1])
        }
        renderFooter(into: &buffer, area: parts[1])
    }

    /// The metric chart's lines: a single run's measured metric and held-out metric with the
    /// target; a comparison's runs' held-out accuracy, or nothing (the loss chart then takes
    /// the room) while no run has measured it twice, since a lone point per run says nothing
    /// the verdict does not.
    private var metricLines: [LineSeries] {
        guard !curves.isComparison else {
            let lines = curves.runs.map(\.heldOut).filter { $0.count > 0 }
            return lines.contains { $0.count > 1 } ? lines : []
        }
        var lines: [LineSeries] = []
        if let run = curves.current {
            lines += [run.metric, run.heldOut].filter { $0.count > 0 }
        }
        var target = LineSeries(name: "target", color: .brightBlack, symbol: "-")
        target.append(x: 0, y: targetValue)
        target.append(x: stepAxis.range?.upperBound ?? Double(Self.minimumSteps), y: targetValue)
        return lines + [target]
    }

    /// Log scale once the loss spans a decade and stays positive (cross-entropy usually does).
    private var lossScale: AxisScale {
        var summary = SampleSummary()
        for run in curves.runs { summary.merge(run.loss.ySummary) }
        guard summary.hasFiniteValues, summary.minimum > 0, summary.maximum / summary.minimum >= 10 else {
            return .linear
        }
        return .logarithmic
    }

    private func renderFooter(into buffer: inout Buffer, area: Rect) {
        let rows = area.rows([.length(1), .length(1), .fill(1)])
        let step = progress?.step ?? 0
        let end = progress?.budget ?? budget
        let fraction = end > 0 ? Double(step) / Double(end) : 0
        let run = progress?.run
        var remaining: Double? = nil
        var speeds: [String] = []
        // A comparison's clock runs across its runs: count the earlier runs' steps too.
        let done = curves.stepsBefore + step
        if let progress, done > 0, progress.elapsedSeconds > 0 {
            let perStep = progress.elapsedSeconds / Double(done)
            let later = run.map { max(0, $0.count - 1 - $0.index) } ?? 0
            remaining = verdict == nil ? perStep * Double(max(0, end - step) + later * end) : nil
            let stepsPerSecond = Double(done) / progress.elapsedSeconds
            speeds.append("\(ValueText.short(stepsPerSecond)) steps/s")
            if let examples = progress.examplesPerStep {
                speeds.append("\(ValueText.short(stepsPerSecond * Double(examples))) examples/s")
            }
        }
        let runLabel = run.map { "run \($0.index + 1)/\($0.count) · " } ?? ""
        buffer.render(
            ProgressBar(
                fraction: fraction, label: "\(runLabel)step \(step)/\(end)", remainingSeconds: remaining,
                asciiOnly: !theme.usesColor),
            in: rows[0])
        // The pace goes last and only as far as it fits whole: the measurements come first.
        var line = status(compact: false)
        if DisplayWidth.width(of: line) > rows[1].width { line = status(compact: true) }
        for speed in speeds where DisplayWidth.width(of: line + " · " + speed) <= rows[1].width {
            line += " · " + speed
        }
        buffer.setString(line, x: rows[1].x, y: rows[1].y, maxWidth: rows[1].width)
        if let verdict {
            LabVerdictPane(verdict: verdict, scroll: verdictScroll).render(into: &buffer, area: rows[2])
        }
    }

    /// The latest numbers of the current run, each named for what it measures: `loss 0.31 ·
    /// accuracy: train 0.95, held-out 0.93`, `loss 0.31 · held-out accuracy 0.93`, or in a
    /// comparison `augmentation: loss 0.4 · held-out accuracy 0.89`. `compact` leaves the
    /// metric's name out after "held-out", for a narrow pane.
    private func status(compact: Bool) -> String {
        var status = (progress?.run.map { $0.name + ": " } ?? "") + "loss "
        status += progress.map { Self.number($0.loss) } ?? "–"
        // The latest measurements, which most step reports do not repeat.
        let train = curves.current?.metric.lastValue
        let heldOut = curves.current?.heldOut.lastValue
        // A comparison's held-out number is its run's accuracy, not the compared metric.
        let name = curves.isComparison ? "accuracy" : metricName
        switch (train, heldOut) {
        case (let train?, let heldOut?):
            status += " · \(name): train \(Self.number(train)), held-out \(Self.number(heldOut))"
        case (let train?, nil): status += " · \(name) \(Self.number(train))"
        case (nil, let heldOut?): status += " · held-out \(compact ? "" : name + " ")\(Self.number(heldOut))"
        case (nil, nil): break
        }
        return status
    }

    /// A measured number as the verdict prints it (three significant digits), NaN as `NaN`.
    static func number(_ value: Double) -> String {
        value.isFinite ? LabNumber.format(value) : ValueText.short(value)
    }
}
