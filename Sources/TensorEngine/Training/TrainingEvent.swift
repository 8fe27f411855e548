/// Progress after one optimizer step.
public struct StepProgress: Sendable, Equatable {
    /// Steps taken so far, counting this one (from 1).
    public let step: Int
    /// The current epoch, counting from 0.
    public let epoch: Int
    /// This batch's position in the epoch, from 0.
    public let batchInEpoch: Int
    /// Batches per epoch.
    public let batchesPerEpoch: Int
    /// This batch's training loss.
    public let loss: Float
    /// The learning rate used for this step.
    public let learningRate: Float
    /// Training examples processed per second of training so far (pauses excluded).
    public let imagesPerSecond: Double
    /// Seconds since the run started, pauses excluded.
    public let elapsedSeconds: Double
}

/// A measurement of the held-out set during training.
public struct EvaluationRecord: Sendable, Equatable {
    /// Steps taken when it was measured.
    public let step: Int
    /// Epochs completed when it was measured (fractional between epoch ends).
    public let epoch: Double
    /// Seconds since the run started, pauses excluded.
    public let elapsedSeconds: Double
    /// Mean cross-entropy on the held-out set.
    public let validationLoss: Float
    /// Accuracy on the held-out set, in [0, 1].
    public let validationAccuracy: Float
}

/// What a `Trainer` reports while it runs.
public enum TrainingEvent: Sendable, Equatable {
    /// One optimizer step finished.
    case step(StepProgress)
    /// The held-out set was evaluated.
    case evaluation(EvaluationRecord)
}

/// Why a run ended.
public enum StopReason: Sendable, Equatable {
    /// The step, epoch or time budget was used up.
    case budgetReached
    /// The held-out accuracy reached the configured target.
    case targetReached(accuracy: Float)
    /// `TrainingControl.stop()` was called.
    case stopped
    /// The loss diverged; training was abandoned.
    case diverged(Divergence)
}

/// The end-of-run verdict on how well the model fits.
public enum FitDiagnosis: Sendable, Equatable {
    /// Accurate on the training set and about as accurate on the held-out set.
    case goodFit
    /// Not accurate even on the training set.
    case underfit
    /// Much more accurate on the training set than on the held-out set.
    case overfit
    /// Training diverged, so fit cannot be judged.
    case diverged
    /// Not enough information (no held-out set, or no step taken).
    case undetermined
}

/// Everything a finished run reports.
public struct TrainingResult: Sendable {
    /// Why it ended.
    public let stopReason: StopReason
    /// Optimizer steps taken.
    public let steps: Int
    /// Epochs completed in full.
    public let epochsCompleted: Int
    /// Wall-clock seconds, pauses excluded.
    public let elapsedSeconds: Double
    /// The training loss of every step.
    public let lossHistory: [Float]
    /// Every held-out evaluation, in order (the last is the final one).
    public let evaluations: [EvaluationRecord]
    /// Accuracy on (a spread sample of) the training set at the end, or nil after divergence.
    public let trainingAccuracy: Float?
    /// The final held-out measurement with every prediction, or nil without a held-out set.
    public let finalEvaluation: EvaluationReport?
    /// The final held-out accuracy, if measured. Stored rather than computed from
    /// `finalEvaluation`: Swift 6.3's optimizer crashed (SIL ownership verifier) inlining the
    /// optional chain into callers in other modules.
    public let validationAccuracy: Float?
    /// The fit verdict.
    public let diagnosis: FitDiagnosis
    /// A learner-readable summary of the outcome and, when it failed, why and what to try.
    public let explanation: String
}
