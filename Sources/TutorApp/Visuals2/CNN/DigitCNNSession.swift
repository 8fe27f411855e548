import Foundation
import TensorEngine

/// A short LeNet-5 training run on the shipped MNIST subset, for looking inside: the learned
/// first-layer kernels, the feature maps they make of a few test digits, and (at the end) the
/// confusion matrix and misclassified test images. Used by one thread at a time.
public final class DigitCNNSession {
    /// Images per minibatch.
    public static let batchSize = 32
    private let model: Sequential
    private let optimizer: SGD
    private let train: LabeledDataset
    private let test: LabeledDataset
    private let probeIndices: [Int]
    private var losses: [Double] = []
    private var cursor = 0
    private(set) var step = 0

    /// A fresh seeded LeNet-5 on the first `trainCount` training and `testCount` test images.
    /// - Throws: `TensorError` or `DataError` from the engine.
    public init(split: DatasetSplit, trainCount: Int = 1000, testCount: Int = 300) throws {
        train = try Self.prefix(split.train.shuffled(seed: 1), trainCount)
        test = try Self.prefix(split.test.shuffled(seed: 2), testCount)
        model = try Models.lenet5(classes: split.train.classCount, seed: 4)
        optimizer = try SGD(parameters: model.parameters(), learningRate: 0.05, momentum: 0.9)
        // One probe image per class (the first of each in the test prefix), for feature maps.
        var probes: [Int] = []
        for label in 0..<test.classCount {
            if let index = test.labels.firstIndex(of: label) { probes.append(index) }
        }
        probeIndices = probes
    }

    private static func prefix(_ data: LabeledDataset, _ count: Int) throws -> LabeledDataset {
        let n = min(max(1, count), data.count)
        return try LabeledDataset(
            name: data.name, features: Array(data.features.prefix(n * data.sampleSize)),
            sampleShape: data.sampleShape,
            labels: Array(data.labels.prefix(n)), classNames: data.classNames)
    }

    /// Takes `count` minibatch SGD steps.
    /// - Throws: `TensorError` from the engine.
    public func train(steps count: Int) throws {
        for _ in 0..<count {
            let indices = (0..<Self.batchSize).map { (cursor + $0) % train.count }
            cursor = (cursor + Self.batchSize) % train.count
            let batch = try images(train, indices)
            optimizer.zeroGrad()
            let loss = try Loss.crossEntropy(
                logits: try model(batch), labels: indices.map { train.labels[$0] })
            try loss.backward()
            try optimizer.step()
            step += 1
            losses.append(Double(try loss.item()))
        }
    }

    private func images(_ data: LabeledDataset, _ indices: [Int]) throws -> Tensor {
        try Tensor(shape: [indices.count] + data.sampleShape, data: indices.flatMap { data.sample(at: $0) })
    }

    /// The current kernels, probe feature maps and losses; with `evaluating`, also the test
    /// confusion matrix and misclassified images (a forward pass over the test images).
    /// - Throws: `TensorError` from the engine.
    public func report(evaluating: Bool) throws -> DigitCNNReport {
        guard let conv = model.layers.first as? Conv2d else {
            throw TensorError.invalidArgument("LeNet-5 should start with a convolution")
        }
        let kernelSize = conv.weight.shape.suffix(2).reduce(1, *)
        let weights = conv.weight.toArray().map(Double.init)
        let kernels = stride(from: 0, to: weights.count, by: max(1, kernelSize)).map {
            Array(weights[$0..<min(weights.count, $0 + kernelSize)])
        }
        let probes = try images(test, probeIndices)
        let maps = try GradMode.withoutGrad { try conv(probes).relu() }
        let mapShape = Array(maps.shape.suffix(2))
        let perMap = mapShape.reduce(1, *)
        let mapValues = maps.toArray().map(Double.init)
        let perProbe = perMap * kernels.count
        let featureMaps = probeIndices.indices.map { probe in
            (0..<kernels.count).map { channel in
                let start = probe * perProbe + channel * perMap
                return Array(mapValues[start..<min(mapValues.count, start + perMap)])
            }
        }
        var report = DigitCNNReport(
            step: step, losses: losses, kernels: kernels, kernelSide: conv.weight.shape.last ?? 0,
            probeImages: probeIndices.map { test.sample(at: $0).map(Double.init) },
            probeLabels: probeIndices.map { test.labels[$0] }, featureMaps: featureMaps,
            mapSide: mapShape.last ?? 0, imageSide: test.sampleShape.last ?? 0, confusion: nil, accuracy: nil,
            mistakes: [])
        if evaluating {
            let logits = try GradMode.withoutGrad { try model(try images(test, Array(0..<test.count))) }
                .toArray()
            let classes = test.classCount
            let predictions = (0..<test.count).map { row in
                let scores = logits[(row * classes)..<((row + 1) * classes)]
                return (scores.indices.max { scores[$0] < scores[$1] } ?? row * classes) - row * classes
            }
            report.confusion = Evaluation.confusionMatrix(
                predictions: predictions, labels: test.labels, classCount: classes)
            report.accuracy = Double(Evaluation.accuracy(predictions: predictions, labels: test.labels))
            report.mistakes = Evaluation.misclassifiedIndices(predictions: predictions, labels: test.labels)
                .prefix(12).map {
                    DigitCNNReport.Mistake(
                        pixels: test.sample(at: $0).map(Double.init), actual: test.labels[$0],
                        predicted: predictions[$0])
                }
        }
        return report
    }
}

/// What the CNN training reports: a plain value, safe to post.
public struct DigitCNNReport: Sendable, Hashable {
    /// A misclassified test image.
    public struct Mistake: Sendable, Hashable {
        /// Its pixels, row-major.
        public var pixels: [Double]
        /// The true class.
        public var actual: Int
        /// The model's guess.
        public var predicted: Int
    }

    /// Steps taken.
    public var step: Int
    /// The minibatch loss after every step.
    public var losses: [Double]
    /// The first layer's kernels, flattened row-major.
    public var kernels: [[Double]]
    /// A kernel's side length.
    public var kernelSide: Int
    /// The probe test images (one per class).
    public var probeImages: [[Double]]
    /// Their classes.
    public var probeLabels: [Int]
    /// Per probe, per kernel: the ReLU'd first-layer feature map, row-major.
    public var featureMaps: [[[Double]]]
    /// A feature map's side length.
    public var mapSide: Int
    /// An image's side length.
    public var imageSide: Int
    /// The test confusion matrix (rows actual, columns predicted), after an evaluation.
    public var confusion: [[Int]]?
    /// Test accuracy, after an evaluation.
    public var accuracy: Double?
    /// Up to 12 misclassified test images, after an evaluation.
    public var mistakes: [Mistake]
}
