/// Where the augmentation preview puts its pictures: the original and every copy drawn at one
/// size, so they compare at a glance, the original in its own column and the copies in a grid
/// beside it. The size is the largest that still leaves room for `wantedCopies` copies; when
/// none does, the half-size pictures (the most copies) are used.
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

    /// The copies shown at the largest size leaving room for `wantedCopies`, in an area of
    /// `width` x `height` cells, for images of `pixelWidth` x `pixelHeight` pixels. Pictures are
    /// never drawn larger than the image (one column per pixel) or smaller than half of it.
    static func fitting(
        width: Int, height: Int, pixelWidth: Int, pixelHeight: Int, wantedCopies: Int
    ) -> AugmentationPreviewLayout {
        let largest = max(1, pixelWidth)
        let smallest = max(1, min(largest, (pixelWidth + 1) / 2))
        var best: AugmentationPreviewLayout?
        for pictureWidth in stride(from: largest, through: smallest, by: -1) {
            let pictureHeight = max(1, (pictureWidth * max(1, pixelHeight) + 2 * largest - 1) / (2 * largest))
            // One blank cell between copies; the original's caption sits in its row's gap.
            let columns = max(0, (width - (pictureWidth + 3) + 1) / (pictureWidth + 1))
            let rows = height >= pictureHeight + 1 ? (height + 1) / (pictureHeight + 1) : 0
            let candidate = AugmentationPreviewLayout(
                pictureWidth: pictureWidth, pictureHeight: pictureHeight, columns: columns, rows: rows)
            if candidate.capacity >= wantedCopies { return candidate }
            if candidate.capacity > best?.capacity ?? -1 { best = candidate }
        }
        return best
            ?? AugmentationPreviewLayout(pictureWidth: smallest, pictureHeight: 1, columns: 0, rows: 0)
    }
}
