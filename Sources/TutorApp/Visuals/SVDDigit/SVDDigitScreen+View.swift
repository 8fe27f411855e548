import Plot
import TerminalCore

extension SVDDigitScreen {
    /// Draws original, reconstruction and error curve into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let error = NumberText.fixed(currentError * 100, 1)
        let chrome = VisualChrome(
            title: Self.visualTitle, subtitle: "A_k = σ₁u₁v₁ᵀ + … + σ_k u_k v_kᵀ ",
            status: Line([
                Span(" k = \(rank) of \(decomposition.maximumRank)", style: ScreenStyle.heading),
                Span(" · error \(error)% · image \(imageIndex + 1)/\(images.count)"),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            let textRows = body.height >= 30 ? 4 : 3
            let parts = body.rows([.fill(1), .length(textRows)])
            let imageWidth = max(8, min(parts[0].width * 3 / 10, parts[0].height * 2 + 2))
            let columns = parts[0].columns([.length(imageWidth), .length(imageWidth), .fill(1)], spacing: 1)
            let normalization = ImageNormalization.fixed(0...1)
            ImageView(
                image: PlotImage(width: image.width, height: image.height, gray: image.pixels),
                normalization: normalization, caption: "original (\(image.label))", theme: theme
            ).render(into: &buffer, area: columns[0])
            ImageView(
                image: PlotImage(
                    width: image.width, height: image.height, gray: decomposition.reconstruction(rank: rank)),
                normalization: normalization, caption: "rank k = \(rank)", theme: theme
            ).render(into: &buffer, area: columns[1])
            errorChart.render(into: &buffer, area: columns[2])
            Paragraph(explanation).render(into: &buffer, area: parts[1])
        }
    }

    /// The error curve over k with a vertical line at the current k.
    var errorChart: LineChart {
        let ks = (1...decomposition.maximumRank).map(Double.init)
        let errors = decomposition.relativeErrors
        let marker = LineSeries(
            name: "k = \(rank)", x: [Double(rank), Double(rank)], y: [0, 1], color: .yellow, symbol: "|")
        return LineChart(
            series: [LineSeries(name: "‖A−A_k‖/‖A‖", x: ks, y: errors, color: .cyan, symbol: "*"), marker],
            xAxis: AxisOptions(title: "k", range: 1...Double(decomposition.maximumRank), padding: 0),
            yAxis: AxisOptions(range: 0...1), showsLatestValue: false, theme: theme)
    }

    /// What the numbers mean: storage saved and the singular values kept.
    var explanation: StyledText {
        let m = image.height
        let n = image.width
        let stored = rank * (m + n + 1)
        let kept = decomposition.singularValues.prefix(rank).map { NumberText.fixed($0, 1) }.joined(
            separator: " ")
        let dropped =
            decomposition.singularValues.dropFirst(rank).first.map { NumberText.fixed($0, 1) } ?? "none"
        return StyledText(lines: [
            Line([
                Span("kept σ: ", style: ScreenStyle.heading), Span(kept),
                Span("  next dropped: \(dropped)", style: ScreenStyle.muted),
            ]),
            Line(
                "storage: k·(m+n+1) = \(rank)·(\(m)+\(n)+1) = \(stored) numbers vs \(m * n) pixels; "
                    + "error² = sum of the dropped σ²"),
        ])
    }
}
