import Foundation

/// Random, seeded transformations of grey images (rotation, translation, Gaussian noise)
/// applied in the order given. Drawing from the same generator state always gives the same
/// result, so augmented training runs are reproducible.
public struct ImageAugmentation: Sendable, Equatable {
    /// One transformation with the range its random parameter is drawn from.
    public enum Step: Sendable, Equatable {
        /// Rotate about the centre by an angle drawn uniformly from `-maxDegrees...maxDegrees`.
        case rotation(maxDegrees: Float)
        /// Shift by whole pixels drawn uniformly from `-maxPixels...maxPixels` on each axis.
        case translation(maxPixels: Int)
        /// Add Gaussian noise of standard deviation `standardDeviation`, clamped to [0, 1].
        case gaussianNoise(standardDeviation: Float)
    }

    /// The transformations, applied first to last.
    public var steps: [Step]

    /// Composes `steps`.
    public init(_ steps: [Step]) {
        self.steps = steps
    }

    /// A sensible default for digits: up to 10 degrees, up to 2 pixels, no noise.
    public static let digits = ImageAugmentation([.rotation(maxDegrees: 10), .translation(maxPixels: 2)])

    /// Applies every step to one `height x width` image (row-major), drawing parameters from
    /// `generator`. Returns the input unchanged if its size does not match.
    public func apply(
        to image: [Float], height: Int, width: Int, using generator: inout RandomGenerator
    ) -> [Float] {
        guard height > 0, width > 0, image.count == height * width else { return image }
        var result = image
        for step in steps {
            switch step {
            case .rotation(let maxDegrees):
                let degrees = (2 * generator.uniform() - 1) * maxDegrees
                result = ImageAugmentation.rotate(result, height: height, width: width, degrees: degrees)
            case .translation(let maxPixels):
                // Clamped so the range arithmetic cannot overflow; larger shifts only blank the image.
                let limit = Swift.min(Swift.max(0, maxPixels), Swift.max(height, width))
                let dx = generator.int(in: -limit..<(limit + 1))
                let dy = generator.int(in: -limit..<(limit + 1))
                result = ImageAugmentation.translate(result, height: height, width: width, dx: dx, dy: dy)
            case .gaussianNoise(let standardDeviation):
                for index in result.indices {
                    result[index] = Swift.min(
                        1, Swift.max(0, result[index] + standardDeviation * generator.normal()))
                }
            }
        }
        return result
    }

    /// A copy of an image dataset (`[channels, height, width]` samples) with every example
    /// transformed, one generator seeded by `seed` for the whole set; used for previews and
    /// for fixed augmented copies.
    /// - Throws: `DataError.invalidArgument` unless the samples are 3-D images.
    public func augmented(_ dataset: LabeledDataset, seed: UInt64) throws -> LabeledDataset {
        guard dataset.sampleShape.count == 3 else {
            throw DataError.invalidArgument(
                "augmentation needs image samples [channels, height, width], got \(dataset.sampleShape)")
        }
        var generator = RandomGenerator(seed: seed)
        var features = dataset.features
        augmentInPlace(&features, sampleShape: dataset.sampleShape, using: &generator)
        return try LabeledDataset(
            name: dataset.name + " (augmented)", features: features, sampleShape: dataset.sampleShape,
            labels: dataset.labels, classNames: dataset.classNames)
    }

    /// Transforms every `[channels, height, width]` sample stored consecutively in `features`;
    /// each channel of a sample is transformed separately with its own draws.
    func augmentInPlace(_ features: inout [Float], sampleShape: [Int], using generator: inout RandomGenerator)
    {
        guard sampleShape.count == 3, !steps.isEmpty else { return }
        let (height, width) = (sampleShape[1], sampleShape[2])
        let plane = height * width
        guard plane > 0 else { return }
        for start in stride(from: 0, to: features.count - plane + 1, by: plane) {
            let image = Array(features[start..<start + plane])
            let transformed = apply(to: image, height: height, width: width, using: &generator)
            features.replaceSubrange(start..<start + plane, with: transformed)
        }
    }

    /// Rotates an image about its centre by `degrees` (counter-clockwise on screen) with
    /// bilinear interpolation; pixels that come from outside the image are 0.
    public static func rotate(_ image: [Float], height: Int, width: Int, degrees: Float) -> [Float] {
        guard image.count == height * width, degrees != 0, degrees.isFinite else { return image }
        let radians = Double(degrees) * Double.pi / 180
        let (cosine, sine) = (cos(radians), sin(radians))
        let centerX = Double(width - 1) / 2
        let centerY = Double(height - 1) / 2
        var result = [Float](repeating: 0, count: image.count)
        for row in 0..<height {
            for column in 0..<width {
                // Inverse mapping: find where this output pixel comes from in the input.
                let dx = Double(column) - centerX
                let dy = Double(row) - centerY
                let sourceX = cosine * dx - sine * dy + centerX
                let sourceY = sine * dx + cosine * dy + centerY
                result[row * width + column] = bilinear(
                    image, height: height, width: width, x: sourceX, y: sourceY)
            }
        }
        return result
    }

    /// Shifts an image right by `dx` and down by `dy` pixels (negative values go left/up),
    /// filling the uncovered border with 0.
    public static func translate(_ image: [Float], height: Int, width: Int, dx: Int, dy: Int) -> [Float] {
        guard image.count == height * width else { return image }
        var result = [Float](repeating: 0, count: image.count)
        for row in 0..<height {
            let sourceRow = row - dy
            guard sourceRow >= 0, sourceRow < height else { continue }
            for column in 0..<width {
                let sourceColumn = column - dx
                guard sourceColumn >= 0, sourceColumn < width else { continue }
                result[row * width + column] = image[sourceRow * width + sourceColumn]
            }
        }
        return result
    }

    /// The image sampled at a fractional position, 0 outside.
    private static func bilinear(_ image: [Float], height: Int, width: Int, x: Double, y: Double) -> Float {
        let x0 = Int(x.rounded(.down))
        let y0 = Int(y.rounded(.down))
        let fx = Float(x - Double(x0))
        let fy = Float(y - Double(y0))
        func pixel(_ column: Int, _ row: Int) -> Float {
            guard row >= 0, row < height, column >= 0, column < width else { return 0 }
            return image[row * width + column]
        }
        let top = pixel(x0, y0) * (1 - fx) + pixel(x0 + 1, y0) * fx
        let bottom = pixel(x0, y0 + 1) * (1 - fx) + pixel(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }
}
