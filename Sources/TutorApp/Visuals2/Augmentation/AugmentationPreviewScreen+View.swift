import Plot
import TerminalCore

extension AugmentationPreviewScreen {
    /// Black maps a little above the bottom of the ramp, so each picture's whole frame shows
    /// (dark grey in colour, dots in monochrome) and a shift can be seen against it.
    private static let normalization = ImageNormalization.fixed(-0.15...1)

    /// Draws the original, the copies, and the strengths with the chosen one highlighted.
    public func render(into buffer: inout Buffer, area: Rect) {
        let isLab = strengths == .lab
        let chrome = VisualChrome(
            title: Self.visualTitle, subtitle: "the lab uses \(AugmentationStrengths.lab.wordsForActive) ",
            status: Line([
                Span(" \(strengths)", style: ScreenStyle.heading),
                Span(isLab ? " (the lab's)" : "", style: ScreenStyle.muted),
                Span(" · \(image.label) · seed \(seed)"),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            drawBody(into: &buffer, area: body)
        }
    }

    private func drawBody(into buffer: inout Buffer, area: Rect) {
        let panelHeight = AugmentationStrengths.Transformation.allCases.count
        var parts = area.rows([.length(1), .fill(1), .length(1), .length(panelHeight)])
        var layout = fitting(parts[1])
        if layout.pictureWidth < (image.width + 1) / 2 {
            // Too short for the header and the gap (a lesson's inline preview): pictures first.
            parts =
                [Rect(x: area.x, y: area.y, width: 0, height: 0)]
                + area.rows([.fill(1), .length(0), .length(panelHeight)])
            layout = fitting(parts[1])
        }
        let shown = min(layout.capacity, copies.count)
        drawHeader(layout: layout, shown: shown, into: &buffer, area: parts[0])
        drawPictures(layout: layout, shown: shown, into: &buffer, area: parts[1])
        drawPanel(into: &buffer, area: parts[3])
    }

    private func fitting(_ area: Rect) -> AugmentationPreviewLayout {
        AugmentationPreviewLayout.fitting(
            width: area.width, height: area.height, pixelWidth: image.width, pixelHeight: image.height,
            copies: copies.count)
    }

    private func drawHeader(
        layout: AugmentationPreviewLayout, shown: Int, into buffer: inout Buffer, area: Rect
    ) {
        guard !area.isEmpty else { return }
        buffer.setString(
            "original", x: area.x, y: area.y, style: ScreenStyle.heading, maxWidth: layout.pictureWidth)
        let copiesText =
            strengths == .off
            ? "\(shown) copies: every transformation is off, so each is the original"
            : "\(shown) copies, each transformed with its own random draws"
        let x = area.x + layout.copiesOffset
        buffer.setString(
            copiesText, x: x, y: area.y, style: ScreenStyle.muted, maxWidth: max(0, area.maxX - x))
    }

    private func drawPictures(
        layout: AugmentationPreviewLayout, shown: Int, into buffer: inout Buffer, area: Rect
    ) {
        guard layout.rows > 0 else { return }
        let size = (width: layout.pictureWidth, height: layout.pictureHeight)
        // The caption goes in the gap under the original, when there is one.
        let hasCaptionRow = area.height > size.height
        picture(image.pixels, caption: hasCaptionRow ? image.label : nil).render(
            into: &buffer,
            area: Rect(x: area.x, y: area.y, width: size.width, height: size.height + (hasCaptionRow ? 1 : 0))
        )
        let separatorX = area.x + size.width + 1
        let separatorHeight = min(area.height, layout.rows * (size.height + 1) - 1)
        for row in 0..<separatorHeight {
            buffer.setString("│", x: separatorX, y: area.y + row, style: ScreenStyle.muted)
        }
        for index in 0..<shown {
            let x = area.x + layout.copiesOffset + (index % layout.columns) * (size.width + 1)
            let y = area.y + (index / layout.columns) * (size.height + 1)
            picture(copies[index], caption: nil).render(
                into: &buffer, area: Rect(x: x, y: y, width: size.width, height: size.height))
        }
    }

    private func picture(_ pixels: [Double], caption: String?) -> ImageView {
        ImageView(
            image: PlotImage(width: image.width, height: image.height, gray: pixels), scaling: .area,
            normalization: Self.normalization, caption: caption, theme: theme)
    }

    /// One row per transformation: its strength, the levels with the current one in brackets,
    /// and beside them what the chosen transformation does.
    private func drawPanel(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var panelWidth = 0
        for (offset, transformation) in AugmentationStrengths.Transformation.allCases.enumerated()
        where offset < area.height {
            let isSelected = transformation == selected
            let levels = AugmentationStrengths.levelTexts(of: transformation).enumerated().map {
                index, text in
                index == strengths.level(of: transformation) ? "[\(text)]" : text
            }
            let words = strengths.words(for: transformation)
            let name = transformation.label
            let value = String(words.dropFirst(name.count + 1))
            let text =
                "\(isSelected ? "▸" : " ") \(name.padding(toLength: 9, withPad: " ", startingAt: 0))"
                + "\(value.padding(toLength: 8, withPad: " ", startingAt: 0))\(levels.joined(separator: " ")) "
            panelWidth = max(panelWidth, DisplayWidth.width(of: text))
            buffer.setString(
                text, x: area.x, y: area.y + offset, style: isSelected ? ScreenStyle.selection : .plain,
                maxWidth: area.width)
        }
        let textX = area.x + panelWidth + 1
        guard textX < area.maxX - 10 else { return }
        Paragraph(StyledText(lines: [Line(Self.explanation(of: selected), style: ScreenStyle.muted)]))
            .render(
                into: &buffer, area: Rect(x: textX, y: area.y, width: area.maxX - textX, height: area.height))
    }

    /// What a transformation does to each copy, and why the lab sets it as it does.
    static func explanation(of transformation: AugmentationStrengths.Transformation) -> String {
        switch transformation {
        case .rotation:
            "Turns each copy about its centre by a random angle up to this many degrees either way. "
                + "Handwriting slants by a few degrees."
        case .translation:
            "Moves each copy by a random whole number of pixels, up to this many across and down; "
                + "the edge left behind is black."
        case .noise:
            "Adds Gaussian noise of this σ to every pixel, clipped to 0…1. MNIST backgrounds are "
                + "clean black; the lab adds no noise."
        }
    }
}
