import Foundation
import Grading
import Lessons
import TensorEngine

/// One progress report of a lab run.
public struct LabRunProgress: Sendable, Hashable {
    /// Steps (optimizer updates) done (in a comparison, by the current run).
    public var step: Int
    /// Where the progress bar ends: the steps the run takes unless it stops early.
    public var budget: Int
    /// The training loss at this step.
    public var loss: Double
    /// The target metric on the training data, when measured at this step.
    public var metric: Double?
    /// The target metric on held-out data, when the job has some and measured it; in a
    /// comparison, the current run's held-out accuracy (the compared metric exists only at the end).
    public var validationMetric: Double?
    /// Seconds since the run started (measured by the runner, so the screen stays clock-free).
    public var elapsedSeconds: Double
    /// Examples processed per step (for throughput), when known.
    public var examplesPerStep: Int?
    /// The run this report belongs to, in a lab that compares runs.
    public var run: ComparedRun?

    /// A progress report.
    public init(
        step: Int, budget: Int, loss: Double, metric: Double? = nil, validationMetric: Double? = nil,
        elapsedSeconds: Double, examplesPerStep: Int? = nil, run: ComparedRun? = nil
    ) {
        self.step = step
        self.budget = budget
        self.loss = loss
        self.metric = metric
        self.validationMetric = validationMetric
        self.elapsedSeconds = elapsedSeconds
        self.examplesPerStep = examplesPerStep
        self.run = run
    }
}

/// How a lab run ended, as the runner saw it (the screen judges pass/fail against the target).
public struct LabRunEnd: Sendable, Hashable {
    /// The final (or best) target metric; NaN when the run diverged.
    public var metric: Double
    /// Steps taken.
    public var steps: Int
    /// Whether values became NaN/infinite (or the loss exploded) and the run was stopped.
    public var diverged: Bool
    /// Whether the learner stopped the run.
    public var stopped: Bool
    /// A problem that kept the job from running at all (an unknown dataset), if any.
    public var failure: String?
    /// What the job made of the run, in words (why it fell short: still improving, underfitting;
    /// the trainer's fit diagnosis or divergence), or nil when it has nothing to add.
    public var explanation: String?
    /// The steps of each run, in a lab that compares runs (empty otherwise).
    public var runSteps: [Int]

    /// An end report.
    public init(
        metric: Double, steps: Int, diverged: Bool, stopped: Bool = false, failure: String? = nil,
        explanation: String? = nil, runSteps: [Int] = []
    ) {
        self.metric = metric
        self.steps = steps
        self.diverged = diverged
        self.stopped = stopped
        self.failure = failure
        self.explanation = explanation
        self.runSteps = runSteps
    }
}

/// What a runner reports while it works.
public enum LabRunEvent: Sendable, Hashable {
    /// Progress after some step.
    case progress(LabRunProgress)
    /// The run is over (always the last event).
    case finished(LabRunEnd)
}

/// Runs a lab's training: the lab screen drives one of these on a background thread.
/// Tests feed scripted events through a runner of their own; `GradingLabRunner` runs the
/// lesson's real job (the data helper's Trainer can plug in the same way).
public protocol LabRunner: Sendable {
    /// The names of the runs the lab compares, in order ("plain", "residual"); empty when it
    /// trains once. The step budget then caps each run.
    var comparedRuns: [String] { get }

    /// Trains with `settings` (every knob present), reporting through `report`, pausing while
    /// `control` says so and returning early once it says stop. The last event reported
    /// must be `.finished`.
    func run(
        settings: [String: KnobValue], control: LabRunControl,
        report: @escaping @Sendable (LabRunEvent) -> Void)
}

extension LabRunner {
    /// A single run.
    public var comparedRuns: [String] { [] }
}

/// Pause and stop switches shared between the lab screen and a running job: the engine's
/// `TrainingControl`, so a lab driving the `Trainer` can hand it over as is.
public typealias LabRunControl = TrainingControl
