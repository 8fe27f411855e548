import TensorEngine
import Testing

@Suite("DataLoader")
struct DataLoaderTests {
    /// 10 examples whose single feature is their index.
    func numbered() throws -> LabeledDataset {
        try LabeledDataset(
            name: "n", features: (0..<10).map(Float.init), sampleShape: [1], labels: (0..<10).map { $0 % 2 },
            classNames: ["even", "odd"])
    }

    @Test("each epoch covers every example exactly once, with a smaller last batch")
    func coversEveryExample() throws {
        let loader = try DataLoader(dataset: numbered(), batchSize: 4, seed: 3)
        #expect(loader.batchesPerEpoch == 3)
        for epoch in 0..<3 {
            let batches = Array(loader.batches(epoch: epoch))
            #expect(batches.map(\.count) == [4, 4, 2])
            let seen = batches.flatMap { $0.inputs.toArray() }.map { Int($0) }
            #expect(seen.sorted() == Array(0..<10))
            for batch in batches {
                #expect(batch.labels == batch.indices.map { $0 % 2 })
                #expect(batch.inputs.shape == [batch.count, 1])
            }
        }
    }

    @Test("orders differ between epochs but repeat for the same seed; dropLast skips the remainder")
    func shufflingAndDropLast() throws {
        let loader = try DataLoader(dataset: numbered(), batchSize: 4, seed: 3)
        #expect(loader.order(epoch: 0) != loader.order(epoch: 1))
        #expect(
            loader.order(epoch: 1)
                == (try DataLoader(dataset: numbered(), batchSize: 4, seed: 3)).order(epoch: 1))
        let unshuffled = try DataLoader(dataset: numbered(), batchSize: 4, shuffle: false)
        #expect(unshuffled.order(epoch: 5) == Array(0..<10))
        let dropping = try DataLoader(dataset: numbered(), batchSize: 4, dropLast: true)
        #expect(Array(dropping.batches(epoch: 0)).map(\.count) == [4, 4])
    }

    @Test("bad loader arguments throw")
    func badArguments() throws {
        #expect(throws: DataError.self) { try DataLoader(dataset: numbered(), batchSize: 0) }
        #expect(throws: DataError.self) {
            try DataLoader(dataset: numbered(), batchSize: 2, augmentation: .digits)
        }
    }
}
