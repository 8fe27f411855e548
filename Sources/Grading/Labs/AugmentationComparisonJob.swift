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
            var trainingAccuracies: [Double?] = []
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
                trainingAccuracies.append(summary.trainingAccuracy)
            }
            let gain = accuracies[1] - accuracies[0]
            let text = comparison(heldOut: accuracies, training: trainingAccuracies)
            return LabOutcome(
                metric: gain, steps: runSteps.reduce(0, +), diverged: false, curve: accuracies,
                explanation: text, runSteps: runSteps)
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("the engine failed: \(error)")
        }
    }

    /// The two runs side by side, and what the gap between training and held-out accuracy
    /// says: one comparison instead of the trainer's advice twice over.
    private func comparison(heldOut: [Double], training: [Double?]) -> String {
        let gain = heldOut[1] - heldOut[0]
        var text =
            "Held-out accuracy without augmentation \(percent(heldOut[0])), with "
            + "\(percent(heldOut[1])) (gain \(LabNumber.format(gain * 100)) points)."
        guard let plainTraining = training[0], let augmentedTraining = training[1] else { return text }
        text += " Training accuracy \(percent(plainTraining)) without, \(percent(augmentedTraining)) with."
        let plainGap = (plainTraining - heldOut[0]) * 100
        let augmentedGap = (augmentedTraining - heldOut[1]) * 100
        if gain > 0, augmentedGap < plainGap {
            text +=
                " Augmentation narrowed the gap between training and held-out accuracy from "
                + "\(LabNumber.format(plainGap)) to \(LabNumber.format(augmentedGap)) points: the network "
                + "memorised its few images less and learned more of what digits share."
        } else if augmentedTraining < plainTraining - 0.01 {
            text +=
                " The augmented run has not caught up yet: changed images are harder to fit, so it "
                + "needs more epochs than the plain one."
        } else {
            text += " Augmentation did not help here."
        }
        return text
    }

    private func percent(_ value: Double) -> String {
        NumericValue.format((value * 1000).rounded() / 10) + "%"
    }
}
