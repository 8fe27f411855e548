/// How an image is resampled to the size it is shown at.
public enum ImageScaling: Sendable, Hashable {
    /// Each output pixel copies the source pixel under its centre: crisp, for upscaling
    /// tiny kernels.
    case nearest
    /// Each output pixel averages the source pixels it covers (weighted by overlap): smooth,
    /// for shrinking digits or photos without losing thin strokes.
    case area
}

/// How pixel values map to brightness (or to the diverging ramp).
public enum ImageNormalization: Sendable, Hashable {
    /// This range maps to black...white; values outside are clamped.
    case fixed(ClosedRange<Double>)
    /// The image's own min...max maps to black...white.
    case automatic
    /// -m...m (m the largest magnitude) on the diverging ramp: for signed kernels.
    case symmetric
}

extension PlotImage {
    /// The image resampled to `width` x `height` pixels, one channel at a time.
    func resampled(width: Int, height: Int, scaling: ImageScaling) -> [[Double]] {
        guard width > 0, height > 0, !isEmpty else { return [] }
        let scaleX = Double(self.width) / Double(width)
        let scaleY = Double(self.height) / Double(height)
        return (0..<channels).map { channel in
            var output = [Double](repeating: .nan, count: width * height)
            for y in 0..<height {
                for x in 0..<width {
                    output[y * width + x] =
                        switch scaling {
                        case .nearest:
                            value(
                                x: min(self.width - 1, Int((Double(x) + 0.5) * scaleX)),
                                y: min(self.height - 1, Int((Double(y) + 0.5) * scaleY)), channel: channel)
                        case .area:
                            boxAverage(
                                x0: Double(x) * scaleX, x1: Double(x + 1) * scaleX, y0: Double(y) * scaleY,
                                y1: Double(y + 1) * scaleY, channel: channel)
                        }
                }
            }
            return output
        }
    }

    /// The overlap-weighted mean of the source pixels in [x0, x1) x [y0, y1), ignoring NaN.
    private func boxAverage(x0: Double, x1: Double, y0: Double, y1: Double, channel: Int) -> Double {
        var total = 0.0
        var weight = 0.0
        for y in Int(y0)..<min(height, Int(y1.rounded(.up))) {
            let height = min(y1, Double(y + 1)) - max(y0, Double(y))
            guard height > 0 else { continue }
            for x in Int(x0)..<min(width, Int(x1.rounded(.up))) {
                let width = min(x1, Double(x + 1)) - max(x0, Double(x))
                let sample = value(x: x, y: y, channel: channel)
                guard width > 0, sample.isFinite else { continue }
                total += sample * width * height
                weight += width * height
            }
        }
        return weight > 0 ? total / weight : .nan
    }
}
