import Lessons
import TensorEngine

/// `job: image-classifier`: trains LeNet-5 (`model: lenet5`) or the small ResNet
/// (`model: resnet`) on `dataset: mnist` (the 4,000/1,000 MNIST subset) or `dataset: fashion`
/// (Fashion-MNIST, when installed) and measures `accuracy` on the held-out images.
///
/// Knobs read (missing ones take the matching `LabPresets` default): `lr`, `epochs`, `batch`,
/// `optimizer` (sgd, momentum, adam), `augmentation` (off, on). Params: `train_per_class` (train
/// on that many images per class only). The run stops at the target, after `epochs`, or when the
/// step budget is used; the trainer's verdict (diverged, underfit, overfit) comes back as the
/// outcome's explanation.
public struct ImageClassifierJob: LabJob {
    /// `image-classifier`.
    public let kind = "image-classifier"

    /// Where Fashion-MNIST's files are looked for.
    public let fashionDirectory: String

    /// Creates the job, looking for Fashion-MNIST in `fashionDirectory` (Debian's package
    /// location by default).
    public init(fashionDirectory: String = FashionMNIST.defaultDirectory) {
        self.fashionDirectory = fashionDirectory
    }

    /// Trains with the lab's settings and reports the best held-out accuracy.
    public func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome {
        guard spec.target.metric == "accuracy" else {
            throw LabError("image-classifier measures `accuracy`, not `\(spec.target.metric)`")
        }
        let preset = try Self.preset(model: spec.model ?? "lenet5", dataset: spec.dataset)
        let split = try LabSettings.imageSplit(spec, fashionDirectory: fashionDirectory)
        let rate = try LabSettings.learningRate(settings, preset.learningRate)
        let defaultEpochs: Int
        if case .epochs(let count) = preset.configuration.budget {
            defaultEpochs = count
        } else {
            defaultEpochs = 5
        }
        let epochs = try LabSettings.whole(settings, "epochs", defaultEpochs, in: 1...200)
        let batch = try LabSettings.whole(settings, "batch", preset.configuration.batchSize, in: 1...1024)
        let augmented = (settings["augmentation"]?.description ?? "off") == "on"
        var configuration = preset.configuration
        configuration.budget = .epochs(epochs)
        configuration.batchSize = batch
        configuration.targetAccuracy = Float(spec.target.value)
        configuration.augmentation = augmented ? .digits : nil
        if configuration.learningRateSchedule != nil {
            // The preset's cosine schedule spans the planned epochs, whatever the learner picks.
            configuration.learningRateSchedule = .cosine(period: epochs)
        }
        do {
            let model = try preset.makeModel()
            let optimizer = try LabSettings.optimizer(
                settings, fallback: preset.optimizer, rate: rate, model: model)
            let trainer = Trainer(
                model: model, optimizer: optimizer, training: split.train, validation: split.test,
                configuration: configuration)
            let summary = try TrainerLabRun(trainer: trainer, stepCap: spec.budgetSteps).run(
                isCancelled: isCancelled, progress: progress)
            return LabOutcome(
                metric: summary.bestAccuracy, steps: summary.steps, diverged: summary.diverged,
                curve: summary.curve, cancelled: summary.cancelled, explanation: summary.explanation)
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("the engine failed: \(error)")
        }
    }

    /// The measured defaults for a model on a dataset.
    static func preset(model: String, dataset: String) throws(LabError) -> LabPreset {
        switch (model, dataset) {
        case ("lenet5", "mnist"): return LabPresets.mnistLeNet5
        case ("lenet5", "fashion"): return LabPresets.fashionLeNet5
        case ("resnet", "mnist"), ("resnet", "fashion"): return LabPresets.mnistSmallResNet
        default:
            throw LabError(
                "model must be lenet5 or resnet and dataset mnist or fashion, got \(model) on \(dataset)")
        }
    }
}
