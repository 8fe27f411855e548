import Foundation
import Plot
import TerminalCore

extension ReplayPlayerScreen {
    /// Draws the title, the recorded picture at the current frame, the position bar and hints.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let rows = area.rows([.length(1), .fill(1), .length(1), .length(1)])
        let date = TraceCoding.timestampFormatter.string(from: trace.header.created)
        StatusLine(
            left: Line(" Replay · \(trace.header.kind.rawValue) · \(trace.header.title)"), right: Line(date),
            style: ScreenStyle.titleBar
        ).render(into: &buffer, area: rows[0])
        switch trace.header.kind {
        case .visualizer: renderVisualizer(into: &buffer, area: rows[1])
        case .lab: renderLab(into: &buffer, area: rows[1])
        }
        let state = isPlaying ? "▶" : "❚❚"
        let rate = Self.speeds[speedIndex]
        let label =
            "\(state) frame \(position + 1)/\(frameCount) · \(rate.frames * 1000 / rate.milliseconds)/s"
        let fraction = frameCount > 1 ? Double(position) / Double(frameCount - 1) : 1
        buffer.render(ProgressBar(fraction: fraction, label: label, asciiOnly: !theme.usesColor), in: rows[2])
        KeyHints(keyHints).render(into: &buffer, area: rows[3])
        if isShowingHelp {
            Modal.help(title: "Replay keys", hints: helpHints).render(into: &buffer, area: area)
        }
    }

    private func renderVisualizer(into buffer: inout Buffer, area: Rect) {
        guard let (segmentIndex, steps) = timeline.locate(position) else {
            buffer.setString("This trace has no recorded run.", x: area.x, y: area.y, maxWidth: area.width)
            return
        }
        let segment = timeline.segments[segmentIndex]
        guard let surface = LossSurface.named(segment.reset.surface), let field = field(for: surface.id)
        else {
            buffer.setString(
                "This trace uses a surface this dltutor does not know: \(segment.reset.surface)", x: area.x,
                y: area.y, maxWidth: area.width)
            return
        }
        let start = PlotPoint(x: segment.reset.startX, y: segment.reset.startY)
        let settings = segment.reset.settings
        let entries = segment.reset.racers.map { racer -> DescentLegendEntry in
            let optimizer = DescentOptimizer(rawValue: racer.id) ?? .yours
            var points = [start]
            var losses = [surface.value(start)]
            var status = RacerStatus.running
            for samples in segment.steps.prefix(steps) {
                guard let sample = samples.first(where: { $0.racer == racer.id }) else { continue }
                points.append(PlotPoint(x: sample.x, y: sample.y))
                losses.append(sample.loss)
                status = RacerStatus(recordedReason: sample.diverged)
            }
            var series = LineSeries(name: racer.name, color: optimizer.color, symbol: optimizer.symbol)
            for loss in losses { series.append(surface.chartValue(loss)) }
            let rate = settings[optimizer.isAdaptive ? "lr_adaptive" : "lr"].flatMap(Double.init)
            return DescentLegendEntry(
                optimizer: optimizer, name: racer.name, isEnabled: true, points: points, lossSeries: series,
                loss: losses[losses.count - 1], status: status, learningRate: rate)
        }
        let lines = [
            "lr \(settings["lr"] ?? "?") · adaptive lr \(settings["lr_adaptive"] ?? "?")",
            "μ \(settings["momentum"] ?? "?") · β₁ \(settings["beta1"] ?? "?") · β₂ \(settings["beta2"] ?? "?")",
            "start \(ValueText.point(start.x, start.y))",
            "run \(segmentIndex + 1) of \(timeline.segments.count) · step \(steps)",
        ]
        DescentPicture(surface: surface, field: field, entries: entries, settingsLines: lines, theme: theme)
            .render(into: &buffer, area: area)
    }

    private func renderLab(into buffer: inout Buffer, area: Rect) {
        let state = timeline.labState(at: position)
        let metricName =
            trace.header.settings["target"].flatMap { $0.split(separator: " ").first.map(String.init) }
            ?? "metric"
        let targetValue =
            trace.header.settings["target"].flatMap { $0.split(separator: " ").last.flatMap { Double($0) } }
            ?? .nan
        var curves = LabCurves()
        for report in state.reports {
            curves.append(
                LabRunProgress(
                    step: report.step, budget: report.budget, loss: report.loss, metric: report.metric,
                    validationMetric: report.validation, elapsedSeconds: report.elapsed, run: report.run))
        }
        let last = state.reports.last
        let budget = last?.budget ?? Int(trace.header.settings["budget"] ?? "") ?? 1
        let progress = last.map {
            LabRunProgress(
                step: $0.step, budget: $0.budget, loss: $0.loss, metric: $0.metric,
                validationMetric: $0.validation, elapsedSeconds: $0.elapsed, run: $0.run)
        }
        let verdict = state.result.map {
            LabVerdict(passed: $0.passed, message: $0.message, diverged: $0.diverged, stopped: $0.stopped)
        }
        LabCurvesPicture(
            curves: curves, metricName: metricName, targetValue: targetValue, budget: budget,
            progress: progress, verdict: verdict, verdictScroll: verdictScroll, theme: theme
        ).render(into: &buffer, area: area)
    }
}
