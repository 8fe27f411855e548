import Lessons

/// A training or optimization job a lab runs headless (by `dltutor check`) or live (in the tutor).
public protocol LabJob: Sendable {
    /// The job kind as lessons name it (`job: optimize-2d`).
    var kind: String { get }
    /// The names of the runs a comparison trains, in order ("plain", "residual"); empty for a
    /// job that trains once. The step budget then caps each run.
    var comparedRuns: [String] { get }
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
    /// A single run.
    public var comparedRuns: [String] { [] }

    /// Runs `spec` to the end (no cancellation), reporting progress as it goes.
    public func run(_ spec: LabSpec, settings: [String: KnobValue], progress: (LabProgress) -> Void)
        throws(LabError) -> LabOutcome
    {
        try run(spec, settings: settings, isCancelled: { false }, progress: progress)
    }
}

/// What a progress report's `metric` measures.
public enum LabMeasure: Sendable, Equatable {
    /// The lab's target metric on what the job trains on (the 2-D surface, the toy data set).
    case target
    /// Accuracy on the held-out images: the target metric of a single-run image classifier, and
    /// what each run of a comparison reports (its own accuracy, not the comparison's metric).
    case heldOutAccuracy
}

/// One progress report: the step reached and the metric's value there (for curves and a progress line).
public struct LabProgress: Sendable, Equatable {
    /// Steps done so far (in a comparison, by the current run).
    public let step: Int
    /// The step budget (in a comparison, of each run).
    public let budget: Int
    /// The measured value (see `measure`): measured at this step, or else the latest
    /// measurement repeated for a progress line (see `isMeasured`); NaN when not measured yet.
    public let metric: Double
    /// The training or objective loss at this step.
    public let loss: Double
    /// What `metric` is.
    public let measure: LabMeasure
    /// The run this report belongs to, in a lab that compares runs; nil in a single-run lab.
    public let run: ComparedRun?
    /// The steps the run takes when nothing stops it early (its epochs, capped by the budget),
    /// when known: the end of a progress bar.
    public let plannedSteps: Int?
    /// Whether `metric` was measured at this step (a curve's point) rather than repeated.
    public let isMeasured: Bool

    /// Creates a progress report.
    public init(
        step: Int, budget: Int, metric: Double, loss: Double, measure: LabMeasure = .target,
        run: ComparedRun? = nil, plannedSteps: Int? = nil, isMeasured: Bool = true
    ) {
        self.step = step
        self.budget = budget
        self.metric = metric
        self.loss = loss
        self.measure = measure
        self.run = run
        self.plannedSteps = plannedSteps
        self.isMeasured = isMeasured
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
    /// The steps of each run, in a lab that compares runs (empty in a single-run lab).
    public let runSteps: [Int]

    /// Creates an outcome.
    public init(
        metric: Double, steps: Int, diverged: Bool, curve: [Double], cancelled: Bool = false,
        explanation: String? = nil, runSteps: [Int] = []
    ) {
        self.metric = metric
        self.steps = steps
        self.diverged = diverged
        self.curve = curve
        self.cancelled = cancelled
        self.explanation = explanation
        self.runSteps = runSteps
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
