/// Where the augmentation preview puts its pictures: the original and every copy drawn at one
/// size, so they compare at a glance, the original in its own column and the copies in a grid
/// beside it. Of the sizes from the image's own (one column per pixel) down to half of it, the
/// one whose copies cover the most of the area wins, so a small terminal gets several half-size
/// copies rather than one large one, and a large terminal gets both more and larger copies.
/// Smaller sizes are used only when not even one half-size copy fits (a lesson's short preview).
struct AugmentationPreviewLayout: Equatable {
    /// Cells across one picture.
    var pictureWidth: Int
    /// Cells down one picture (a cell row holds two pixel rows).
    var pictureHeight: Int
    /// Copies across.
    var columns: Int
    /// Copies down.
    var rows: Int

    /// Copies that fit (columns x rows).
    var capacity: Int { columns * rows }

    /// Cells from the left edge to the first copy: the original, a gap, the separator, a gap.
    var copiesOffset: Int { pictureWidth + 3 }

    /// The layout for at most `copies` copies in an area of `width` x `height` cells, for images
    /// of `pixelWidth` x `pixelHeight` pixels.
    static func fitting(
        width: Int, height: Int, pixelWidth: Int, pixelHeight: Int, copies: Int
    ) -> AugmentationPreviewLayout {
        let largest = max(1, pixelWidth)
        let half = max(1, (largest + 1) / 2)
        func covered(_ layout: AugmentationPreviewLayout) -> Int {
            min(layout.capacity, copies) * layout.pictureWidth * layout.pictureHeight
        }
        var best = sized(half, width: width, height: height, pixelWidth: largest, pixelHeight: pixelHeight)
        for pictureWidth in stride(from: largest, to: half, by: -1) {
            let candidate = sized(
                pictureWidth, width: width, height: height, pixelWidth: largest, pixelHeight: pixelHeight)
            if covered(candidate) > covered(best) { best = candidate }
        }
        guard best.capacity == 0 else { return best }
        for pictureWidth in stride(from: half - 1, through: min(half, 4), by: -1) {
            let candidate = sized(
                pictureWidth, width: width, height: height, pixelWidth: largest, pixelHeight: pixelHeight)
            if candidate.capacity > 0 { return candidate }
        }
        return best
    }

    /// The grid of pictures `pictureWidth` cells across.
    private static func sized(
        _ pictureWidth: Int, width: Int, height: Int, pixelWidth: Int, pixelHeight: Int
    ) -> AugmentationPreviewLayout {
        // Two pixel rows per cell row, rounded up.
        let pictureHeight = max(
            1, (pictureWidth * max(1, pixelHeight) + 2 * pixelWidth - 1) / (2 * pixelWidth))
        // One blank cell between copies, across and down; the original's caption sits in the gap.
        let columns = max(0, (width - (pictureWidth + 3) + 1) / (pictureWidth + 1))
        let rows = max(0, (height + 1) / (pictureHeight + 1))
        return AugmentationPreviewLayout(
            pictureWidth: pictureWidth, pictureHeight: pictureHeight, columns: columns, rows: rows)
    }
}
