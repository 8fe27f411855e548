/// A classification dataset held in memory: one float feature vector per example (flattened
/// row-major from `sampleShape`) and an integer class label per example.
///
/// Images use `sampleShape` `[1, height, width]` with pixels scaled to [0, 1]; 2-D point sets
/// use `[2]`. Batches become tensors of shape `[n] + sampleShape`.
public struct LabeledDataset: Sendable {
    /// A short name for messages and screens, e.g. `"mnist-5k train"`.
    public let name: String
    /// Every example's features, `count * sampleSize` floats, example after example.
    public let features: [Float]
    /// The shape of one example, e.g. `[1, 28, 28]` or `[2]`.
    public let sampleShape: [Int]
    /// The class of each example, in `0..<classNames.count`.
    public let labels: [Int]
    /// A display name per class; its count is the number of classes.
    public let classNames: [String]

    /// Number of examples.
    public var count: Int { labels.count }
    /// Floats per example.
    public var sampleSize: Int { sampleShape.reduce(1, *) }
    /// Number of classes.
    public var classCount: Int { classNames.count }

    /// Creates a dataset, checking that features, shape and labels agree.
    /// - Throws: `DataError.invalidArgument` for a bad shape, a feature count that does not
    ///   match, or a label outside `0..<classNames.count`.
    public init(name: String, features: [Float], sampleShape: [Int], labels: [Int], classNames: [String])
        throws
    {
        guard !sampleShape.isEmpty, sampleShape.allSatisfy({ $0 > 0 }) else {
            throw DataError.invalidArgument("\(name): invalid sample shape \(sampleShape)")
        }
        guard !classNames.isEmpty else {
            throw DataError.invalidArgument("\(name): a dataset needs at least one class")
        }
        let size = sampleShape.reduce(1, *)
        let (expected, overflow) = labels.count.multipliedReportingOverflow(by: size)
        guard !overflow, features.count == expected else {
            throw DataError.invalidArgument(
                "\(name): \(labels.count) labels of shape \(sampleShape) need \(labels.count)x\(size) "
                    + "feature values, got \(features.count)")
        }
        if let index = labels.firstIndex(where: { $0 < 0 || $0 >= classNames.count }) {
            throw DataError.invalidArgument(
                "\(name): label \(labels[index]) of example \(index) is outside 0..<\(classNames.count)")
        }
        self.name = name
        self.features = features
        self.sampleShape = sampleShape
        self.labels = labels
        self.classNames = classNames
    }

    /// The features of example `index` (an empty array when out of range).
    public func sample(at index: Int) -> [Float] {
        guard labels.indices.contains(index) else { return [] }
        return Array(features[index * sampleSize..<(index + 1) * sampleSize])
    }

    /// The examples at `indices`, in that order, as a new dataset.
    /// - Throws: `DataError.invalidArgument` for an index outside `0..<count`.
    public func subset(_ indices: [Int], name newName: String? = nil) throws -> LabeledDataset {
        if let bad = indices.first(where: { !labels.indices.contains($0) }) {
            throw DataError.invalidArgument("\(name): index \(bad) is outside 0..<\(count)")
        }
        let size = sampleSize
        var selected = [Float](repeating: 0, count: indices.count * size)
        features.withUnsafeBufferPointer { source in
            selected.withUnsafeMutableBufferPointer { target in
                for (row, index) in indices.enumerated() {
                    for offset in 0..<size { target[row * size + offset] = source[index * size + offset] }
                }
            }
        }
        return try LabeledDataset(
            name: newName ?? name, features: selected, sampleShape: sampleShape,
            labels: indices.map { labels[$0] }, classNames: classNames)
    }

    /// The first `n` examples (all of them when `n >= count`).
    public func prefix(_ n: Int) throws -> LabeledDataset {
        try subset(Array(0..<Swift.max(0, Swift.min(n, count))))
    }

    /// The inputs at `indices` as one tensor of shape `[indices.count] + sampleShape`.
    /// - Throws: `DataError.invalidArgument` for an index outside `0..<count`.
    public func inputs(at indices: [Int]) throws -> Tensor {
        if let bad = indices.first(where: { !labels.indices.contains($0) }) {
            throw DataError.invalidArgument("\(name): index \(bad) is outside 0..<\(count)")
        }
        return gatherInputs(indices)
    }

    /// Every input as one tensor of shape `[count] + sampleShape`.
    public func allInputs() -> Tensor {
        gatherInputs(Array(0..<count))
    }

    /// How many examples each class has.
    public func countsPerClass() -> [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// Copies the chosen rows into a fresh tensor; indices must already be valid.
    func gatherInputs(_ indices: [Int]) -> Tensor {
        let size = sampleSize
        let result = Tensor.uninitialized([indices.count] + sampleShape)
        let target = result.storage.pointer
        features.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            for (row, index) in indices.enumerated() {
                (target + row * size).update(from: base + index * size, count: size)
            }
        }
        return result
    }
}
