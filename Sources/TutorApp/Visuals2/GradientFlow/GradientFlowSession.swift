import Foundation
import TensorEngine

/// Two deep networks trained side by side, full batch, on the same 2-D set: after every step
/// each layer's weight-gradient norm (from the engine's backward pass) and each loss.
/// Used by one thread at a time (the background work, or a test).
public final class GradientFlowSession {
    /// The two designs compared.
    public let designs: [DeepMLP.Design]
    private let models: [DeepMLP]
    private let optimizers: [SGD]
    private let inputs: Tensor
    private let labels: [Int]
    private var losses: [[Double]]
    private(set) var step = 0

    /// Fresh networks (same seed) of `depth` hidden layers of `width` on two-arm spirals.
    /// - Throws: `TensorError` when the engine refuses the configuration.
    public init(designs: [DeepMLP.Design], width: Int, depth: Int, learningRate: Double) throws {
        let data = try SyntheticDataset.spirals(arms: 2).generate(pointsPerClass: 50, noise: 0.05, seed: 5)
        inputs = try Tensor(shape: [data.count, 2], data: data.features)
        labels = data.labels
        self.designs = designs
        models = try designs.map {
            try DeepMLP(design: $0, inputs: 2, width: width, depth: depth, classes: data.classCount, seed: 3)
        }
        optimizers = try models.map {
            try SGD(parameters: $0.parameters(), learningRate: Float(learningRate), momentum: 0.9)
        }
        losses = designs.map { _ in [] }
    }

    /// Takes `count` steps on every network; returns each network's per-layer weight-gradient
    /// norms of the last step, input side first.
    /// - Throws: `TensorError` from the engine.
    @discardableResult
    public func train(steps count: Int) throws -> [[Double]] {
        var norms: [[Double]] = models.map { _ in [] }
        for _ in 0..<count {
            step += 1
            for index in models.indices {
                optimizers[index].zeroGrad()
                let loss = try Loss.crossEntropy(logits: try models[index](inputs), labels: labels)
                try loss.backward()
                norms[index] = Evaluation.gradientNorms(of: models[index])
                    .filter { $0.name.hasSuffix("weight") }.map { Double($0.norm) }
                try optimizers[index].step()
                losses[index].append(Double(try loss.item()))
            }
        }
        return norms
    }

    /// A report after `train` returned `norms`.
    public func progress(norms: [[Double]]) -> GradientFlowProgress {
        GradientFlowProgress(step: step, losses: losses, norms: norms)
    }
}

/// What the gradient-flow training reports: a plain value, safe to post.
public struct GradientFlowProgress: Sendable, Hashable {
    /// Steps taken.
    public var step: Int
    /// Each network's loss after every step.
    public var losses: [[Double]]
    /// Each network's per-layer weight-gradient norms at the last step, input side first.
    public var norms: [[Double]]
}
