/// How long a training run may go on.
public enum TrainingBudget: Sendable, Equatable {
    /// This many optimizer steps (minibatches).
    case steps(Int)
    /// This many passes over the training set.
    case epochs(Int)
    /// This much wall-clock time, in seconds (checked before every step).
    case seconds(Double)
}

/// When the held-out set is evaluated during training.
public enum EvaluationSchedule: Sendable, Equatable {
    /// After every epoch.
    case everyEpoch
    /// After every `n` steps.
    case everySteps(Int)
    /// Only once, at the end.
    case atEnd
}

/// Thresholds for the end-of-run fit diagnosis.
public struct FitThresholds: Sendable, Equatable {
    /// Below this training accuracy the model underfits.
    public var underfitAccuracy: Float
    /// A training accuracy this much above the held-out accuracy means overfitting.
    public var overfitGap: Float

    /// Creates thresholds (defaults: underfit below 90% on the training set, overfit when the
    /// gap to the held-out set exceeds 5 points).
    public init(underfitAccuracy: Float = 0.9, overfitGap: Float = 0.05) {
        self.underfitAccuracy = underfitAccuracy
        self.overfitGap = overfitGap
    }
}

/// Everything about a training run except the model, optimizer and data.
public struct TrainingConfiguration: Sendable, Equatable {
    /// When to stop.
    public var budget: TrainingBudget
    /// Examples per step.
    public var batchSize: Int
    /// Seed of the per-epoch shuffles and augmentation draws.
    public var seed: UInt64
    /// When to measure the held-out set.
    public var evaluation: EvaluationSchedule
    /// Random image transformations applied to training batches, or nil.
    public var augmentation: ImageAugmentation?
    /// Stop early once the held-out accuracy reaches this fraction, or nil to use the budget.
    public var targetAccuracy: Float?
    /// A learning-rate schedule stepped once per epoch, or nil for a constant rate.
    public var learningRateSchedule: LearningRateSchedule?
    /// When a loss counts as diverged.
    public var divergence: DivergencePolicy
    /// When the final accuracies count as underfitting or overfitting.
    public var fitThresholds: FitThresholds
    /// At most this many training examples (evenly spread) are measured for the final
    /// training accuracy, which keeps the diagnosis cheap on large sets.
    public var trainingAccuracySampleSize: Int

    /// Creates a configuration; only the budget is required.
    public init(
        budget: TrainingBudget, batchSize: Int = 64, seed: UInt64 = 0,
        evaluation: EvaluationSchedule = .everyEpoch,
        augmentation: ImageAugmentation? = nil, targetAccuracy: Float? = nil,
        learningRateSchedule: LearningRateSchedule? = nil, divergence: DivergencePolicy = DivergencePolicy(),
        fitThresholds: FitThresholds = FitThresholds(), trainingAccuracySampleSize: Int = 2000
    ) {
        self.budget = budget
        self.batchSize = batchSize
        self.seed = seed
        self.evaluation = evaluation
        self.augmentation = augmentation
        self.targetAccuracy = targetAccuracy
        self.learningRateSchedule = learningRateSchedule
        self.divergence = divergence
        self.fitThresholds = fitThresholds
        self.trainingAccuracySampleSize = trainingAccuracySampleSize
    }
}
