import TerminalCore

/// Several small images in a grid with a label under each (kernels, digits, samples).
/// The column count is chosen to make the images as large as the area allows, unless set.
public struct ImageGrid: Sendable {
    /// The images, laid out row by row.
    public var images: [PlotImage]
    /// A label per image (missing labels are blank).
    public var labels: [String]
    /// A fixed number of columns, or nil to choose the one giving the largest images.
    public var columns: Int?
    /// How each image is resampled.
    public var scaling: ImageScaling
    /// How each image's values become brightness.
    public var normalization: ImageNormalization
    /// The ramp for grayscale images.
    public var ramp: ColorRamp
    /// Colours and fallbacks.
    public var theme: PlotTheme

    /// A grid of `images` with `labels`.
    public init(
        images: [PlotImage], labels: [String] = [], columns: Int? = nil, scaling: ImageScaling = .area,
        normalization: ImageNormalization = .automatic, ramp: ColorRamp = .grayscale,
        theme: PlotTheme = .standard
    ) {
        self.images = images
        self.labels = labels
        self.columns = columns
        self.scaling = scaling
        self.normalization = normalization
        self.ramp = ramp
        self.theme = theme
    }

    /// The column count that gives the largest images in an area of the given size.
    func bestColumns(width: Int, height: Int) -> Int {
        if let columns { return min(max(1, columns), max(1, images.count)) }
        guard let first = images.first(where: { !$0.isEmpty }) else { return max(1, images.count) }
        var best = 1
        var bestPixels = -1
        for candidate in 1...max(1, images.count) {
            let rows = (images.count + candidate - 1) / candidate
            let tile = tileSize(width: width, height: height, columns: candidate, rows: rows)
            let fitted = ImageView.fittedSize(
                image: first, columns: tile.width, rows: tile.height - 1, allowsUpscaling: true)
            let pixels = fitted.width * fitted.height
            if pixels > bestPixels {
                bestPixels = pixels
                best = candidate
            }
        }
        return best
    }

    private func tileSize(width: Int, height: Int, columns: Int, rows: Int) -> (width: Int, height: Int) {
        ((width - (columns - 1)) / max(1, columns), height / max(1, rows))
    }

    /// Draws the grid into `area`; labels are dropped when tiles are too short for them.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !images.isEmpty else { return }
        let columnCount = bestColumns(width: area.width, height: area.height)
        let rowCount = (images.count + columnCount - 1) / columnCount
        let tile = tileSize(width: area.width, height: area.height, columns: columnCount, rows: rowCount)
        guard tile.width > 0, tile.height > 0 else { return }
        for (index, image) in images.enumerated() {
            let rect = Rect(
                x: area.x + (index % columnCount) * (tile.width + 1),
                y: area.y + (index / columnCount) * tile.height,
                width: tile.width, height: tile.height)
            let label = index < labels.count ? labels[index] : nil
            ImageView(
                image: image, scaling: scaling, normalization: normalization, ramp: ramp,
                caption: tile.height >= 3 ? label : nil, theme: theme
            ).render(into: &buffer, area: rect)
        }
    }
}
