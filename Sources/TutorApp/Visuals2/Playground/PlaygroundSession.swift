import Foundation
import TensorEngine

/// One training run of the playground: an MLP on a synthetic 2-D set, trained full-batch
/// with SGD. Used by one thread at a time (the background work, or a test), never shared.
public final class PlaygroundSession {
    /// The square the decision regions and points are drawn over.
    public static let extent: ClosedRange<Double> = -1.6...1.6
    /// Points per class.
    public static let pointsPerClass = 60

    /// The settings the run uses.
    public let settings: PlaygroundSettings
    /// The data points, `[x, y]` per row.
    public let points: [[Double]]
    /// The points' classes.
    public let labels: [Int]
    /// The class count.
    public let classCount: Int
    private let model: Sequential
    private let optimizer: SGD
    private let inputs: Tensor
    // Stricter than the trainer's default (1000x): on these tiny sets a loss stuck at 20x
    // its start is already hopeless, and the learner should hear why at once.
    private var detector = DivergenceDetector(policy: DivergencePolicy(explosionFactor: 20))
    private var losses: [Double] = []
    private var divergence: String?
    private(set) var step = 0

    /// A fresh model (seeded) on the settings' data, or one resumed from `progress`.
    /// - Throws: `TensorError` when the engine refuses the configuration.
    public init(settings: PlaygroundSettings, resumingFrom progress: PlaygroundProgress? = nil) throws {
        self.settings = settings
        let data = try settings.dataset.generate(
            pointsPerClass: Self.pointsPerClass, noise: Float(settings.noise), seed: 42)
        labels = data.labels
        classCount = data.classCount
        points = (0..<data.count).map { data.sample(at: $0).map(Double.init) }
        inputs = try Tensor(shape: [data.count, 2], data: data.features)
        model = try Models.mlp(
            inputs: 2, hidden: Array(repeating: settings.width, count: settings.layers),
            outputs: data.classCount,
            activation: settings.activation, seed: 7)
        if let progress {
            for (parameter, values) in zip(model.parameters(), progress.weights)
            where values.count == parameter.count {
                parameter.withUnsafeMutableBufferPointer { buffer in
                    for index in buffer.indices { buffer[index] = values[index] }
                }
            }
            step = progress.step
            losses = progress.losses
            divergence = progress.divergence
        }
        optimizer = try SGD(
            parameters: model.parameters(), learningRate: Float(settings.learningRate), momentum: 0.9)
    }

    /// Whether the loss diverged (training stops).
    public var hasDiverged: Bool { divergence != nil }

    /// Takes `count` SGD steps (fewer if the loss diverges), recording every step's loss (so a
    /// run that blows up in its first steps still shows the climb).
    /// - Throws: `TensorError` from the engine.
    public func train(steps count: Int) throws {
        for _ in 0..<count where divergence == nil {
            optimizer.zeroGrad()
            let loss = try Loss.crossEntropy(logits: try model(inputs), labels: labels)
            try loss.backward()
            try optimizer.step()
            step += 1
            let value = try loss.item()
            losses.append(Double(value))
            if let found = detector.check(loss: value, step: step, learningRate: Float(settings.learningRate))
            {
                divergence = found.explanation
            }
        }
    }

    /// The current state: regions on a `columns × rows` grid, accuracy, losses, weights.
    /// - Throws: `TensorError` from the engine.
    public func progress(columns: Int = 40, rows: Int = 20) throws -> PlaygroundProgress {
        let span = Self.extent.upperBound - Self.extent.lowerBound
        var grid: [Float] = []
        for row in 0..<rows {
            let y = Self.extent.upperBound - span * (Double(row) + 0.5) / Double(rows)
            for column in 0..<columns {
                grid += [
                    Float(Self.extent.lowerBound + span * (Double(column) + 0.5) / Double(columns)), Float(y),
                ]
            }
        }
        let regions = try predict(try Tensor(shape: [rows * columns, 2], data: grid))
        let predicted = try predict(inputs)
        let correct = zip(predicted, labels).filter { $0 == $1 }.count
        return PlaygroundProgress(
            step: step, losses: losses, accuracy: Double(correct) / Double(max(1, labels.count)),
            regions: regions,
            gridColumns: columns, gridRows: rows, divergence: divergence,
            weights: model.parameters().map { $0.toArray() })
    }

    /// The arg-max class of each row of `batch`.
    private func predict(_ batch: Tensor) throws -> [Int] {
        let logits = try GradMode.withoutGrad { try model(batch) }.toArray()
        return (0..<(logits.count / max(1, classCount))).map { row in
            let scores = logits[(row * classCount)..<((row + 1) * classCount)]
            return (scores.indices.max { scores[$0] < scores[$1] } ?? row * classCount) - row * classCount
        }
    }
}
