/// One minibatch: the inputs as a tensor of shape `[n] + sampleShape`, their labels, and which
/// examples of the dataset they are.
public struct Batch: Sendable {
    /// Inputs, shape `[labels.count] + sampleShape`.
    public let inputs: Tensor
    /// The class of each input.
    public let labels: [Int]
    /// Positions of these examples in the dataset.
    public let indices: [Int]

    /// Number of examples in the batch.
    public var count: Int { labels.count }
}

/// Cuts a dataset into minibatches, reshuffled every epoch from `seed` (so epoch `e` always has
/// the same order for the same seed) and optionally augmented. The last batch of an epoch holds
/// the remaining examples unless `dropLast` is set.
public struct DataLoader: Sendable {
    /// The examples served.
    public let dataset: LabeledDataset
    /// Examples per batch.
    public let batchSize: Int
    /// Whether each epoch uses a fresh random order (otherwise dataset order).
    public let shuffle: Bool
    /// Seed of the per-epoch orders and augmentation draws.
    public let seed: UInt64
    /// Whether a final batch smaller than `batchSize` is skipped.
    public let dropLast: Bool
    /// Random transformations applied to image inputs, or nil.
    public let augmentation: ImageAugmentation?

    /// Creates a loader.
    /// - Throws: `DataError.invalidArgument` for a non-positive batch size, an empty dataset,
    ///   or augmentation on non-image samples.
    public init(
        dataset: LabeledDataset, batchSize: Int, shuffle: Bool = true, seed: UInt64 = 0,
        dropLast: Bool = false,
        augmentation: ImageAugmentation? = nil
    ) throws {
        guard batchSize > 0 else {
            throw DataError.invalidArgument("DataLoader: batch size must be positive, got \(batchSize)")
        }
        guard dataset.count > 0 else {
            throw DataError.invalidArgument("DataLoader: \(dataset.name) has no examples")
        }
        if augmentation != nil, dataset.sampleShape.count != 3 {
            throw DataError.invalidArgument(
                "DataLoader: augmentation needs image samples [channels, height, width], got \(dataset.sampleShape)"
            )
        }
        self.dataset = dataset
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.seed = seed
        self.dropLast = dropLast
        self.augmentation = augmentation
    }

    /// Number of batches per epoch.
    public var batchesPerEpoch: Int {
        dropLast ? dataset.count / batchSize : (dataset.count + batchSize - 1) / batchSize
    }

    /// The order in which epoch `epoch` (from 0) visits the examples.
    public func order(epoch: Int) -> [Int] {
        guard shuffle else { return Array(0..<dataset.count) }
        var generator = RandomGenerator(seed: mix(seed, UInt64(truncatingIfNeeded: epoch)))
        return generator.permutation(dataset.count)
    }

    /// The batches of epoch `epoch`, produced lazily one at a time.
    public func batches(epoch: Int) -> EpochBatches {
        EpochBatches(loader: self, order: order(epoch: epoch), epoch: epoch)
    }

    /// Builds the batch of the given examples, augmenting with a generator specific to
    /// this epoch and batch so results do not depend on how far earlier epochs ran.
    func makeBatch(indices: [Int], epoch: Int, batchNumber: Int) -> Batch {
        let inputs = dataset.gatherInputs(indices)
        if let augmentation {
            var generator = RandomGenerator(
                seed: mix(mix(seed ^ 0xA5A5_A5A5, UInt64(truncatingIfNeeded: epoch)), UInt64(batchNumber)))
            inputs.withUnsafeMutableBufferPointer { buffer in
                var values = Array(buffer)
                augmentation.augmentInPlace(&values, sampleShape: dataset.sampleShape, using: &generator)
                for index in buffer.indices { buffer[index] = values[index] }
            }
        }
        return Batch(inputs: inputs, labels: indices.map { dataset.labels[$0] }, indices: indices)
    }
}

/// The batches of one epoch, as a sequence.
public struct EpochBatches: Sequence, Sendable {
    let loader: DataLoader
    let order: [Int]
    let epoch: Int

    /// Number of batches.
    public var count: Int { loader.batchesPerEpoch }

    /// An iterator that builds each batch when asked.
    public func makeIterator() -> Iterator {
        Iterator(batches: self)
    }

    /// Walks the epoch's batches.
    public struct Iterator: IteratorProtocol {
        let batches: EpochBatches
        var number = 0

        /// The next batch, or nil at the end of the epoch.
        public mutating func next() -> Batch? {
            guard number < batches.count else { return nil }
            let size = batches.loader.batchSize
            let start = number * size
            let end = Swift.min(start + size, batches.order.count)
            defer { number += 1 }
            return batches.loader.makeBatch(
                indices: Array(batches.order[start..<end]), epoch: batches.epoch, batchNumber: number)
        }
    }
}

/// Combines a seed with a counter into a new seed (a SplitMix64 step), so consecutive epochs
/// get unrelated orders.
func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    var z = seed &+ (value &+ 1) &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
