import Foundation
import TensorEngine
import Testing

@Suite("Shipped MNIST subset, splits and data location")
struct DatasetSplitTests {
    @Test("the shipped subset has 5,000 28x28 images, 500 of each digit")
    func shippedSubsetLoads() throws {
        let dataset = try MNISTSubset.load(dataFolder: DataTestSupport.shippedDataFolder)
        #expect(dataset.count == 5000)
        #expect(dataset.sampleShape == [1, 28, 28])
        #expect(dataset.countsPerClass() == [Int](repeating: 500, count: 10))
        #expect(dataset.features.allSatisfy { $0 >= 0 && $0 <= 1 })
        // Real digits: about a fifth of the pixels are ink.
        let ink = dataset.features.filter { $0 > 0.5 }.count
        #expect(ink > dataset.features.count / 20 && ink < dataset.features.count / 2)
    }

    @Test("the project split is 400/100 per class, disjoint, and the same every time")
    func projectSplit() throws {
        let folder = DataTestSupport.shippedDataFolder
        let split = try MNISTSubset.loadSplit(dataFolder: folder)
        #expect(split.train.count == 4000)
        #expect(split.test.count == 1000)
        #expect(split.train.countsPerClass() == [Int](repeating: 400, count: 10))
        #expect(split.test.countsPerClass() == [Int](repeating: 100, count: 10))
        let again = try MNISTSubset.loadSplit(dataFolder: folder)
        #expect(again.test.features == split.test.features)
        #expect(again.train.labels == split.train.labels)
    }

    @Test("a stratified split keeps every example once and depends on the seed")
    func stratifiedSplitOfSmallSet() throws {
        // Example i has the single feature i, so the features identify the examples.
        let labels = (0..<60).map { $0 % 3 }
        let dataset = try LabeledDataset(
            name: "toy", features: (0..<60).map(Float.init), sampleShape: [1], labels: labels,
            classNames: ["a", "b", "c"])
        let split = try dataset.stratifiedSplit(testPerClass: 5, seed: 1)
        #expect(split.test.countsPerClass() == [5, 5, 5])
        #expect(split.train.countsPerClass() == [15, 15, 15])
        #expect(Set(split.train.features + split.test.features) == Set((0..<60).map(Float.init)))
        let other = try dataset.stratifiedSplit(testPerClass: 5, seed: 2)
        #expect(other.test.features != split.test.features)
        let same = try dataset.stratifiedSplit(testPerClass: 5, seed: 1)
        #expect(same.test.features == split.test.features)
        #expect(throws: DataError.self) { try dataset.stratifiedSplit(testPerClass: 20, seed: 1) }
        #expect(throws: DataError.self) { try dataset.stratifiedSplit(testPerClass: -1, seed: 1) }
    }

    @Test("datasets reject inconsistent features and labels; subsets check indices")
    func datasetValidation() throws {
        #expect(throws: DataError.self) {
            try LabeledDataset(
                name: "x", features: [1, 2, 3], sampleShape: [2], labels: [0, 1], classNames: ["a", "b"])
        }
        #expect(throws: DataError.self) {
            try LabeledDataset(
                name: "x", features: [1, 2], sampleShape: [1], labels: [0, 2], classNames: ["a", "b"])
        }
        let dataset = try LabeledDataset(
            name: "x", features: [1, 2, 3, 4], sampleShape: [2], labels: [0, 1], classNames: ["a", "b"])
        #expect(throws: DataError.self) { try dataset.subset([2]) }
        #expect(try dataset.subset([1]).features == [3, 4])
        #expect(try dataset.inputs(at: [1, 0]).shape == [2, 2])
        #expect(dataset.sample(at: 5).isEmpty)
    }

    @Test("DLTUTOR_DATA wins when valid and is reported when wrong")
    func locatorEnvironment() throws {
        let folder = DataTestSupport.shippedDataFolder
        let found = try DataLocator.locate(environment: ["DLTUTOR_DATA": folder.path], executablePath: nil)
        #expect(found.path == folder.path)
        let error = try #require(throws: DataError.self) {
            try DataLocator.locate(environment: ["DLTUTOR_DATA": "/nonexistent/dltutor"], executablePath: nil)
        }
        #expect(error.description.contains("/nonexistent/dltutor"))
    }

    @Test("a build inside the checkout finds Data by walking up from the executable")
    func locatorCheckoutBuild() throws {
        let root = DataTestSupport.shippedDataFolder.deletingLastPathComponent()
        let executable = root.appendingPathComponent(".build/release/dltutor").path
        let found = try DataLocator.locate(environment: [:], executablePath: executable)
        #expect(found.standardized.path == DataTestSupport.shippedDataFolder.standardized.path)
    }

    @Test("an installed executable looks in ../share/dltutor/Data first")
    func locatorInstallLayout() throws {
        let prefix = try DataTestSupport.temporaryDirectory()
        let data = prefix.appendingPathComponent("share/dltutor/Data/mnist-5k")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data([0]).write(to: data.appendingPathComponent("images-idx3-ubyte.gz"))
        let executable = prefix.appendingPathComponent("bin/dltutor").path
        let found = try DataLocator.locate(environment: [:], executablePath: executable)
        #expect(
            found.resolvingSymlinksInPath().path
                == data.deletingLastPathComponent().resolvingSymlinksInPath().path)
        let nowhere = try DataTestSupport.temporaryDirectory().appendingPathComponent("bin/dltutor").path
        #expect(throws: DataError.self) { try DataLocator.locate(environment: [:], executablePath: nowhere) }
    }

    @Test("Fashion-MNIST reports whether it is installed, with the install command when not")
    func fashionAvailability() throws {
        let empty = try DataTestSupport.temporaryDirectory()
        let availability = FashionMNIST.availability(directory: empty.path)
        #expect(!availability.isAvailable)
        if case .missing(let message) = availability {
            #expect(message.contains("sudo apt-get install dataset-fashion-mnist"))
        }
        let error = try #require(throws: DataError.self) {
            try FashionMNIST.load(.test, directory: empty.path)
        }
        #expect(error.description.contains("dataset-fashion-mnist"))
    }
}
