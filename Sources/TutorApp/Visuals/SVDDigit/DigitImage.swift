import Foundation
import TensorEngine

/// One grayscale image for the SVD visual, with a caption ("digit 3").
public struct DigitImage: Sendable, Hashable {
    /// The pixels, row-major, 0 (black) ... 1 (white).
    public var pixels: [Double]
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// What the image shows.
    public var label: String

    /// An image.
    public init(pixels: [Double], width: Int, height: Int, label: String) {
        self.pixels = pixels
        self.width = width
        self.height = height
        self.label = label
    }

    /// `perClass` images of each digit from the shipped MNIST subset, interleaved
    /// (0, 1, ..., 9, 0, 1, ...) so that `n` walks through different digits first.
    /// - Throws: `VisualError.dataUnavailable` when the Data folder or its files are missing.
    public static func shippedDigits(perClass: Int = 5, dataFolder: URL? = nil) throws -> [DigitImage] {
        let dataset: LabeledDataset
        do {
            dataset = try MNISTSubset.load(dataFolder: dataFolder)
        } catch {
            throw VisualError.dataUnavailable("\(error)")
        }
        guard dataset.sampleShape.count == 3 else {
            throw VisualError.dataUnavailable(
                "expected images of shape [1, h, w], found \(dataset.sampleShape)")
        }
        let height = dataset.sampleShape[1]
        let width = dataset.sampleShape[2]
        var byClass = [[Int]](repeating: [], count: dataset.classCount)
        for (index, label) in dataset.labels.enumerated() where byClass[label].count < perClass {
            byClass[label].append(index)
        }
        var images: [DigitImage] = []
        for round in 0..<max(0, perClass) {
            for (label, indices) in byClass.enumerated() where round < indices.count {
                images.append(
                    DigitImage(
                        pixels: dataset.sample(at: indices[round]).map(Double.init), width: width,
                        height: height,
                        label: "digit \(dataset.classNames[label])"))
            }
        }
        guard !images.isEmpty else { throw VisualError.dataUnavailable("the subset holds no images") }
        return images
    }
}
