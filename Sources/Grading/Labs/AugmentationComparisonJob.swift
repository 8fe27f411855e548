import Lessons
import TensorEngine

/// `job: augmentation-comparison`: trains LeNet-5 twice on a small MNIST training set
/// (`params.per_class` images per class, default 30), once without and once with
/// `ImageAugmentation.digits`, and measures `gain`: the held-out accuracy with augmentation minus
/// the accuracy without (in accuracy points, 0.033 = 3.3 points). A lab targets `gain above 0`.
///
/// Knobs read: `lr`, `epochs`, `batch` (defaults from `LabPresets.augmentationComparison`).
/// The step budget caps each of the two runs.
public struct AugmentationComparisonJob: LabJob {
    /// `augmentation-comparison`.
    public let kind = "augmentation-comparison"
    /// `no augmentation`, then `augmentation`.
    public let comparedRuns = ["no augmentation", "augmentation"]

    /// Creates the job.
    public init() {}

    /// Trains both runs and reports the gain.
    public func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome {
        guard spec.target.metric == "gain" else {
            throw LabError("augmentation-comparison measures `gain`, not `\(spec.target.metric)`")
        }
        guard spec.dataset == "mnist" else { throw LabError("augmentation-comparison runs on `mnist` only") }
        let perClass = try LabSettings.wholeParameter(spec, "per_class", 30, in: 1...400)
        let plainPreset = LabPresets.augmentationComparison(augmented: false)
        let rate = try LabSettings.learningRate(settings, plainPreset.learningRate)
        let epochs = try LabSettings.whole(settings, "epochs", 60, in: 1...400)
        let batch = try LabSettings.whole(
            settings, "batch", plainPreset.configuration.batchSize, in: 1...1024)
        do {
            let split = try MNISTSubset.loadSplit()
            let small = try LabPresets.smallTrainingSubset(of: split.train, perClass: perClass)
            var accuracies: [Double] = []
            var explanations: [String] = []
            var runSteps: [Int] = []
            for (index, augmented) in [false, true].enumerated() {
                let preset = LabPresets.augmentationComparison(augmented: augmented)
                var configuration = preset.configuration
                configuration.budget = .epochs(epochs)
                configuration.batchSize = batch
                configuration.learningRateSchedule = .cosine(period: epochs)
                let model = try preset.makeModel()
                let optimizer = try LabSettings.optimizer(
                    settings, fallback: preset.optimizer, rate: rate, model: model)
                let trainer = Trainer(
                    model: model, optimizer: optimizer, training: small, validation: split.test,
                    configuration: configuration)
                let run = ComparedRun(index: index, count: 2, name: comparedRuns[index])
                let summary = try TrainerLabRun(trainer: trainer, stepCap: spec.budgetSteps, run: run)
                    .run(isCancelled: isCancelled, progress: progress)
                runSteps.append(summary.steps)
                if summary.cancelled || summary.diverged {
                    return LabOutcome(
                        metric: .nan, steps: runSteps.reduce(0, +), diverged: summary.diverged,
                        curve: accuracies, cancelled: summary.cancelled,
                        explanation: (augmented ? "with augmentation: " : "without augmentation: ")
                            + summary.explanation, runSteps: runSteps)
                }
                accuracies.append(summary.curve.last ?? .nan)
                explanations.append(summary.explanation)
            }
            let gain = accuracies[1] - accuracies[0]
            let text =
                "Held-out accuracy without augmentation \(percent(accuracies[0])), with "
                + "\(percent(accuracies[1])) (gain \(LabNumber.format(gain * 100)) points). "
                + "Without: \(explanations[0]) With: \(explanations[1])"
            return LabOutcome(
                metric: gain, steps: runSteps.reduce(0, +), diverged: false, curve: accuracies,
                explanation: text, runSteps: runSteps)
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("the engine failed: \(error)")
        }
    }

    private func percent(_ value: Double) -> String {
        NumericValue.format((value * 1000).rounded() / 10) + "%"
    }
}
