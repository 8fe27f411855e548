import Foundation
import Grading
import Lessons

/// Runs a lesson's lab through the grader's job (`optimize-2d`, `mlp-2d`, the image
/// classifiers and comparisons), turning its progress callbacks into `LabRunEvent`s with timing
/// (a held-out accuracy as the held-out metric, a value not measured yet left out), and
/// honouring pause at every report.
///
/// A stop is passed to the job, which checks it before every step and returns at once.
public struct GradingLabRunner: LabRunner {
    /// The lab.
    public let spec: LabSpec
    /// The job that runs it.
    public let job: any LabJob

    /// The runs the job compares (none for a single run).
    public var comparedRuns: [String] { job.comparedRuns }

    /// A runner for `spec` using the grader's standard job of its kind.
    /// - Throws: `LabRunnerError.unknownJob` when this build has no such job.
    public init(spec: LabSpec, grader: LabGrader = .standard) throws(LabRunnerError) {
        guard let job = grader.jobs[spec.job] else {
            throw LabRunnerError.unknownJob(spec.job, known: grader.jobs.keys.sorted())
        }
        self.spec = spec
        self.job = job
    }

    /// Runs the job on the calling thread.
    public func run(
        settings: [String: KnobValue], control: LabRunControl,
        report: @escaping @Sendable (LabRunEvent) -> Void
    ) {
        let started = Date()
        let isAccuracy = spec.target.metric == "accuracy"
        var lastStep = 0
        do {
            let outcome = try job.run(
                spec, settings: settings, isCancelled: { control.isStopped },
                progress: { progress in
                    guard !control.isStopped else { return }
                    lastStep = progress.step
                    // Only measurements become curve points; a repeated one would draw a staircase.
                    let measured = progress.isMeasured && progress.metric.isFinite ? progress.metric : nil
                    let heldOut = progress.measure == .heldOutAccuracy
                    // A job whose metric is its loss (the optimize-2d gap) draws it once, as loss.
                    let onTraining = !heldOut && (isAccuracy || progress.metric != progress.loss)
                    report(
                        .progress(
                            LabRunProgress(
                                step: progress.step, budget: progress.plannedSteps ?? progress.budget,
                                loss: progress.loss, metric: onTraining ? measured : nil,
                                validationMetric: heldOut ? measured : nil,
                                elapsedSeconds: Date().timeIntervalSince(started), run: progress.run)))
                    // Report first, then wait: a pause shows the latest progress while it lasts.
                    _ = control.checkpoint()
                })
            guard !control.isStopped else {
                report(.finished(LabRunEnd(metric: .nan, steps: lastStep, diverged: false, stopped: true)))
                return
            }
            report(
                .finished(
                    LabRunEnd(
                        metric: outcome.metric, steps: outcome.steps, diverged: outcome.diverged,
                        explanation: outcome.explanation, runSteps: outcome.runSteps)))
        } catch {
            report(.finished(LabRunEnd(metric: .nan, steps: 0, diverged: false, failure: error.description)))
        }
    }
}

/// A lab that this build cannot run.
public enum LabRunnerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No job of this kind.
    case unknownJob(String, known: [String])

    /// A message for the learner.
    public var description: String {
        switch self {
        case .unknownJob(let kind, let known):
            "this build cannot run lab jobs of kind '\(kind)' (available: \(known.joined(separator: ", ")))"
        }
    }
}
