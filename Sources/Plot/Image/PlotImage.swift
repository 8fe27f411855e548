/// A small raster image (row 0 at the top): grayscale or RGB, values usually in 0...1.
public struct PlotImage: Sendable {
    /// How the pixels are stored.
    public enum Pixels: Sendable {
        /// One value per pixel, row-major.
        case gray([Double])
        /// Three values (red, green, blue) per pixel, row-major, interleaved.
        case rgb([Double])
    }

    /// Pixels across.
    public let width: Int
    /// Pixels down.
    public let height: Int
    /// The pixel values; exactly `width * height` (times 3 for RGB) of them.
    public let pixels: Pixels

    /// A grayscale image from row-major values; missing values become NaN (drawn blank)
    /// and extra ones are ignored. Sizes beyond 64 Mi pixels give an empty image.
    public init(width: Int, height: Int, gray: [Double]) {
        (self.width, self.height) = GridSize.clamped(width: width, height: height)
        pixels = .gray(PlotImage.resized(gray, to: self.width * self.height))
    }

    /// An RGB image from row-major interleaved values (r, g, b per pixel, 0...1).
    public init(width: Int, height: Int, rgb: [Double]) {
        (self.width, self.height) = GridSize.clamped(width: width, height: height, channels: 3)
        pixels = .rgb(PlotImage.resized(rgb, to: self.width * self.height * 3))
    }

    /// A grayscale image from rows (row 0 at the top); ragged rows are padded with NaN.
    public init(grayRows: [[Double]]) {
        let width = grayRows.map(\.count).max() ?? 0
        var flat: [Double] = []
        for row in grayRows { flat += row + Array(repeating: .nan, count: width - row.count) }
        self.init(width: width, height: grayRows.count, gray: flat)
    }

    private static func resized(_ values: [Double], to count: Int) -> [Double] {
        if values.count == count { return values }
        return Array(values.prefix(count)) + Array(repeating: .nan, count: max(0, count - values.count))
    }

    /// Whether the image has no pixels.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The number of channels (1 or 3).
    public var channels: Int {
        if case .rgb = pixels { return 3 }
        return 1
    }

    /// The smallest and largest finite values over all channels.
    public var summary: SampleSummary {
        var result = SampleSummary()
        switch pixels {
        case .gray(let values), .rgb(let values):
            for value in values { result.add(value) }
        }
        return result
    }

    /// The value of channel `channel` at pixel (`x`, `y`), NaN outside.
    func value(x: Int, y: Int, channel: Int) -> Double {
        guard x >= 0, y >= 0, x < width, y < height else { return .nan }
        switch pixels {
        case .gray(let values): return values[y * width + x]
        case .rgb(let values): return values[(y * width + x) * 3 + min(max(channel, 0), 2)]
        }
    }
}
