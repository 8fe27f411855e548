import Foundation

/// Trains a classifier (cross-entropy on its logits) with an optimizer on a labeled dataset,
/// headless: progress goes to a callback, another thread may pause or stop it through
/// `control`, a diverging loss ends the run with an explanation, and the end result carries
/// a fit diagnosis.
///
/// `run` executes on the calling thread and calls `onEvent` there; run it on a background
/// thread to keep a UI responsive. The model and optimizer must not be used elsewhere meanwhile.
public final class Trainer: @unchecked Sendable {
    /// The network being trained.
    public let model: Module
    /// The optimizer updating `model`'s parameters.
    public let optimizer: Optimizer
    /// The examples trained on.
    public let training: LabeledDataset
    /// The held-out examples measured during and after training, or nil.
    public let validation: LabeledDataset?
    /// Budget, batch size, seed, evaluation, augmentation and thresholds.
    public let configuration: TrainingConfiguration
    /// Pause / resume / stop from another thread.
    public let control: TrainingControl

    /// Prepares a run; nothing happens until `run`.
    public init(
        model: Module, optimizer: Optimizer, training: LabeledDataset, validation: LabeledDataset? = nil,
        configuration: TrainingConfiguration, control: TrainingControl = TrainingControl()
    ) {
        self.model = model
        self.optimizer = optimizer
        self.training = training
        self.validation = validation
        self.configuration = configuration
        self.control = control
    }

    /// Trains until the budget is used, the target accuracy is reached, a stop is requested or
    /// the loss diverges.
    /// - Throws: `DataError.invalidArgument` for an invalid configuration, and any error of the
    ///   model or optimizer (e.g. input shapes that do not fit the model).
    public func run(onEvent: (TrainingEvent) -> Void = { _ in }) throws -> TrainingResult {
        try validateConfiguration()
        var state = RunState(
            clock: RunClock(), detector: DivergenceDetector(policy: configuration.divergence))
        let loader = try DataLoader(
            dataset: training, batchSize: configuration.batchSize, shuffle: true, seed: configuration.seed,
            augmentation: configuration.augmentation)
        let scheduler = try configuration.learningRateSchedule.map {
            try LearningRateScheduler(optimizer: optimizer, schedule: $0)
        }
        model.train()
        var stopReason = StopReason.budgetReached
        training: while !budgetUsed(state, epochEnded: true) {
            for batch in loader.batches(epoch: state.epoch) {
                if let reason = try interruption(state) {
                    stopReason = reason
                    break training
                }
                if let divergence = try trainStep(batch, loader: loader, state: &state, onEvent: onEvent) {
                    stopReason = .diverged(divergence)
                    break training
                }
                if case .everySteps(let interval) = configuration.evaluation, state.step % interval == 0,
                    let reached = try evaluate(state: &state, onEvent: onEvent)
                {
                    stopReason = reached
                    break training
                }
            }
            state.epoch += 1
            state.batchInEpoch = 0
            scheduler?.step()
            if configuration.evaluation == .everyEpoch,
                let reached = try evaluate(state: &state, onEvent: onEvent)
            {
                stopReason = reached
                break training
            }
        }
        return try finish(stopReason: stopReason, state: &state, onEvent: onEvent)
    }

    private func validateConfiguration() throws {
        guard configuration.batchSize > 0 else {
            throw DataError.invalidArgument(
                "training: batch size must be positive, got \(configuration.batchSize)")
        }
        if case .everySteps(let interval) = configuration.evaluation, interval < 1 {
            throw DataError.invalidArgument(
                "training: evaluation interval must be at least 1 step, got \(interval)")
        }
        switch configuration.budget {
        case .steps(let count) where count < 0, .epochs(let count) where count < 0:
            throw DataError.invalidArgument("training: the budget must not be negative")
        case .seconds(let seconds) where !(seconds >= 0):
            throw DataError.invalidArgument(
                "training: the time budget must be a non-negative number of seconds")
        default:
            break
        }
    }

    /// Whether the budget is exhausted; epoch budgets are only checked between epochs.
    private func budgetUsed(_ state: RunState, epochEnded: Bool) -> Bool {
        switch configuration.budget {
        case .steps(let count): return state.step >= count
        case .epochs(let count): return epochEnded && state.epoch >= count
        case .seconds(let seconds): return state.clock.elapsed >= seconds
        }
    }

    /// Waits out a pause; reports a stop request or a used-up step/time budget.
    private func interruption(_ state: RunState) throws -> StopReason? {
        if control.isPaused {
            state.clock.pause()
            let keepGoing = control.waitWhilePaused()
            state.clock.resume()
            if !keepGoing { return .stopped }
        }
        if control.isStopRequested { return .stopped }
        return budgetUsed(state, epochEnded: false) ? .budgetReached : nil
    }

