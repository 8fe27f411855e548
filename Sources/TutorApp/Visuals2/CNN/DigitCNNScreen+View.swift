import Foundation
import Plot
import TerminalCore

extension DigitCNNScreen {
    /// Draws the current page.
    public func render(into buffer: inout Buffer, area: Rect) {
        let state = isTraining ? "▶ training" : "❚❚ stopped"
        var parts = [Span(" \(state)", style: ScreenStyle.heading)]
        if let report {
            let loss = report.losses.last.map { NumberText.fixed($0, 3) } ?? "–"
            parts.append(Span(" · step \(report.step)/\(Self.maximumSteps) · loss \(loss)"))
            if let accuracy = report.accuracy {
                parts.append(Span(" · test accuracy \(NumberText.fixed(accuracy * 100, 1))%"))
            }
        } else {
            parts.append(Span(" · press space to train LeNet-5 (about \(Self.maximumSteps) steps)"))
        }
        let chrome = VisualChrome(
            // The title names the page shown, whichever page the screen opened on.
            title: showsConfusion ? ConfusionMatrixKind.visualTitle : FeatureMapsKind.visualTitle,
            subtitle: showsConfusion ? "test set " : "conv1: 6 kernels 5×5 ",
            status: Line(parts), notice: notice, hints: keyHints, helpHints: helpHints,
            showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            guard let report else {
                let lines = [
                    Line("Nothing trained yet.", style: ScreenStyle.heading),
                    Line(
                        "Space trains a LeNet-5 on 1,000 MNIST digits for a few seconds; the kernels and "
                            + "feature maps update as it learns, and the confusion matrix appears at the end.",
                        style: ScreenStyle.muted),
                ]
                Paragraph(StyledText(lines: lines)).render(into: &buffer, area: body.inset(by: 1))
                return
            }
            if showsConfusion {
                drawConfusion(report, into: &buffer, area: body)
            } else {
                drawFeatures(report, into: &buffer, area: body)
            }
        }
    }

    private func drawFeatures(_ report: DigitCNNReport, into buffer: inout Buffer, area: Rect) {
        let leftWidth = min(max(20, area.width / 3), 40)
        let columns = area.columns([.length(leftWidth), .length(1), .fill(1)])
        let left = columns[0].rows([.fill(1), .fill(1)])
        let probe = min(digitIndex, max(0, report.probeImages.count - 1))
        if probe < report.probeImages.count {
            let image = PlotImage(
                width: report.imageSide, height: report.imageSide, gray: report.probeImages[probe])
            ImageGrid(
                images: [image], labels: ["test digit \(report.probeLabels[probe])"], columns: 1, theme: theme
            ).render(into: &buffer, area: left[0])
        }
        if left[1].height >= 4, !report.losses.isEmpty {
            LineChart(
                series: [
                    LineSeries(name: "loss", values: report.losses, color: .yellow, smoothing: 0.8, xStart: 1)
                ],
                xAxis: AxisOptions(title: "step", padding: 0), showsLegend: false, theme: theme
            ).render(into: &buffer, area: left[1])
        }
        let right = columns[2].rows([.length(1), .fill(2), .length(1), .fill(3)])
        buffer.setString(
            "learned kernels (blue −, red +):", x: right[0].x, y: right[0].y, style: ScreenStyle.heading)
        let kernels = report.kernels.map {
            PlotImage(width: report.kernelSide, height: report.kernelSide, gray: $0)
        }
        ImageGrid(
            images: kernels, labels: kernels.indices.map { "k\($0 + 1)" }, columns: kernels.count,
            scaling: .nearest, normalization: .symmetric, ramp: .diverging, theme: theme
        ).render(into: &buffer, area: right[1])
        buffer.setString(
            "feature maps of the digit: ReLU(kernel ⊛ digit)", x: right[2].x, y: right[2].y,
            style: ScreenStyle.heading)
        let maps = (probe < report.featureMaps.count ? report.featureMaps[probe] : []).map {
            PlotImage(width: report.mapSide, height: report.mapSide, gray: $0)
        }
        ImageGrid(
            images: maps, labels: maps.indices.map { "k\($0 + 1)" }, columns: maps.count, theme: theme
        ).render(into: &buffer, area: right[3])
    }

    private func drawConfusion(_ report: DigitCNNReport, into buffer: inout Buffer, area: Rect) {
        guard let confusion = report.confusion else {
            let text = "The confusion matrix appears when training ends (step \(Self.maximumSteps))."
            buffer.setString(
                String(text.prefix(area.width - 1)), x: area.x + 1, y: area.y + 1, style: ScreenStyle.muted)
            return
        }
        let columns = area.columns([.fill(1), .length(1), .fill(1)])
        ConfusionMatrixView(
            counts: confusion, labels: confusion.indices.map(String.init), theme: theme
        ).render(into: &buffer, area: columns[0])
        let right = columns[2].rows([.length(1), .fill(1)])
        buffer.setString(
            "misclassified (true→guess):", x: right[0].x, y: right[0].y, style: ScreenStyle.heading)
        let images = report.mistakes.map {
            PlotImage(width: report.imageSide, height: report.imageSide, gray: $0.pixels)
        }
        ImageGrid(
            images: images, labels: report.mistakes.map { "\($0.actual)→\($0.predicted)" }, theme: theme
        ).render(into: &buffer, area: right[1])
    }
}
