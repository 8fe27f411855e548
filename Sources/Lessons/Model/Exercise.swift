/// A graded exercise: what every kind shares, plus the kind-specific part.
public struct Exercise: Sendable {
    /// Identifier unique across the curriculum (`la-linear-forward`).
    public let id: String
    /// Short display title.
    public let title: String
    /// The task as Markdown/plain text.
    public let prompt: String
    /// One to three hints, from gentle to specific.
    public let hints: [String]
    /// The kind and its details.
    public let kind: ExerciseKind
    /// The id of the stage that holds the exercise.
    public let stageID: String
    /// The lesson file.
    public let file: String
    /// The line of the block's opening fence in `file`.
    public let line: Int

    /// Creates an exercise.
    public init(
        id: String, title: String, prompt: String, hints: [String], kind: ExerciseKind,
        stageID: String, file: String, line: Int
    ) {
        self.id = id
        self.title = title
        self.prompt = prompt
        self.hints = hints
        self.kind = kind
        self.stageID = stageID
        self.file = file
        self.line = line
    }
}

/// The four kinds of exercise with their kind-specific data.
public enum ExerciseKind: Sendable {
    /// Pick one or several options.
    case choice(ChoiceSpec)
    /// Type a number or a small tensor.
    case numeric(NumericSpec)
    /// Write a TensorScript function graded on hidden cases.
    case code(CodeSpec)
    /// Run a training or optimization job and reach a target.
    case lab(LabSpec)

    /// The kind's name as written in lesson files (`choice`, `numeric`, `code`, `lab`).
    public var name: String {
        switch self {
        case .choice: "choice"
        case .numeric: "numeric"
        case .code: "code"
        case .lab: "lab"
        }
    }
}

/// A multiple-choice question.
public struct ChoiceSpec: Sendable {
    /// The options, labelled a, b, c... in order.
    public let options: [ChoiceOption]
    /// Whether the learner selects a set of options (true when more than one is correct, or when
    /// the author says `multiple: true`).
    public let allowsMultiple: Bool

    /// Creates a choice question.
    public init(options: [ChoiceOption], allowsMultiple: Bool) {
        self.options = options
        self.allowsMultiple = allowsMultiple
    }

    /// The option labels (`a`, `b`, ...) that are correct.
    public var correctLabels: [String] {
        options.indices.filter { options[$0].isCorrect }.map(Self.label(for:))
    }

    /// The label of the option at `index` (`0` is `a`).
    public static func label(for index: Int) -> String {
        guard index >= 0, index < 26, let scalar = Unicode.Scalar(97 + index) else { return "\(index + 1)" }
        return String(Character(scalar))
    }
}

/// One option of a choice question.
public struct ChoiceOption: Sendable {
    /// The option's text.
    public let text: String
    /// Whether selecting it is right.
    public let isCorrect: Bool
    /// What to tell a learner who picked it (or, for a correct option, who missed it).
    public let feedback: String?

    /// Creates an option.
    public init(text: String, isCorrect: Bool, feedback: String?) {
        self.text = text
        self.isCorrect = isCorrect
        self.feedback = feedback
    }
}

/// A question answered with a number or a small nested-list tensor.
public struct NumericSpec: Sendable {
    /// The expected value.
    public let answer: NumericValue
    /// Allowed absolute difference.
    public let absoluteTolerance: Double
    /// Allowed difference relative to the expected value's magnitude.
    public let relativeTolerance: Double

    /// Creates a numeric question.
    public init(answer: NumericValue, absoluteTolerance: Double, relativeTolerance: Double) {
        self.answer = answer
        self.absoluteTolerance = absoluteTolerance
        self.relativeTolerance = relativeTolerance
    }
}
