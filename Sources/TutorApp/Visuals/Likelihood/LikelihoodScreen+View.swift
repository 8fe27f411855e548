import Foundation
import Plot
import TerminalCore

extension LikelihoodScreen {
    /// Draws the curve on the left and the data and estimates on the right into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let chrome = VisualChrome(
            title: "Likelihood · \(model.title)", subtitle: model.formula + " ",
            status: Line([
                Span(" n = \(data.count)", style: ScreenStyle.heading),
                Span(" · " + (showsLog ? "log-likelihood ℓ" : "likelihood L / max L")),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            let panelWidth = body.width >= 120 ? 42 : 28
            // A wide gap: the chart's legend ends on the row where the panel's heading starts.
            let columns = body.columns([.fill(1), .length(min(panelWidth, body.width / 2))], spacing: 3)
            chart.render(into: &buffer, area: columns[0])
            Paragraph(panel).render(into: &buffer, area: columns[1])
        }
    }

    /// The curve shown: ℓ(θ), or L(θ) scaled so the maximum is 1.
    var curveValues: [Double] {
        let values = logLikelihoods
        guard !showsLog else { return values }
        let peak = values.filter(\.isFinite).max() ?? 0
        return values.map { $0.isFinite ? exp($0 - peak) : 0 }
    }

    /// The curve with vertical marks at the MLE and at the probe.
    var chart: LineChart {
        let xs = grid
        let values = curveValues
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if high - low < 1e-9 {
            low -= 1
            high += 1
        }
        let name = model.parameterName
        // ℓ is −∞ at a Bernoulli p of 0 or 1 once the data holds both outcomes: the curve runs
        // off the bottom edge there rather than counting those points as broken ones.
        let drawn = zip(xs, values).filter { $0.1.isFinite }
        var series = [
            LineSeries(
                name: showsLog ? "ℓ(\(name))" : "L(\(name))/max", x: drawn.map(\.0), y: drawn.map(\.1),
                color: .cyan, symbol: "*")
        ]
        if let estimate = closedFormEstimate {
            series.append(
                LineSeries(
                    name: "MLE", x: [estimate, estimate], y: [low, high], color: .yellow, symbol: "|"))
        }
        series.append(
            LineSeries(name: "probe", x: [probe, probe], y: [low, high], color: .magenta, symbol: ":"))
        return LineChart(
            series: series,
            xAxis: AxisOptions(title: name, range: model.parameterRange, padding: 0),
            yAxis: AxisOptions(range: low...high), showsLatestValue: false, theme: theme)
    }

    /// The data, the two maxima and the probe's value.
    var panel: StyledText {
        let name = model.parameterName
        var lines: [Line] = [Line("Data (n = \(data.count))", style: ScreenStyle.heading)]
        let shown = data.prefix(24).map { model == .bernoulli ? String(Int($0)) : NumberText.fixed($0, 1) }
        let more = data.count > shown.count ? " …" : ""
        lines.append(Line(shown.isEmpty ? "none: a adds a point" : shown.joined(separator: " ") + more))
        if model == .bernoulli {
            lines.append("k = \(Int(data.reduce(0, +))) ones")
        }
        lines.append("")
        lines.append(Line("Maximum", style: ScreenStyle.heading))
        if let estimate = closedFormEstimate, let argmax = gridArgmax {
            let closedName = model == .bernoulli ? "k/n" : "x̄"
            lines.append(
                Line(
                    "closed form \(closedName) = \(NumberText.fixed(estimate, 3))",
                    style: Style(foreground: .yellow)))
            lines.append("grid argmax  = \(NumberText.fixed(argmax, 3))")
            lines.append(Line("(grid step \(NumberText.fixed(gridStep, 3)))", style: ScreenStyle.muted))
        } else {
            lines.append("no data: ℓ is flat, every \(name) fits")
        }
        lines.append("true \(name) = \(NumberText.fixed(model.trueParameter, 2))")
        lines.append("")
        let value = model.logLikelihood(probe, data: data)
        lines.append(
            Line("Probe \(name) = \(NumberText.fixed(probe, 2))", style: Style(foreground: .magenta)))
        lines.append("ℓ(\(name)) = \(NumberText.fixed(value, 2))")
        if let estimate = closedFormEstimate {
            let gap = model.logLikelihood(estimate, data: data) - value
            lines.append("ℓ(MLE) − ℓ(\(name)) = \(NumberText.fixed(gap, 2))")
        }
        return StyledText(lines: lines)
    }

    private var gridStep: Double {
        let range = model.parameterRange
        return (range.upperBound - range.lowerBound) / Double(Self.gridPoints - 1)
    }
}
