import Lessons
import TensorEngine

/// `job: plain-vs-residual`: builds a plain convolutional network and the residual network of the
/// same depth (`Models.plainCNN` / `Models.smallResNet`, widths 8-16-32, `blocks` blocks per
/// stage, so 2 + 6·blocks weight layers), measures each one's first-layer gradient norm on one
/// batch at initialization, then trains both with the same settings for the step budget on the
/// MNIST subset.
///
/// Metrics: `loss_gap`, the plain network's mean training loss over its last 20 steps minus the
/// residual network's (positive when the residual network trains faster), and `grad_ratio`, the
/// residual network's first-layer gradient norm at initialization divided by the plain one's.
/// Knobs read: `blocks` (default 3: 20 layers), `lr` (0.05), `batch` (64), `optimizer`
/// (momentum). Params: `train_per_class` (train on fewer images).
public struct PlainVersusResidualJob: LabJob {
    /// `plain-vs-residual`.
    public let kind = "plain-vs-residual"
    /// `plain`, then `residual`.
    public let comparedRuns = ["plain", "residual"]

    /// Creates the job.
    public init() {}

    /// Trains both networks and reports the chosen comparison.
    public func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome {
        guard ["loss_gap", "grad_ratio"].contains(spec.target.metric) else {
            throw LabError(
                "plain-vs-residual measures `loss_gap` or `grad_ratio`, not `\(spec.target.metric)`")
        }
        guard spec.dataset == "mnist" else { throw LabError("plain-vs-residual runs on `mnist` only") }
        let blocks = try LabSettings.whole(settings, "blocks", 3, in: 1...8)
        let rate = try LabSettings.learningRate(settings, 0.05)
        let batch = try LabSettings.whole(settings, "batch", 64, in: 1...1024)
        let split = try LabSettings.imageSplit(spec)
        do {
            var results: [(name: String, gradient: Double, loss: Double, summary: TrainerLabRun.Summary)] = []
            for (index, residual) in [false, true].enumerated() {
                let model =
                    residual
                    ? try Models.smallResNet(blocksPerStage: blocks, seed: 1)
                    : try Models.plainCNN(blocksPerStage: blocks, seed: 1)
                let gradient = try firstLayerGradientNorm(model, data: split.train, batch: batch)
                let optimizer = try LabSettings.optimizer(
                    settings, fallback: .sgd(momentum: 0.9), rate: rate, model: model)
                let configuration = TrainingConfiguration(
                    budget: .steps(spec.budgetSteps), batchSize: batch, seed: 7, evaluation: .atEnd)
                let trainer = Trainer(
                    model: model, optimizer: optimizer, training: split.train, validation: split.test,
                    configuration: configuration)
                let name = comparedRuns[index]
                let summary = try TrainerLabRun(
                    trainer: trainer, stepCap: spec.budgetSteps,
                    run: ComparedRun(index: index, count: 2, name: name)
                ).run(isCancelled: isCancelled, progress: progress)
                if summary.cancelled {
                    let steps = results.map(\.summary.steps) + [summary.steps]
                    return LabOutcome(
                        metric: .nan, steps: steps.reduce(0, +), diverged: false, curve: [], cancelled: true,
                        runSteps: steps)
                }
                let tail = summary.losses.suffix(20)
                let loss = tail.isEmpty ? .nan : tail.reduce(0, +) / Double(tail.count)
                results.append((name, gradient, loss, summary))
            }
            let plain = results[0]
            let residual = results[1]
            let lossGap = plain.loss - residual.loss
            let ratio = plain.gradient > 0 ? residual.gradient / plain.gradient : .infinity
            let metric = spec.target.metric == "loss_gap" ? lossGap : ratio
            let depth = 2 + 6 * blocks
            let text =
                "\(depth) weight layers. First-layer gradient norm at initialization: plain "
                + "\(LabNumber.format(plain.gradient)), residual \(LabNumber.format(residual.gradient)). "
                + "Training loss over the last 20 of \(spec.budgetSteps) steps: plain "
                + "\(LabNumber.format(plain.loss)), residual \(LabNumber.format(residual.loss)); "
                + "held-out accuracy: plain \(LabNumber.format(plain.summary.curve.last ?? .nan)), residual "
                + "\(LabNumber.format(residual.summary.curve.last ?? .nan))."
            let diverged = results.contains { $0.summary.diverged || !$0.loss.isFinite }
            return LabOutcome(
                metric: diverged ? .nan : metric, steps: plain.summary.steps + residual.summary.steps,
                diverged: diverged, curve: plain.summary.losses + residual.summary.losses,
                explanation: diverged
                    ? text + " "
                        + results.filter { $0.summary.diverged }.map {
                            "\($0.name): \($0.summary.explanation)"
                        }.joined(separator: " ")
                    : text,
                runSteps: [plain.summary.steps, residual.summary.steps])
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("the engine failed: \(error)")
        }
    }

    /// The L2 norm of the first parameter's gradient (the stem convolution) for one batch of
    /// cross-entropy at the network's initialization; the gradient is cleared afterwards.
    private func firstLayerGradientNorm(_ model: Module, data: LabeledDataset, batch: Int) throws -> Double {
        let loader = try DataLoader(dataset: data, batchSize: batch, shuffle: true, seed: 7)
        guard let first = loader.batches(epoch: 0).first(where: { _ in true }) else { return 0 }
        model.train()
        let loss = try Loss.crossEntropy(logits: try model(first.inputs), labels: first.labels)
        try loss.backward()
        let norm = Double(Evaluation.gradientNorms(of: model).first?.norm ?? 0)
        model.zeroGrad()
        return norm
    }
}
