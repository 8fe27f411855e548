import Lessons

/// The end of a lab run as the learner reads it: passed or not, and why.
public struct LabVerdict: Sendable, Hashable {
    /// Whether the target was reached.
    public var passed: Bool
    /// One or two sentences: the metric against the target, or what went wrong and what to try.
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

    /// Judges `end` against the lab's target.
    public init(end: LabRunEnd, spec: LabSpec, settings: [String: KnobValue]) {
        diverged = end.diverged
        stopped = end.stopped
        let target = "\(spec.target.text) within \(spec.budgetSteps) steps"
        if let failure = end.failure {
            passed = false
            message = "The lab could not run: \(failure)"
        } else if end.diverged {
            passed = false
            let rate = settings["lr"].map { " (lr = \($0.description))" } ?? ""
            message =
                "Diverged at step \(end.steps): the loss became NaN or infinite. The learning rate\(rate) "
                + "is probably too high: try a smaller one."
        } else if end.stopped {
            passed = false
            message = "Stopped at step \(end.steps). Target: \(target)."
        } else if spec.target.isMet(by: end.metric) {
            passed = true
            message =
                "PASS: \(spec.target.metric) = \(NumericValue.format(end.metric)) after \(end.steps) steps "
                + "(target \(target))."
        } else {
            passed = false
            message =
                "Not yet: \(spec.target.metric) = \(NumericValue.format(end.metric)) after \(end.steps) steps; "
                + "target \(target)."
        }
    }
}
