import Foundation
import Lessons
import TensorEngine

/// Runs a lab on the engine's `Trainer` (stage 4-6 labs: MLPs and CNNs on real data): step
/// events become progress with throughput, held-out evaluations become validation points,
/// and the trainer's own divergence detection, target and fit diagnosis decide the end.
///
/// ```swift
/// let runner = TrainerLabRunner { settings in
///     let model = try Models.mlp(inputs: 2, hidden: [32], outputs: 3, seed: 1)
///     let rate = Float(settings["lr"]?.number ?? 0.1)
///     return Trainer(model: model, optimizer: try SGD(parameters: model.parameters(), learningRate: rate),
///                    training: train, validation: held, configuration: TrainingConfiguration(budget: .epochs(20)))
/// }
/// ```
public struct TrainerLabRunner: LabRunner {
    /// Builds a fresh trainer (model, optimizer, data, configuration) for the learner's knob settings.
    public let makeTrainer: @Sendable ([String: KnobValue]) throws -> Trainer

    /// A runner building its trainer with `makeTrainer`.
    public init(makeTrainer: @escaping @Sendable ([String: KnobValue]) throws -> Trainer) {
        self.makeTrainer = makeTrainer
    }

    /// Trains on the calling thread; pausing blocks the trainer between steps, stopping
    /// asks it to stop at its next check.
    public func run(
        settings: [String: KnobValue], control: LabRunControl,
        report: @escaping @Sendable (LabRunEvent) -> Void
    ) {
        let trainer: Trainer
        do {
            trainer = try makeTrainer(settings)
        } catch {
            report(.finished(LabRunEnd(metric: .nan, steps: 0, diverged: false, failure: "\(error)")))
            return
        }
        let batchSize = trainer.configuration.batchSize
        let budgetKind = trainer.configuration.budget
        var lastLoss = Double.nan
        var lastBudget = 1
        do {
            let result = try trainer.run { event in
                switch event {
                case .step(let step):
                    lastLoss = Double(step.loss)
                    lastBudget = Self.budget(
                        budgetKind, step: step.step, perEpoch: step.batchesPerEpoch,
                        elapsed: step.elapsedSeconds)
                    report(
                        .progress(
                            LabRunProgress(
                                step: step.step, budget: lastBudget,
                                loss: lastLoss, elapsedSeconds: step.elapsedSeconds,
                                examplesPerStep: batchSize)))
                case .evaluation(let record):
                    report(
                        .progress(
                            LabRunProgress(
                                step: record.step, budget: max(lastBudget, record.step),
                                loss: lastLoss, validationMetric: Double(record.validationAccuracy),
                                elapsedSeconds: record.elapsedSeconds)))
                }
                // Report first, then wait: a pause shows the latest step while it lasts.
                if !control.checkpoint() { trainer.control.stop() }
            }
            let accuracy = result.validationAccuracy ?? result.trainingAccuracy
            switch result.stopReason {
            case .diverged:
                report(
                    .finished(
                        LabRunEnd(
                            metric: .nan, steps: result.steps, diverged: true, explanation: result.explanation
                        )))
            case .stopped:
                report(
                    .finished(
                        LabRunEnd(
                            metric: accuracy.map(Double.init) ?? .nan, steps: result.steps, diverged: false,
                            stopped: true)))
            case .budgetReached, .targetReached:
                report(
                    .finished(
                        LabRunEnd(
                            metric: accuracy.map(Double.init) ?? .nan, steps: result.steps, diverged: false,
                            explanation: result.explanation)))
            }
        } catch {
            report(.finished(LabRunEnd(metric: .nan, steps: 0, diverged: false, failure: "\(error)")))
        }
    }

    /// The step budget for the progress bar: exact for step and epoch budgets, estimated from
    /// the pace so far for a time budget.
    static func budget(_ budget: TrainingBudget, step: Int, perEpoch: Int, elapsed: Double) -> Int {
        switch budget {
        case .steps(let steps): return steps
        case .epochs(let epochs): return max(step, epochs * perEpoch)
        case .seconds(let seconds):
            guard step > 0, elapsed > 0 else { return max(step, 1) }
            return max(step, Int(Double(step) * seconds / elapsed))
        }
    }
}
