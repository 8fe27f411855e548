import TensorEngine
import Testing

@Suite("Synthetic 2-D datasets")
struct DatasetSyntheticTests {
    @Test(
        "every set has N x 2 points, balanced labels and a seed-determined layout",
        arguments: SyntheticDataset.standard + [.spirals(arms: 4), .blobs(centers: 5)])
    func shapesAndDeterminism(kind: SyntheticDataset) throws {
        let data = try kind.generate(pointsPerClass: 50, noise: 0.1, seed: 11)
        #expect(data.count == 50 * kind.classCount)
        #expect(data.sampleShape == [2])
        #expect(data.allInputs().shape == [data.count, 2])
        #expect(data.countsPerClass() == [Int](repeating: 50, count: kind.classCount))
        #expect(data.features.allSatisfy { $0.isFinite && Swift.abs($0) < 3 })
        let again = try kind.generate(pointsPerClass: 50, noise: 0.1, seed: 11)
        #expect(again.features == data.features)
        let other = try kind.generate(pointsPerClass: 50, noise: 0.1, seed: 12)
        #expect(other.features != data.features)
    }

    @Test("noise-free XOR puts class 1 exactly where x and y have different signs")
    func xorGeometry() throws {
        let data = try SyntheticDataset.xor.generate(pointsPerClass: 40, noise: 0, seed: 3)
        for index in 0..<data.count {
            let point = data.sample(at: index)
            #expect((point[0] * point[1] < 0) == (data.labels[index] == 1))
        }
    }

    @Test("noise-free circles have radius 0.4 (class 0) and 0.9 (class 1)")
    func circlesGeometry() throws {
        let data = try SyntheticDataset.circles.generate(pointsPerClass: 20, noise: 0, seed: 3)
        for index in 0..<data.count {
            let point = data.sample(at: index)
            let radius = (point[0] * point[0] + point[1] * point[1]).squareRoot()
            #expect(Swift.abs(radius - (data.labels[index] == 0 ? 0.4 : 0.9)) < 1e-4)
        }
    }

    @Test("names resolve and bad arguments throw")
    func namesAndErrors() throws {
        #expect(SyntheticDataset.named("Moons") == .moons)
        #expect(SyntheticDataset.named("squares") == nil)
        #expect(throws: DataError.self) {
            try SyntheticDataset.moons.generate(pointsPerClass: 0, noise: 0, seed: 0)
        }
        #expect(throws: DataError.self) {
            try SyntheticDataset.moons.generate(pointsPerClass: 5, noise: -1, seed: 0)
        }
        #expect(throws: DataError.self) {
            try SyntheticDataset.spirals(arms: 1).generate(pointsPerClass: 5, noise: 0, seed: 0)
        }
    }
}
