import Foundation

/// The 5,000-image MNIST subset shipped in `Data/mnist-5k` (500 images of each digit), and the
/// project's fixed split of it: 400 per class to train on, 100 per class held out
/// (seed 2024, see `Data/mnist-5k/PROVENANCE.md`).
public enum MNISTSubset {
    /// The folder inside `Data/` holding the files.
    public static let folderName = "mnist-5k"
    /// Images file name (IDX, gzip).
    public static let imagesFile = "images-idx3-ubyte.gz"
    /// Labels file name (IDX, gzip).
    public static let labelsFile = "labels-idx1-ubyte.gz"
    /// Held-out examples per class in the project's split.
    public static let testPerClass = 100
    /// Seed of the project's split.
    public static let splitSeed: UInt64 = 2024
    /// The digit names.
    public static let classNames = (0..<10).map(String.init)

    /// All 5,000 images, ordered by class as in the file.
    /// - Parameter dataFolder: the Data folder; found with `DataLocator` when nil.
    /// - Throws: `DataError` when the folder or files are missing or corrupt.
    public static func load(dataFolder: URL? = nil) throws -> LabeledDataset {
        let folder = try dataFolder ?? DataLocator.locate()
        let base = folder.appendingPathComponent(folderName)
        return try LabeledDataset.loadIDX(
            name: "mnist-5k", imagesPath: base.appendingPathComponent(imagesFile).path,
            labelsPath: base.appendingPathComponent(labelsFile).path, classNames: classNames)
    }

    /// The project's split: 4,000 training and 1,000 held-out images, 400/100 per class.
    public static func loadSplit(dataFolder: URL? = nil) throws -> DatasetSplit {
        try load(dataFolder: dataFolder).stratifiedSplit(testPerClass: testPerClass, seed: splitSeed)
    }
}
