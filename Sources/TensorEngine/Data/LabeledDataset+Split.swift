/// A dataset divided into a part to train on and a held-out part to measure on.
public struct DatasetSplit: Sendable {
    /// The examples the model learns from.
    public let train: LabeledDataset
    /// The held-out examples used only for evaluation.
    public let test: LabeledDataset

    /// Pairs a training and a held-out set.
    public init(train: LabeledDataset, test: LabeledDataset) {
        self.train = train
        self.test = test
    }
}

extension LabeledDataset {
    /// A stratified split: for every class, its examples are shuffled with a generator seeded by
    /// `seed` (classes in increasing order, one generator) and the first `testPerClass` go to
    /// the held-out set. Both parts keep the original order of the examples, so the same seed
    /// always gives the same split.
    /// - Throws: `DataError.invalidArgument` when `testPerClass` is negative or some class has
    ///   fewer than `testPerClass + 1` examples (every class must keep at least one for training).
    public func stratifiedSplit(testPerClass: Int, seed: UInt64) throws -> DatasetSplit {
        guard testPerClass >= 0 else {
            throw DataError.invalidArgument(
                "stratified split: testPerClass must be non-negative, got \(testPerClass)")
        }
        var byClass = [[Int]](repeating: [], count: classCount)
        for (index, label) in labels.enumerated() { byClass[label].append(index) }
        if let short = byClass.indices.first(where: { byClass[$0].count <= testPerClass }) {
            throw DataError.invalidArgument(
                "stratified split of \(name): class \(short) has \(byClass[short].count) example(s), "
                    + "too few to hold out \(testPerClass) and still train on one")
        }
        var generator = RandomGenerator(seed: seed)
        var testIndices: [Int] = []
        var trainIndices: [Int] = []
        for var members in byClass {
            generator.shuffle(&members)
            testIndices += members[..<testPerClass]
            trainIndices += members[testPerClass...]
        }
        return DatasetSplit(
            train: try subset(trainIndices.sorted(), name: name + " train"),
            test: try subset(testIndices.sorted(), name: name + " test"))
    }

    /// A copy with the examples in a random order drawn from `seed` (for display: a class-sorted
    /// file shows one class at a time otherwise).
    public func shuffled(seed: UInt64) throws -> LabeledDataset {
        var generator = RandomGenerator(seed: seed)
        return try subset(generator.permutation(count))
    }
}
