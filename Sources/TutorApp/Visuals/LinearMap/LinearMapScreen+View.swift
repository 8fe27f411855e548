import Plot
import TerminalCore

extension LinearMapScreen {
    /// Draws the plane on the left and the numbers on the right into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let chrome = VisualChrome(
            title: Self.visualTitle, subtitle: "A·(x, y) = (ax + by, cx + dy) ",
            status: Line([
                Span(" entry \(Self.entryName(selectedEntry)) = ", style: ScreenStyle.heading),
                Span(NumberText.fixed(entries[selectedEntry])),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            let panelWidth = body.width >= 120 ? 44 : 31
            let columns = body.columns([.fill(1), .length(min(panelWidth, body.width / 2))], spacing: 1)
            plot.render(into: &buffer, area: columns[0])
            Paragraph(panel(width: columns[1].width)).render(into: &buffer, area: columns[1])
        }
    }

    /// The plane: grid, circles, basis images and eigen-directions.
    var plot: VectorPlot {
        let map = LinearMap2D(a: entries[0], b: entries[1], c: entries[2], d: entries[3])
        var arrows: [VectorPlot.Arrow] = []
        if analysis.kind != .scalar {
            // A line through the origin with a head at v: the direction that A only stretches.
            let colors: [Color] = [.magenta, .cyan]
            for (index, pair) in analysis.eigenpairs.enumerated() {
                let tip = PlotPoint(x: pair.x, y: pair.y)
                arrows.append(
                    VectorPlot.Arrow(
                        to: tip, from: PlotPoint(x: -pair.x, y: -pair.y), label: "v\(index + 1)",
                        color: colors[index % colors.count]))
            }
        }
        return VectorPlot(arrows: arrows, transform: map, showsUnitCircle: true, theme: theme)
    }

    /// The matrix with the selected entry marked, then the engine's numbers and the lesson.
    func panel(width: Int) -> StyledText {
        var lines: [Line] = [Line("Matrix A", style: ScreenStyle.heading)]
        for row in 0..<2 {
            var spans = [Span(row == 0 ? " ⎡" : " ⎣")]
            for column in 0..<2 {
                let index = row * 2 + column
                let text = " " + NumberText.padded(entries[index], width: 5) + " "
                spans.append(Span(text, style: index == selectedEntry ? ScreenStyle.selection : .plain))
            }
            spans.append(Span(row == 0 ? "⎤" : "⎦"))
            lines.append(Line(spans))
        }
        lines.append("")
        let det = analysis.determinant
        let orientation = det < 0 ? ", flips" : ""
        lines.append("det A = \(NumberText.fixed(det))  (area ×\(NumberText.fixed(abs(det)))\(orientation))")
        lines.append("trace = \(NumberText.fixed(analysis.trace))")
        lines.append("")
        lines.append(
            Line(
                analysis.isSymmetric ? "Eigenvalues (symmetric: eigh)" : "Eigenvalues",
                style: ScreenStyle.heading))
        lines.append(contentsOf: eigenLines)
        lines.append("")
        let e1 = (x: entries[0], y: entries[2])
        let e2 = (x: entries[1], y: entries[3])
        lines.append(Line("Ae₁ = \(pointText(e1.x, e1.y))", style: Style(foreground: .red)))
        lines.append(Line("Ae₂ = \(pointText(e2.x, e2.y))", style: Style(foreground: .green)))
        lines.append(Line(circleImage, style: Style(foreground: .yellow)))
        if let preset {
            lines.append("")
            lines.append(Line(preset.lesson, style: ScreenStyle.muted))
        }
        return StyledText(lines: lines)
    }

    /// What the unit circle becomes, from the singular values σ₁ ≥ σ₂ (the semi-axes of the
    /// image): σ₁,₂² = (S ± √(S² − 4 det²)) / 2 with S the sum of the squared entries.
    private var circleImage: String {
        let squares = entries.map { $0 * $0 }.reduce(0, +)
        let det = analysis.determinant
        let root = max(0, squares * squares - 4 * det * det).squareRoot()
        let major = ((squares + root) / 2).squareRoot()
        let minor = max(0, (squares - root) / 2).squareRoot()
        if minor < 1e-9 * max(1, major) { return "circle → a segment (det 0)" }
        // Equal to the two decimals shown (a rotation typed in hundredths is still a rotation).
        if NumberText.fixed(major) == NumberText.fixed(minor) {
            return "circle → circle, radius \(NumberText.fixed(major))"
        }
        return "circle → ellipse \(NumberText.fixed(major)) × \(NumberText.fixed(minor))"
    }

    private var eigenLines: [Line] {
        let colors: [Color] = [.magenta, .cyan]
        switch analysis.kind {
        case .scalar:
            return ["λ = \(NumberText.fixed(entries[0])) twice:", "every vector is an eigenvector"]
        case .complex(let real, let imaginary):
            return [
                "λ = \(NumberText.fixed(real)) ± \(NumberText.fixed(imaginary))i",
                Line("complex eigenvalues: rotation", style: ScreenStyle.notice),
                "by \(NumberText.fixed(analysis.rotationDegrees ?? 0, 1))°, scale \(NumberText.fixed(analysis.modulus ?? 0))",
            ]
        case .repeated:
            guard let pair = analysis.eigenpairs.first else { return [] }
            return [
                Line(
                    "λ = \(NumberText.fixed(pair.value)) twice, one direction",
                    style: Style(foreground: colors[0])),
                Line("v1 = \(pointText(pair.x, pair.y))", style: Style(foreground: colors[0])),
            ]
        case .twoReal:
            return analysis.eigenpairs.enumerated().map { index, pair in
                Line(
                    "λ\(index + 1) = \(NumberText.fixed(pair.value))  v\(index + 1) = \(pointText(pair.x, pair.y))",
                    style: Style(foreground: colors[index % colors.count]))
            }
        }
    }

    private func pointText(_ x: Double, _ y: Double) -> String {
        "(\(NumberText.fixed(x)), \(NumberText.fixed(y)))"
    }
}
