import Foundation
import TensorEngine

/// A kernel applied to one image without padding, stride 1: the output map computed by the
/// engine's `conv2d`, and the same numbers as explicit window dot products for the animation
/// (so the screen can show, and tests can check, that a convolution is nothing more).
public struct SlidingConvolution: Sendable, Hashable {
    /// The image.
    public let image: DigitImage
    /// The kernel weights, row-major, square.
    public let kernel: [[Double]]
    /// The engine's output map, row-major, `outputHeight × outputWidth`.
    public let engineOutput: [Double]

    /// The output map for `image` under `kernel`.
    /// - Throws: `VisualError.invalidImage` for an image smaller than the kernel or whose pixel
    ///   count disagrees with its size, `VisualError.invalidMatrix` for a non-square kernel, or
    ///   the engine's error.
    public init(image: DigitImage, kernel: [[Double]]) throws {
        let size = kernel.count
        guard size > 0, kernel.allSatisfy({ $0.count == size }) else {
            throw VisualError.invalidMatrix("a kernel must be square and non-empty")
        }
        guard image.pixels.count == image.width * image.height else {
            throw VisualError.invalidImage("\(image.pixels.count) pixels for \(image.width)x\(image.height)")
        }
        guard image.width >= size, image.height >= size else {
            throw VisualError.invalidImage(
                "a \(image.width)x\(image.height) image is smaller than the kernel")
        }
        self.image = image
        self.kernel = kernel
        let input = try Tensor(
            shape: [1, 1, image.height, image.width], data: image.pixels.map { Float($0) })
        let weight = try Tensor(shape: [1, 1, size, size], data: kernel.flatMap { $0 }.map { Float($0) })
        engineOutput = try input.conv2d(weight: weight).toArray().map(Double.init)
    }

    /// The kernel's side length.
    public var kernelSize: Int { kernel.count }
    /// Output rows.
    public var outputHeight: Int { image.height - kernelSize + 1 }
    /// Output columns.
    public var outputWidth: Int { image.width - kernelSize + 1 }
    /// Output cells.
    public var outputCount: Int { outputHeight * outputWidth }

    /// The output cell number `position` as (row, column), row-major.
    public func cell(_ position: Int) -> (row: Int, column: Int) {
        (position / max(1, outputWidth), position % max(1, outputWidth))
    }

    /// The window's pixels under the kernel at output cell `position`, row-major.
    public func window(at position: Int) -> [Double] {
        let (row, column) = cell(position)
        var values: [Double] = []
        for i in 0..<kernelSize {
            for j in 0..<kernelSize {
                let y = row + i
                let x = column + j
                values.append(y < image.height && x < image.width ? image.pixels[y * image.width + x] : 0)
            }
        }
        return values
    }

    /// ∑ kernel · window at output cell `position`, computed directly.
    public func dotProduct(at position: Int) -> Double {
        zip(kernel.flatMap { $0 }, window(at: position)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The largest |engine − dot product| over the whole map (float rounding only).
    public var largestDisagreement: Double {
        (0..<outputCount).map { abs(engineOutput[$0] - dotProduct(at: $0)) }.max() ?? 0
    }
}
