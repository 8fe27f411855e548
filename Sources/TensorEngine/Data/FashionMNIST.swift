import Foundation

/// Fashion-MNIST (Zalando; 60,000 training and 10,000 test images of clothing, 28x28 grey),
/// as installed by Debian's `dataset-fashion-mnist` package. It is optional: labs ask
/// `availability()` first and show its message when the files are absent.
public enum FashionMNIST {
    /// Where the Debian package installs the files.
    public static let defaultDirectory = "/usr/share/datasets/fashion-mnist"
    /// The command that installs the dataset.
    public static let installCommand = "sudo apt-get install dataset-fashion-mnist"
    /// The ten clothing classes, in label order.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
        "Ankle boot",
    ]

    /// One of the dataset's two parts.
    public enum Part: String, Sendable, CaseIterable {
        /// The 60,000 training images.
        case train
        /// The 10,000 test images.
        case test

        var filePrefix: String { self == .train ? "train" : "t10k" }
    }

    /// Whether the dataset can be loaded, and if not, what to do about it.
    public enum Availability: Sendable, Equatable {
        /// All four files are present.
        case available
        /// Some file is missing; `message` says which and how to install the dataset.
        case missing(message: String)

        /// Whether the dataset is present.
        public var isAvailable: Bool { self == .available }
    }

    /// The image and label file paths of one part.
    public static func paths(_ part: Part, directory: String = defaultDirectory) -> (
        images: String, labels: String
    ) {
        let base = URL(fileURLWithPath: directory)
        return (
            base.appendingPathComponent("\(part.filePrefix)-images-idx3-ubyte.gz").path,
            base.appendingPathComponent("\(part.filePrefix)-labels-idx1-ubyte.gz").path
        )
    }

    /// Checks that the four files exist in `directory`.
    public static func availability(directory: String = defaultDirectory) -> Availability {
        let files = Part.allCases.flatMap { part -> [String] in
            let pair = paths(part, directory: directory)
            return [pair.images, pair.labels]
        }
        guard let missing = files.first(where: { !FileManager.default.fileExists(atPath: $0) }) else {
            return .available
        }
        return .missing(
            message:
                "Fashion-MNIST is not installed (\(missing) is missing). Install it with: \(installCommand)")
    }

    /// Loads one part as `[1, 28, 28]` images in [0, 1].
    /// - Throws: `DataError.unavailable` with the install command when the files are absent,
    ///   or the IDX reader's errors when they are damaged.
    public static func load(_ part: Part, directory: String = defaultDirectory) throws -> LabeledDataset {
        if case .missing(let message) = availability(directory: directory) {
            throw DataError.unavailable(name: "Fashion-MNIST", instructions: message)
        }
        let pair = paths(part, directory: directory)
        return try LabeledDataset.loadIDX(
            name: "fashion-mnist \(part.rawValue)", imagesPath: pair.images, labelsPath: pair.labels,
            classNames: classNames)
    }

    /// Both parts: the 60,000 training images and the 10,000 test images.
    public static func loadSplit(directory: String = defaultDirectory) throws -> DatasetSplit {
        DatasetSplit(
            train: try load(.train, directory: directory), test: try load(.test, directory: directory))
    }
}
