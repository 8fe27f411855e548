import Lessons
import TensorEngine

/// One Trainer run inside a lab: the step cap from the lab's budget, cancellation through
/// `TrainingControl`, and progress reports (held-out accuracy as the metric) for the tutor.
struct TrainerLabRun {
    /// The model, optimizer, data and configuration to train with.
    let trainer: Trainer
    /// The lab's step budget; the run is stopped once it is used up.
    let stepCap: Int
    /// Which run this is, in a lab that compares runs (steps then count from 1 in every run).
    var run: ComparedRun? = nil

    /// How the run ended, reduced to what a lab reports.
    struct Summary {
        /// Best held-out accuracy seen (NaN when never evaluated).
        let bestAccuracy: Double
        /// Optimizer steps taken.
        let steps: Int
        /// Whether the trainer stopped the run because the loss diverged.
        let diverged: Bool
        /// Whether the caller cancelled the run.
        let cancelled: Bool
        /// Held-out accuracy at every evaluation.
        let curve: [Double]
        /// The training loss at every step.
        let losses: [Double]
        /// The trainer's verdict in words (diverged, underfit, overfit, good fit).
        let explanation: String
        /// Accuracy on (a sample of) the training set at the end, when measured.
        var trainingAccuracy: Double? = nil
    }

    /// Trains, stopping at the step cap or when `isCancelled` says so.
    func run(isCancelled: () -> Bool, progress: (LabProgress) -> Void) throws -> Summary {
        var cancelled = false
        var lastAccuracy = Double.nan
        var lastLoss = Double.nan
        var planned: Int? = nil
        var lastReported = 0
        func report(_ step: Int, measured: Bool) {
            lastReported = max(lastReported, step)
            progress(
                LabProgress(
                    step: step, budget: stepCap, metric: lastAccuracy, loss: lastLoss,
                    measure: .heldOutAccuracy, run: run, plannedSteps: planned, isMeasured: measured))
        }
        let result = try trainer.run { event in
            switch event {
            case .step(let step):
                lastLoss = Double(step.loss)
                planned = planned ?? plannedSteps(batchesPerEpoch: step.batchesPerEpoch)
                // Report every few steps so a live view moves without flooding it; every one of
                // the first ten, so a run that blows up at once still draws what it did.
                if step.step % 5 == 0 || step.step <= 10 { report(step.step, measured: false) }
                if isCancelled() {
                    cancelled = true
                    trainer.control.stop()
                } else if step.step >= stepCap {
                    trainer.control.stop()
                }
            case .evaluation(let record):
                lastAccuracy = Double(record.validationAccuracy)
                report(record.step, measured: true)
            }
        }
        if case .diverged = result.stopReason {
            // The steps since the last report, the one that blew up included (it never became a
            // step event), so the curve ends where the loss went.
            for (index, loss) in result.lossHistory.enumerated() where index + 1 > lastReported {
                lastLoss = Double(loss)
                report(index + 1, measured: false)
            }
        }
        var curve = result.evaluations.map { Double($0.validationAccuracy) }
        if let final = result.validationAccuracy, curve.last != Double(final) { curve.append(Double(final)) }
        let diverged: Bool
        if case .diverged = result.stopReason { diverged = true } else { diverged = false }
        return Summary(
            bestAccuracy: curve.max() ?? .nan, steps: result.steps, diverged: diverged, cancelled: cancelled,
            curve: curve, losses: result.lossHistory.map(Double.init), explanation: result.explanation,
            trainingAccuracy: result.trainingAccuracy.map(Double.init))
    }

    /// The steps the run takes unless it stops early: its epochs or steps, capped by the budget
    /// (nil for a time budget, which the pace decides).
    func plannedSteps(batchesPerEpoch: Int) -> Int? {
        switch trainer.configuration.budget {
        case .steps(let steps): return min(stepCap, steps)
        case .epochs(let epochs): return min(stepCap, epochs * batchesPerEpoch)
        case .seconds: return nil
        }
    }
}
