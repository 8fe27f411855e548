import Grading

/// One racer's state after a visualizer step.
public struct TraceRacerSample: Sendable, Hashable {
    /// The optimizer's id (`sgd`, `adam`, `yours`).
    public var racer: String
    /// The position.
    public var x: Double
    /// The position.
    public var y: Double
    /// f at the position.
    public var loss: Double
    /// Why it stopped, once it has diverged.
    public var diverged: String?

    /// A sample.
    public init(racer: String, x: Double, y: Double, loss: Double, diverged: String? = nil) {
        self.racer = racer
        self.x = x
        self.y = y
        self.loss = loss
        self.diverged = diverged
    }
}

/// A visualizer (re)start: the surface, the start point, who races and the settings.
public struct TraceReset: Sendable, Hashable {
    /// The surface id.
    public var surface: String
    /// The start point (x, y).
    public var startX: Double
    /// The start point (x, y).
    public var startY: Double
    /// The racers' ids in legend order, with their display names.
    public var racers: [TraceRacer]
    /// Learning rates, momentum, betas, as text.
    public var settings: [String: String]

    /// A reset event.
    public init(
        surface: String, startX: Double, startY: Double, racers: [TraceRacer], settings: [String: String]
    ) {
        self.surface = surface
        self.startX = startX
        self.startY = startY
        self.racers = racers
        self.settings = settings
    }
}

/// A racer named in a reset event.
public struct TraceRacer: Sendable, Hashable {
    /// The optimizer id.
    public var id: String
    /// The legend name.
    public var name: String

    /// A racer entry.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A lab's progress at one step.
public struct TraceProgress: Sendable, Hashable {
    /// Steps done.
    public var step: Int
    /// The step budget.
    public var budget: Int
    /// The training loss.
    public var loss: Double
    /// The target metric on the training data.
    public var metric: Double?
    /// The target metric on held-out data, when the job has any.
    public var validation: Double?
    /// Seconds since the run started.
    public var elapsed: Double
    /// The run the sample belongs to, in a lab that compares runs.
    public var run: ComparedRun?

    /// A progress sample.
    public init(
        step: Int, budget: Int, loss: Double, metric: Double?, validation: Double?, elapsed: Double,
        run: ComparedRun? = nil
    ) {
        self.step = step
        self.budget = budget
        self.loss = loss
        self.metric = metric
        self.validation = validation
        self.elapsed = elapsed
        self.run = run
    }
}

/// How a lab run ended.
public struct TraceResult: Sendable, Hashable {
    /// Whether the target was reached.
    public var passed: Bool
    /// The metric reached.
    public var metric: Double
    /// Steps taken.
    public var steps: Int
    /// Whether it diverged.
    public var diverged: Bool
    /// Whether the learner stopped it.
    public var stopped: Bool
    /// The verdict shown to the learner.
    public var message: String

    /// A result.
    public init(passed: Bool, metric: Double, steps: Int, diverged: Bool, stopped: Bool, message: String) {
        self.passed = passed
        self.metric = metric
        self.steps = steps
        self.diverged = diverged
        self.stopped = stopped
        self.message = message
    }
}

/// One line of a trace after the header.
public enum TraceEvent: Sendable, Hashable {
    /// Visualizer: racing (re)starts with these settings.
    case reset(TraceReset)
    /// Visualizer: every racer's state after step `step`.
    case step(step: Int, racers: [TraceRacerSample])
    /// Lab: progress.
    case progress(TraceProgress)
    /// Lab: the end of the run.
    case result(TraceResult)

    /// The step number this event reports, if it reports one.
    public var stepNumber: Int? {
        switch self {
        case .step(let step, _): step
        case .progress(let progress): progress.step
        case .result(let result): result.steps
        case .reset: nil
        }
    }
}
