/// A lab: run a training or optimization job with knobs the learner sets, and reach a target.
public struct LabSpec: Sendable {
    /// Which job runs it (`optimize-2d`, `mlp-2d`); the grader keeps the registry of job kinds.
    public let job: String
    /// The dataset or surface the job works on (`rosenbrock`, `spirals`).
    public let dataset: String
    /// The model, when the job has one (`mlp:16,16`).
    public let model: String?
    /// The knobs the learner may change, in display order.
    public let knobs: [Knob]
    /// What must be reached.
    public let target: LabTarget
    /// The most steps (optimizer updates) the job may take.
    public let budgetSteps: Int
    /// Knob settings that reach the target, checked by `dltutor lint`.
    public let solution: [String: KnobValue]
    /// Extra job parameters (start point, noise...), kept as YAML for the job to read.
    public let parameters: [YAMLEntry]

    /// Creates a lab.
    public init(
        job: String, dataset: String, model: String?, knobs: [Knob], target: LabTarget, budgetSteps: Int,
        solution: [String: KnobValue], parameters: [YAMLEntry]
    ) {
        self.job = job
        self.dataset = dataset
        self.model = model
        self.knobs = knobs
        self.target = target
        self.budgetSteps = budgetSteps
        self.solution = solution
        self.parameters = parameters
    }

    /// Every knob at its default.
    public var defaultSettings: [String: KnobValue] {
        Dictionary(uniqueKeysWithValues: knobs.map { ($0.name, $0.defaultValue) })
    }
}

/// A setting the learner may change.
public struct Knob: Sendable, Equatable {
    /// The knob's name (`lr`).
    public let name: String
    /// Its allowed values.
    public let domain: KnobDomain
    /// Its value when the learner has not changed it.
    public let defaultValue: KnobValue

    /// Creates a knob.
    public init(name: String, domain: KnobDomain, defaultValue: KnobValue) {
        self.name = name
        self.domain = domain
        self.defaultValue = defaultValue
    }

    /// Checks and converts a value typed by the learner (`--set lr=0.01`).
    public func value(parsing text: String) -> Result<KnobValue, KnobError> {
        switch domain {
        case .range(let lower, let upper):
            guard let number = MappingReader.parseNumber(text), number.isFinite else {
                return .failure(KnobError(message: "\(name) must be a number in [\(lower), \(upper)]"))
            }
            guard number >= lower, number <= upper else {
                return .failure(KnobError(message: "\(name) = \(text) is outside [\(lower), \(upper)]"))
            }
            return .success(.number(number))
        case .choices(let choices):
            guard choices.contains(text) else {
                return .failure(
                    KnobError(message: "\(name) must be one of \(choices.joined(separator: ", "))"))
            }
            return .success(.choice(text))
        }
    }
}

/// The allowed values of a knob.
public enum KnobDomain: Sendable, Equatable {
    /// A number between the bounds (inclusive).
    case range(lower: Double, upper: Double)
    /// One of a list of words.
    case choices([String])
}

/// A knob's value.
public enum KnobValue: Sendable, Equatable, CustomStringConvertible {
    /// A number.
    case number(Double)
    /// A word from a choice list.
    case choice(String)

    /// The value as the learner would type it.
    public var description: String {
        switch self {
        case .number(let value): NumericValue.format(value)
        case .choice(let word): word
        }
    }

    /// The number, if this is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// A knob value the learner typed that is not allowed.
public struct KnobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// The metric a lab must reach.
public struct LabTarget: Sendable, Equatable {
    /// The metric's name as the job reports it (`distance`, `accuracy`, `loss`).
    public let metric: String
    /// Whether the metric must end at most or at least `value`.
    public let goal: Goal
    /// The threshold.
    public let value: Double

    /// Creates a target.
    public init(metric: String, goal: Goal, value: Double) {
        self.metric = metric
        self.goal = goal
        self.value = value
    }

    /// Which side of the threshold passes.
    public enum Goal: String, Sendable, Equatable {
        /// The metric must be <= the value (losses, distances).
        case atMost = "below"
        /// The metric must be >= the value (accuracies).
        case atLeast = "above"
    }

    /// Whether `metric` meets the target (NaN never does).
    public func isMet(by metric: Double) -> Bool {
        guard metric.isFinite else { return false }
        return goal == .atMost ? metric <= value : metric >= value
    }

    /// `distance <= 0.01`, for messages.
    public var text: String {
        "\(metric) \(goal == .atMost ? "<=" : ">=") \(NumericValue.format(value))"
    }
}
