import Lessons

/// A training or optimization job a lab runs headless (by `dltutor check`) or live (in the tutor).
public protocol LabJob: Sendable {
    /// The job kind as lessons name it (`job: optimize-2d`).
    var kind: String { get }
    /// Runs `spec` with `settings` (every knob present), reporting progress as it goes and
    /// asking `isCancelled` before every step; a cancelled run returns at once with
    /// `LabOutcome.cancelled` set.
    ///
    /// Throws `LabError` when the lab's own parameters are unusable (an unknown surface).
    func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome
}

extension LabJob {
    /// Runs `spec` to the end (no cancellation), reporting progress as it goes.
    public func run(_ spec: LabSpec, settings: [String: KnobValue], progress: (LabProgress) -> Void)
        throws(LabError) -> LabOutcome
    {
        try run(spec, settings: settings, isCancelled: { false }, progress: progress)
    }
}

/// One progress report: the step reached and the metric's value there (for curves and a progress line).
public struct LabProgress: Sendable, Equatable {
    /// Steps done so far.
    public let step: Int
    /// The total step budget.
    public let budget: Int
    /// The target metric's current value.
    public let metric: Double
    /// The training or objective loss at this step.
    public let loss: Double

    /// Creates a progress report.
    public init(step: Int, budget: Int, metric: Double, loss: Double) {
        self.step = step
        self.budget = budget
        self.metric = metric
        self.loss = loss
    }
}

/// How a job ended.
public struct LabOutcome: Sendable, Equatable {
    /// The best value of the target metric reached within the budget (judged by the target's goal).
    public let metric: Double
    /// Steps taken (fewer than the budget when the target was reached early).
    public let steps: Int
    /// Whether the run blew up (NaN or infinite values) and was stopped.
    public let diverged: Bool
    /// The metric at every measured step, for the tutor's curves.
    public let curve: [Double]
    /// Whether the run was stopped by its caller before the end.
    public let cancelled: Bool
    /// What the run showed, in words (why it diverged, underfit or overfit, what was compared),
    /// or nil when the metric says it all.
    public let explanation: String?

    /// Creates an outcome.
    public init(
        metric: Double, steps: Int, diverged: Bool, curve: [Double], cancelled: Bool = false,
        explanation: String? = nil
    ) {
        self.metric = metric
        self.steps = steps
        self.diverged = diverged
        self.curve = curve
        self.cancelled = cancelled
        self.explanation = explanation
    }
}

/// A lab that cannot run as written.
public struct LabError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
