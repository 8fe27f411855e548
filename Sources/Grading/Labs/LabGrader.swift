import Foundation
import Lessons

/// Runs labs through the registered job kinds and grades them by the metric reached.
public struct LabGrader: Sendable {
    /// The job kinds available, by name.
    public let jobs: [String: any LabJob]

    /// A grader knowing `jobs`.
    public init(jobs: [any LabJob]) {
        self.jobs = Dictionary(jobs.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The job kinds this build can run.
    public static let standard = LabGrader(jobs: [
        Optimize2DJob(), MLPClassifierJob(), ImageClassifierJob(), AugmentationComparisonJob(),
        PlainVersusResidualJob(),
    ])

    /// Applies `overrides` (`knob=value` pairs already split) on top of the defaults.
    public static func settings(for spec: LabSpec, overrides: [(String, String)]) -> Result<
        [String: KnobValue], KnobError
    > {
        var settings = spec.defaultSettings
        for (name, text) in overrides {
            guard let knob = spec.knobs.first(where: { $0.name == name }) else {
                let names = spec.knobs.map(\.name).joined(separator: ", ")
                return .failure(KnobError(message: "no knob named '\(name)' (knobs: \(names))"))
            }
            switch knob.value(parsing: text) {
            case .success(let value): settings[name] = value
            case .failure(let error): return .failure(error)
            }
        }
        return .success(settings)
    }

    /// Runs the lab and grades the outcome against its target.
    public func grade(
        _ spec: LabSpec, settings: [String: KnobValue], progress: (LabProgress) -> Void = { _ in }
    ) -> (report: GradeReport, outcome: LabOutcome?) {
        grade(spec, settings: settings, isCancelled: { false }, progress: progress)
    }

    /// Runs the lab, stopping early when `isCancelled` returns true, and grades the outcome.
    public func grade(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) -> (report: GradeReport, outcome: LabOutcome?) {
        guard let job = jobs[spec.job] else {
            let known = jobs.keys.sorted().joined(separator: ", ")
            return (
                GradeReport(
                    passed: false, score: 0, summary: "this build cannot run lab jobs of kind '\(spec.job)'",
                    details: ["available job kinds: \(known)"]), nil
            )
        }
        let outcome: LabOutcome
        do {
            outcome = try job.run(spec, settings: settings, isCancelled: isCancelled, progress: progress)
        } catch {
            return (
                GradeReport(passed: false, score: 0, summary: "the lab cannot run: \(error.description)"), nil
            )
        }
        let knobs = LabReport.settings(spec, settings)
        let reached = LabReport.reached(
            spec, metric: outcome.metric, steps: outcome.steps, runSteps: outcome.runSteps)
        let target = "target: " + LabReport.target(spec, runs: job.comparedRuns.count)
        if outcome.cancelled {
            return (
                GradeReport(
                    passed: false, score: 0, summary: "the run was stopped at step \(outcome.steps)",
                    details: ["settings: \(knobs)", target]), outcome
            )
        }
        if outcome.diverged {
            return (
                GradeReport(
                    passed: false, score: 0,
                    summary:
                        "the run diverged (values became NaN, infinite or too large) at step \(outcome.steps)",
                    details: [
                        "settings: \(knobs)", target,
                        outcome.explanation ?? "a smaller learning rate usually helps",
                    ]),
                outcome
            )
        }
        let passed = spec.target.isMet(by: outcome.metric)
        return (
            GradeReport(
                passed: passed, score: passed ? 1 : progressScore(spec.target, outcome.metric),
                summary: passed ? "target reached: \(reached)" : "target not reached: \(reached)",
                details: ["settings: \(knobs)", target] + (outcome.explanation.map { [$0] } ?? [])), outcome
        )
    }

    /// Partial credit on a log scale for "at most" targets, linear for "at least" ones.
    private func progressScore(_ target: LabTarget, _ metric: Double) -> Double {
        guard metric.isFinite else { return 0 }
        switch target.goal {
        case .atLeast: return target.value == 0 ? 0 : metric / target.value
        case .atMost:
            guard metric > 0, target.value > 0 else { return 0 }
            return 1 / (1 + log10(metric / target.value))
        }
    }
}
