import TerminalCore

/// An image drawn with half blocks (two pixels per cell, one above the other), scaled to
/// fit its area with the aspect ratio kept, centred, with an optional border and caption.
/// On monochrome terminals each cell shows a density character instead.
public struct ImageView: Sendable {
    /// The image.
    public var image: PlotImage
    /// How it is resampled.
    public var scaling: ImageScaling
    /// How values become brightness (grayscale images; RGB values are taken as 0...1).
    public var normalization: ImageNormalization
    /// The ramp for grayscale images (`.symmetric` normalization uses `.diverging`).
    public var ramp: ColorRamp
    /// Whether to frame the image with a line border.
    public var showsBorder: Bool
    /// Text under the image (truncated to the width).
    public var caption: String?
    /// Whether the image may grow beyond its own size (nearest scaling keeps it crisp).
    public var allowsUpscaling: Bool
    /// Colours and fallbacks.
    public var theme: PlotTheme

    /// A view of `image`; the defaults fit the image with area scaling and automatic levels.
    public init(
        image: PlotImage, scaling: ImageScaling = .area, normalization: ImageNormalization = .automatic,
        ramp: ColorRamp = .grayscale, showsBorder: Bool = false, caption: String? = nil,
        allowsUpscaling: Bool = true, theme: PlotTheme = .standard
    ) {
        self.image = image
        self.scaling = scaling
        self.normalization = normalization
        self.ramp = ramp
        self.showsBorder = showsBorder
        self.caption = caption
        self.allowsUpscaling = allowsUpscaling
        self.theme = theme
    }

    /// The size in pixels the image is shown at inside `cells` (pixels are half a cell tall).
    static func fittedSize(
        image: PlotImage, columns: Int, rows: Int, allowsUpscaling: Bool
    ) -> (width: Int, height: Int) {
        guard !image.isEmpty, columns > 0, rows > 0 else { return (0, 0) }
        var scale = min(Double(columns) / Double(image.width), Double(rows * 2) / Double(image.height))
        if !allowsUpscaling { scale = min(scale, 1) }
        let width = max(1, min(columns, Int((Double(image.width) * scale).rounded(.down))))
        let height = max(1, min(rows * 2, Int((Double(image.height) * scale).rounded(.down))))
        return (width, height)
    }

    /// Draws the image into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let captionRows = caption != nil && area.height >= 2 ? 1 : 0
        let border = showsBorder && area.width >= 4 && area.height - captionRows >= 3 ? 1 : 0
        let inner = area.inset(top: border, left: border, bottom: border + captionRows, right: border)
        guard !inner.isEmpty else { return }
        let size = ImageView.fittedSize(
            image: image, columns: inner.width, rows: inner.height, allowsUpscaling: allowsUpscaling)
        let cellRows = (size.height + 1) / 2
        let origin = (
            x: inner.x + (inner.width - size.width) / 2, y: inner.y + (inner.height - cellRows) / 2
        )
        if size.width > 0 {
            drawPixels(into: &buffer, x: origin.x, y: origin.y, width: size.width, height: size.height)
        }
        let picture = Rect(x: origin.x, y: origin.y, width: size.width, height: cellRows)
        if border == 1 {
            drawBorder(around: picture, into: &buffer)
        }
        if captionRows == 1, let caption {
            let row = min(picture.maxY + border, area.maxY - 1)
            let width = min(DisplayWidth.width(of: caption), area.width)
            let start = max(area.x, picture.x + (picture.width - width) / 2)
            buffer.setString(
                caption, x: min(start, area.maxX - width), y: row, style: theme.labelStyle, maxWidth: width)
        }
    }

    private func drawPixels(into buffer: inout Buffer, x: Int, y: Int, width: Int, height: Int) {
        let channels = image.resampled(width: width, height: height, scaling: scaling)
        guard !channels.isEmpty else { return }
        let (low, high, activeRamp) = levels()
        let span = high - low
        let scale = span > 0 ? 1 / span : 0
        func normalized(_ value: Double) -> Double { (value - low) * scale }
        func color(_ index: Int) -> Color {
            if channels.count == 3 {
                let (r, g, b) = (channels[0][index], channels[1][index], channels[2][index])
                guard r.isFinite, g.isFinite, b.isFinite else { return .terminalDefault }
                func byte(_ v: Double) -> UInt8 { UInt8(min(max(v, 0), 1) * 255) }
                return .rgb(byte(r), byte(g), byte(b))
            }
            return activeRamp.color(at: normalized(channels[0][index]))
        }
        func brightness(_ index: Int) -> Double {
            if channels.count == 3 {
                return 0.299 * channels[0][index] + 0.587 * channels[1][index] + 0.114 * channels[2][index]
            }
            return normalized(channels[0][index])
        }
        for row in 0..<((height + 1) / 2) {
            for column in 0..<width {
                let top = (2 * row) * width + column
                let bottomRow = 2 * row + 1
                let bottom = bottomRow < height ? bottomRow * width + column : nil
                let cell: Cell
                if theme.usesColor {
                    cell = Cell(
                        CanvasGlyphs.upperHalf,
                        style: Style(
                            foreground: color(top), background: bottom.map(color) ?? .terminalDefault))
                } else {
                    let values = [brightness(top)] + (bottom.map { [brightness($0)] } ?? [])
                    let finite = values.filter(\.isFinite)
                    let mean = finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
                    cell = Cell(DensityRamp.character(at: mean))
                }
                buffer.setCell(cell, x: x + column, y: y + row)
            }
        }
    }

    /// The values mapped to the ramp's ends, and the ramp to use.
    private func levels() -> (Double, Double, ColorRamp) {
        let summary = image.summary
        switch normalization {
        case .fixed(let range): return (range.lowerBound, range.upperBound, ramp)
        case .automatic:
            guard summary.hasFiniteValues else { return (0, 1, ramp) }
            return (summary.minimum, summary.maximum, ramp)
        case .symmetric:
            let extent = summary.hasFiniteValues ? max(abs(summary.minimum), abs(summary.maximum)) : 1
            return (-extent, extent, .diverging)
        }
    }

    private func drawBorder(around picture: Rect, into buffer: inout Buffer) {
        let style = theme.axisStyle
        let left = picture.x - 1
        let right = picture.maxX
        let top = picture.y - 1
        let bottom = picture.maxY
        for column in picture.x..<picture.maxX {
            buffer.setCell(Cell("─", style: style), x: column, y: top)
            buffer.setCell(Cell("─", style: style), x: column, y: bottom)
        }
        for row in picture.y..<picture.maxY {
            buffer.setCell(Cell("│", style: style), x: left, y: row)
            buffer.setCell(Cell("│", style: style), x: right, y: row)
        }
        buffer.setCell(Cell("┌", style: style), x: left, y: top)
        buffer.setCell(Cell("┐", style: style), x: right, y: top)
        buffer.setCell(Cell("└", style: style), x: left, y: bottom)
        buffer.setCell(Cell("┘", style: style), x: right, y: bottom)
    }
}
