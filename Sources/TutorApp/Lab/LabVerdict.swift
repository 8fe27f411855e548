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

    /// Judges `end` against the lab's target. `firstLoss` and `lastLoss` are the first and
    /// the latest loss the screen was shown, so a divergence is told in the numbers the
    /// learner saw.
    public init(
        end: LabRunEnd, spec: LabSpec, settings: [String: KnobValue], firstLoss: Double? = nil,
        lastLoss: Double? = nil
    ) {
        diverged = end.diverged
        stopped = end.stopped
        let target = "\(spec.target.text) within \(spec.budgetSteps) steps"
        if let failure = end.failure {
            passed = false
            message = "The lab could not run: \(failure)"
        } else if end.diverged {
            passed = false
            let rate = settings["lr"].map { " (lr = \($0.description))" } ?? ""
            let advice = "The learning rate\(rate) is probably too high: try a smaller one."
            if let cause = Self.divergence(first: firstLoss, last: lastLoss) {
                message = "Diverged at step \(end.steps): \(cause). " + advice
            } else if let explanation = end.explanation {
                // The trainer's own account names the cause, the step and a smaller rate.
                message = explanation
            } else {
                message = "Diverged at step \(end.steps): the values grew out of bounds. " + advice
            }
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
                + "target \(target)." + (end.explanation.map { " " + $0 } ?? "")
        }
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
