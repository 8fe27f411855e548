/// What the learner's update rule sees besides the point and the gradient: the step number,
/// the visualizer's hyper-parameters, and named slots it may keep between steps (a velocity,
/// moment estimates).
public struct CustomRuleState: Sendable, Hashable {
    /// The step being taken, counting from 1.
    public var step: Int
    /// The learning rate set for gradient-style optimizers (the `[`/`]` keys).
    public var learningRate: Double
    /// Momentum μ as set in the visualizer.
    public var momentum: Double
    /// β₁ as set in the visualizer.
    public var beta1: Double
    /// β₂ as set in the visualizer.
    public var beta2: Double
    /// The rule's own memory, kept from one step to the next.
    public var slots: [String: [Double]]

    /// A fresh state before the first step.
    public init(learningRate: Double, momentum: Double, beta1: Double, beta2: Double) {
        step = 0
        self.learningRate = learningRate
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
        slots = [:]
    }
}

/// The learner's own optimizer, raced against the built-in ones as "Yours": given the
/// parameters (x, y), the gradient there and its state, it returns the new parameters.
/// A TensorScript code exercise can supply one by wrapping a call into the interpreter.
///
/// ```swift
/// let plain = CustomUpdateRule(name: "my SGD") { params, grad, state in
///     zip(params, grad).map { $0 - state.learningRate * $1 }
/// }
/// var screen = VisualizerScreen(surface: .rosenbrock, customRule: plain)
/// ```
public struct CustomUpdateRule: Sendable {
    /// The rule: parameters, gradient, state in; new parameters out. Throwing (or returning
    /// the wrong number of values) stops this racer with the error as the reason.
    public typealias Rule =
        @Sendable (_ parameters: [Double], _ gradient: [Double], _ state: inout CustomRuleState) throws ->
        [Double]

    /// The legend name.
    public let name: String
    /// The update.
    public let rule: Rule

    /// A rule called `name`.
    public init(name: String = "Yours", rule: @escaping Rule) {
        self.name = name
        self.rule = rule
    }
}
