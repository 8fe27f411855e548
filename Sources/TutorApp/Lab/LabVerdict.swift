import Grading
import Lessons

/// The end of a lab run as the learner reads it: passed or not, and why.
public struct LabVerdict: Sendable, Hashable {
    /// Whether the target was reached.
    public var passed: Bool
    /// The metric against the target, or what went wrong and what to try, in a first line; then
    /// the job's report, one item a line.
    public var message: String
    /// Whether the run diverged.
    public var diverged: Bool
    /// Whether the learner stopped it.
    public var stopped: Bool

    /// A verdict as recorded (replays show the recorded message).
    public init(passed: Bool, message: String, diverged: Bool, stopped: Bool) {
        self.passed = passed
        self.message = message
        self.diverged = diverged
        self.stopped = stopped
    }

    /// Judges `end` against the lab's target. `firstLoss` and `lastLoss` are the first and
    /// the latest loss the screen was shown, so a divergence is told in the numbers the
    /// learner saw; `run` is the run a comparison was in when it ended and `runCount` how many
    /// it compares (the budget caps each).
    ///
    /// Below its first line the message carries the job's report as `dltutor check` prints it:
    /// the target, what the job made of the run (the compared accuracies, losses and gradient
    /// norms, why it fell short) and the settings used, one item a line.
    public init(
        end: LabRunEnd, spec: LabSpec, settings: [String: KnobValue], firstLoss: Double? = nil,
        lastLoss: Double? = nil, run: ComparedRun? = nil, runCount: Int = 1
    ) {
        diverged = end.diverged
        stopped = end.stopped
        let target = LabReport.target(spec, runs: runCount)
        let runText = run.map { " of \($0.label)" } ?? ""
        // In a comparison the step is counted within the run it names.
        let step = end.runSteps.last ?? end.steps
        var explained = false
        if let failure = end.failure {
            passed = false
            message = "The lab could not run: \(failure)"
            return
        } else if end.diverged {
            passed = false
            let rate = settings["lr"].map { " (lr = \($0.description))" } ?? ""
            let advice = "The learning rate\(rate) is probably too high: try a smaller one."
            if let cause = Self.divergence(first: firstLoss, last: lastLoss) {
                message = "Diverged at step \(step)\(runText): \(cause). " + advice
            } else if let explanation = end.explanation {
                // The trainer's own account names the cause, the step and a smaller rate.
                message = explanation
                explained = true
            } else {
                message = "Diverged at step \(step)\(runText): the values grew out of bounds. " + advice
            }
        } else if end.stopped {
            passed = false
            message = "Stopped at step \(step)\(runText). Target: \(target)."
            return
        } else if spec.target.isMet(by: end.metric) {
            passed = true
            message =
                "PASS: "
                + LabReport.reached(
                    spec, metric: end.metric, steps: end.steps, runSteps: end.runSteps) + "."
        } else {
            passed = false
            message =
                "Not yet: "
                + LabReport.reached(
                    spec, metric: end.metric, steps: end.steps, runSteps: end.runSteps) + "."
        }
        var report = ["Target: \(target)."]
        if let explanation = end.explanation, !explained { report.append(explanation) }
        report.append("Settings: \(LabReport.settings(spec, settings)).")
        message += "\n" + report.joined(separator: "\n")
    }

    /// What the losses show of a divergence ("the loss became NaN", "the loss grew from 3 to
    /// 850306, ..."), in the footer's number format; nil when they show none.
    static func divergence(first: Double?, last: Double?) -> String? {
        guard let last else { return nil }
        if last.isNaN { return "the loss became NaN" }
        if last.isInfinite { return "the loss became infinite" }
        guard let first, first.isFinite, last > first else { return nil }
        let growth = last > 1000 * abs(first) ? ", over a thousand times where it started" : ""
        return "the loss grew from \(ValueText.short(first)) to \(ValueText.short(last))\(growth)"
    }
}
