import Plot
import TerminalCore

extension SamplingHistogramScreen {
    /// Draws the histogram with the density and the sample statistics into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let state = isPlaying ? "▶ growing" : "❚❚ paused"
        let chrome = VisualChrome(
            title: "Sampling · \(distribution.title)", subtitle: distribution.formula + " ",
            status: Line([
                Span(" \(state) ", style: ScreenStyle.heading), Span("n = \(tally.count)"),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            let parts = body.rows([.fill(1), .length(2)])
            histogram.render(into: &buffer, area: parts[0])
            Paragraph(statistics).render(into: &buffer, area: parts[1])
        }
    }

    /// The bars and the truth.
    var histogram: DensityHistogramView {
        let range = distribution.range
        var truth: [[PlotPoint]]
        var labels: [String]? = nil
        if distribution.isDiscrete {
            // A short level mark over each value: where its bar should end.
            truth = (0..<distribution.binCount).map { value in
                let p = distribution.density(at: Double(value))
                return [PlotPoint(x: Double(value) - 0.3, y: p), PlotPoint(x: Double(value) + 0.3, y: p)]
            }
            labels = (0..<distribution.binCount).map(String.init)
        } else {
            let samples = 240
            truth = [
                (0...samples).map { step in
                    let x =
                        range.lowerBound + (range.upperBound - range.lowerBound) * Double(step)
                        / Double(samples)
                    return PlotPoint(x: x, y: distribution.density(at: x))
                }
            ]
        }
        return DensityHistogramView(
            heights: tally.densities, range: range, truth: truth, binLabels: labels, theme: theme)
    }

    /// Sample mean and variance against the truth, and the distance between the histogram
    /// and the distribution.
    var statistics: StyledText {
        // No samples, no sample statistics: a made-up 0.000 would read as a measurement.
        let sampleMean = tally.count > 0 ? NumberText.fixed(tally.mean, 3) : "—"
        let sampleVariance = tally.count > 1 ? NumberText.fixed(tally.variance, 3) : "—"
        let mean = "mean \(sampleMean) vs \(NumberText.fixed(distribution.mean, 3))"
        let variance = "var \(sampleVariance) vs \(NumberText.fixed(distribution.variance, 3))"
        let distance = tally.count > 0 ? NumberText.fixed(totalVariation, 3) : "—"
        let outside = tally.outside > 0 ? " · \(tally.outside) outside the plot" : ""
        return StyledText(lines: [
            Line([
                Span("bars: samples  ", style: Style(foreground: .blue)),
                Span("line: density", style: Style(foreground: .yellow)),
                Span("  \(mean) · \(variance)"),
            ]),
            Line(
                "distance ½∑|bar − truth| = \(distance) (shrinks like 1/√n)\(outside)",
                style: ScreenStyle.muted),
        ])
    }
}