    /// Forward, loss, divergence check, backward and update for one batch.
    private func trainStep(
        _ batch: Batch, loader: DataLoader, state: inout RunState, onEvent: (TrainingEvent) -> Void
    ) throws -> Divergence? {
        optimizer.zeroGrad()
        let loss = try Loss.crossEntropy(logits: model(batch.inputs), labels: batch.labels)
        let value = try loss.item()
        // Checked before the update, so diverged weights never replace the last sane ones.
        if let divergence = state.detector.check(
            loss: value, step: state.step + 1, learningRate: optimizer.learningRate)
        {
            state.lossHistory.append(value)
            return divergence
        }
        try loss.backward()
        try optimizer.step()
        state.step += 1
        state.examplesSeen += batch.count
        state.lossHistory.append(value)
        let elapsed = state.clock.elapsed
        onEvent(
            .step(
                StepProgress(
                    step: state.step, epoch: state.epoch, batchInEpoch: state.batchInEpoch,
                    batchesPerEpoch: loader.batchesPerEpoch, loss: value,
                    learningRate: optimizer.learningRate,
                    imagesPerSecond: elapsed > 0 ? Double(state.examplesSeen) / elapsed : 0,
                    elapsedSeconds: elapsed)))
        state.batchInEpoch += 1
        return nil
    }

    /// Measures the held-out set (if any) and reports whether the target accuracy is reached.
    private func evaluate(state: inout RunState, onEvent: (TrainingEvent) -> Void) throws -> StopReason? {
        guard let validation, state.step > 0 else { return nil }
        let report = try Evaluation.evaluate(model, on: validation)
        let loaderBatches = Double(
            Swift.max(1, (training.count + configuration.batchSize - 1) / configuration.batchSize))
        let record = EvaluationRecord(
            step: state.step, epoch: Double(state.epoch) + Double(state.batchInEpoch) / loaderBatches,
            elapsedSeconds: state.clock.elapsed, validationLoss: report.loss,
            validationAccuracy: report.accuracy)
        state.evaluations.append(record)
        state.lastEvaluation = (state.step, report)
        onEvent(.evaluation(record))
        if let target = configuration.targetAccuracy, report.accuracy >= target {
            return .targetReached(accuracy: report.accuracy)
        }
        return nil
    }

    /// Final held-out and training measurements, the diagnosis and the explanation.
    private func finish(
        stopReason: StopReason, state: inout RunState, onEvent: (TrainingEvent) -> Void
    ) throws -> TrainingResult {
        var trainingAccuracy: Float?
        var diagnosis = FitDiagnosis.undetermined
        var explanation: String
        if case .diverged(let divergence) = stopReason {
            diagnosis = .diverged
            explanation = "Training diverged: " + divergence.explanation + "."
        } else {
            if state.lastEvaluation?.step != state.step { _ = try evaluate(state: &state, onEvent: onEvent) }
            if state.step > 0 {
                trainingAccuracy = try Evaluation.evaluate(model, on: trainingSample()).accuracy
            }
            let validationAccuracy = state.lastEvaluation?.report.accuracy
            diagnosis = FitAnalysis.diagnose(
                training: trainingAccuracy, validation: validationAccuracy,
                thresholds: configuration.fitThresholds)
            explanation = FitAnalysis.explain(
                stopReason: stopReason, diagnosis: diagnosis, training: trainingAccuracy,
                validation: validationAccuracy, steps: state.step,
                stuckAtChance: FitAnalysis.isStuckAtChance(
                    training: trainingAccuracy, losses: state.lossHistory, classCount: training.classCount),
                unstable: FitAnalysis.unstableLoss(state.lossHistory), classCount: training.classCount)
        }
        return TrainingResult(
            stopReason: stopReason, steps: state.step, epochsCompleted: state.epoch,
            elapsedSeconds: state.clock.elapsed, lossHistory: state.lossHistory,
            evaluations: state.evaluations,
            trainingAccuracy: trainingAccuracy, finalEvaluation: state.lastEvaluation?.report,
            validationAccuracy: state.lastEvaluation?.report.accuracy, diagnosis: diagnosis,
            explanation: explanation)
    }

    /// Up to `trainingAccuracySampleSize` training examples spread evenly over the set (the
    /// files are often sorted by class, so a prefix would be one class only).
    private func trainingSample() throws -> LabeledDataset {
        let limit = Swift.max(1, configuration.trainingAccuracySampleSize)
        guard training.count > limit else { return training }
        return try training.subset((0..<limit).map { $0 * training.count / limit })
    }
}

/// The mutable bookkeeping of one run.
struct RunState {
    var clock: RunClock
    var detector: DivergenceDetector
    var step = 0
    var epoch = 0
    var batchInEpoch = 0
    var examplesSeen = 0
    var lossHistory: [Float] = []
    var evaluations: [EvaluationRecord] = []
    var lastEvaluation: (step: Int, report: EvaluationReport)?
}

/// Elapsed wall-clock time that stands still while paused.
final class RunClock {
    private let start = ContinuousClock.now
    private var pausedAt: ContinuousClock.Instant?
    private var pausedTotal = Duration.zero

    /// Seconds since creation, minus time spent paused.
    var elapsed: Double {
        let end = pausedAt ?? ContinuousClock.now
        let duration = end - start - pausedTotal
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    func pause() {
        if pausedAt == nil { pausedAt = ContinuousClock.now }
    }

    func resume() {
        if let pausedAt { pausedTotal += ContinuousClock.now - pausedAt }
        pausedAt = nil
    }
}
