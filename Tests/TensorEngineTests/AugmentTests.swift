import TensorEngine
import Testing

@Suite("Image augmentation")
struct AugmentTests {
    /// A 6x6 image with a distinct value per pixel.
    let image: [Float] = (0..<36).map { Float($0) / 36 }

    @Test("rotating by 0 degrees is the identity, by 90 degrees moves corners")
    func rotation() {
        #expect(ImageAugmentation.rotate(image, height: 6, width: 6, degrees: 0) == image)
        let turned = ImageAugmentation.rotate(image, height: 6, width: 6, degrees: 90)
        // A quarter turn of a square about its centre maps pixels onto pixels: the top-left
        // corner now shows the old top-right one, the top-right the old bottom-right.
        #expect(Swift.abs(turned[0] - image[5]) < 1e-5)
        #expect(Swift.abs(turned[5] - image[35]) < 1e-5)
        let fourTimes = (0..<4).reduce(image) { current, _ in
            ImageAugmentation.rotate(current, height: 6, width: 6, degrees: 90)
        }
        for (a, b) in zip(fourTimes, image) { #expect(Swift.abs(a - b) < 1e-5) }
    }

    @Test("translation shifts pixels and fills the border with zeros")
    func translation() {
        let shifted = ImageAugmentation.translate(image, height: 6, width: 6, dx: 2, dy: 1)
        #expect(shifted[1 * 6 + 2] == image[0])
        #expect(shifted[5 * 6 + 5] == image[4 * 6 + 3])
        #expect(shifted[0..<6].allSatisfy { $0 == 0 })
        #expect(shifted[6] == 0 && shifted[7] == 0)
        #expect(ImageAugmentation.translate(image, height: 6, width: 6, dx: 0, dy: 0) == image)
    }

    @Test("composed random augmentation is deterministic for a seed and stays in [0, 1]")
    func deterministic() {
        let augmentation = ImageAugmentation([
            .rotation(maxDegrees: 15), .translation(maxPixels: 2), .gaussianNoise(standardDeviation: 0.1),
        ])
        var first = RandomGenerator(seed: 9)
        var second = RandomGenerator(seed: 9)
        var third = RandomGenerator(seed: 10)
        let a = augmentation.apply(to: image, height: 6, width: 6, using: &first)
        let b = augmentation.apply(to: image, height: 6, width: 6, using: &second)
        let c = augmentation.apply(to: image, height: 6, width: 6, using: &third)
        #expect(a == b)
        #expect(a != c)
        #expect(a.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test("augmenting a dataset keeps labels and shape; empty augmentation changes nothing")
    func datasetAugmentation() throws {
        let dataset = try LabeledDataset(
            name: "img", features: image + image, sampleShape: [1, 6, 6], labels: [0, 1],
            classNames: ["a", "b"])
        let augmented = try ImageAugmentation.digits.augmented(dataset, seed: 4)
        #expect(augmented.labels == dataset.labels)
        #expect(augmented.features.count == dataset.features.count)
        #expect(augmented.features != dataset.features)
        #expect(try ImageAugmentation([]).augmented(dataset, seed: 4).features == dataset.features)
        let points = try SyntheticDataset.moons.generate(pointsPerClass: 3, noise: 0, seed: 1)
        #expect(throws: DataError.self) { try ImageAugmentation.digits.augmented(points, seed: 1) }
    }
}
