/// A TensorScript exercise: the function to write and how it is graded.
public struct CodeSpec: Sendable {
    /// The function the learner writes and the grader calls.
    public let function: String
    /// What the learner starts from (the signature and a body that does not solve the task yet).
    public let starter: String
    /// The reference solution, also used to compute expected outputs.
    public let solution: String
    /// Random dimension sizes shared by the arguments (`B: int(1, 8)`), in declaration order.
    public let dimensions: [DimensionSpec]
    /// The function's arguments and how each is generated, in call order.
    public let arguments: [ArgumentSpec]
    /// How many randomized hidden cases to run.
    public let hiddenCases: Int
    /// Cases the author lists explicitly (edge and adversarial ones), run after the random ones.
    public let fixedCases: [FixedCase]
    /// Allowed absolute difference per element.
    public let absoluteTolerance: Double
    /// Allowed difference relative to the expected element's magnitude.
    public let relativeTolerance: Double
    /// Names the learner's code may not use (reported before running).
    public let forbiddenNames: [String]
    /// An optional finite-difference check of a gradient the learner's function returns.
    public let gradientCheck: GradientCheckSpec?

    /// Creates a code exercise.
    public init(
        function: String, starter: String, solution: String, dimensions: [DimensionSpec],
        arguments: [ArgumentSpec], hiddenCases: Int, fixedCases: [FixedCase], absoluteTolerance: Double,
        relativeTolerance: Double, forbiddenNames: [String], gradientCheck: GradientCheckSpec?
    ) {
        self.function = function
        self.starter = starter
        self.solution = solution
        self.dimensions = dimensions
        self.arguments = arguments
        self.hiddenCases = hiddenCases
        self.fixedCases = fixedCases
        self.absoluteTolerance = absoluteTolerance
        self.relativeTolerance = relativeTolerance
        self.forbiddenNames = forbiddenNames
        self.gradientCheck = gradientCheck
    }
}

/// A named random dimension: an integer drawn uniformly from `lower...upper` per case.
public struct DimensionSpec: Sendable, Equatable {
    /// The name used in argument shapes (`B`).
    public let name: String
    /// Smallest value.
    public let lower: Int
    /// Largest value (inclusive).
    public let upper: Int

    /// Creates a dimension.
    public init(name: String, lower: Int, upper: Int) {
        self.name = name
        self.lower = lower
        self.upper = upper
    }
}

/// One argument of the function under test.
public struct ArgumentSpec: Sendable, Equatable {
    /// The parameter name (for feedback).
    public let name: String
    /// How its value is produced.
    public let generator: Generator

    /// Creates an argument.
    public init(name: String, generator: Generator) {
        self.name = name
        self.generator = generator
    }
}

/// An explicitly listed case: dimension and argument overrides on top of the random ones.
public struct FixedCase: Sendable, Equatable {
    /// A short description shown when the case fails ("large logits", "batch of one").
    public let label: String
    /// Dimension values fixed for this case; the others are drawn as usual.
    public let dimensions: [String: Int]
    /// Arguments generated differently for this case; the others are generated as usual.
    public let arguments: [ArgumentSpec]
    /// Whether this is an adversarial case (extreme values, degenerate shapes).
    public let isAdversarial: Bool

    /// Creates a fixed case.
    public init(label: String, dimensions: [String: Int], arguments: [ArgumentSpec], isAdversarial: Bool) {
        self.label = label
        self.dimensions = dimensions
        self.arguments = arguments
        self.isAdversarial = isAdversarial
    }
}

/// A finite-difference check: the learner's function returns the gradient of `forward` (a scalar
/// function defined in the same YAML block) with respect to the argument `with`.
public struct GradientCheckSpec: Sendable, Equatable {
    /// TensorScript source defining the scalar forward function.
    public let forwardSource: String
    /// The forward function's name inside `forwardSource`.
    public let forwardFunction: String
    /// The name of the argument the gradient is taken with respect to.
    public let argument: String
    /// Step of the central difference.
    public let epsilon: Double
    /// Largest accepted relative error |g - g_fd| / max(1, |g| + |g_fd|).
    public let tolerance: Double

    /// Creates a gradient check.
    public init(
        forwardSource: String, forwardFunction: String, argument: String, epsilon: Double, tolerance: Double
    ) {
        self.forwardSource = forwardSource
        self.forwardFunction = forwardFunction
        self.argument = argument
        self.epsilon = epsilon
        self.tolerance = tolerance
    }
}
