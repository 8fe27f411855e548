/// Which two deep networks a gradient-flow screen compares.
public protocol GradientFlowKind: Sendable {
    /// The id in traces and lessons.
    static var visualID: String { get }
    /// The title bar text.
    static var visualTitle: String { get }
    /// The two designs, left and right.
    static var designs: [DeepMLP.Design] { get }
    /// Hidden layers.
    static var depth: Int { get }
    /// Hidden width.
    static var width: Int { get }
    /// SGD learning rate.
    static var learningRate: Double { get }
    /// One sentence on what to watch for.
    static var lesson: String { get }
}

/// Stage 4: a deep sigmoid MLP against the same depth with ReLU (vanishing gradients).
public enum SigmoidVersusReLU: GradientFlowKind {
    /// `gradient-norms`.
    public static let visualID = "gradient-norms"
    /// The title.
    public static let visualTitle = "Gradient norms per layer · sigmoid vs ReLU"
    /// Sigmoid (Xavier) and ReLU (He), both plain.
    public static let designs = [
        DeepMLP.Design(name: "sigmoid", activation: .sigmoid, isResidual: false, usesHeInit: false),
        DeepMLP.Design(name: "relu", activation: .relu, isResidual: false, usesHeInit: true),
    ]
    /// Ten hidden layers.
    public static let depth = 10
    /// Sixteen units each.
    public static let width = 16
    /// 0.02.
    public static let learningRate = 0.02
    /// What to watch.
    public static let lesson =
        "σ' ≤ 1/4: each sigmoid layer shrinks the gradient, so early layers barely learn"
}

/// Stage 6: a deep plain network against the same depth with shortcuts. Both use centred
/// sigmoid units (σ(x) − ½, slope at most ¼), so the residual sum stays near zero and the
/// comparison shows the gradient path, not a drifting forward pass.
public enum PlainVersusResidual: GradientFlowKind {
    /// `residual-vs-plain`.
    public static let visualID = "residual-vs-plain"
    /// The title.
    public static let visualTitle = "Plain vs residual · gradient norms per layer"
    /// Both centred sigmoid with Xavier initialisation; only the shortcut differs.
    public static let designs = [
        DeepMLP.Design(
            name: "plain", activation: .sigmoid, isResidual: false, usesHeInit: false, isCentred: true),
        DeepMLP.Design(
            name: "residual", activation: .sigmoid, isResidual: true, usesHeInit: false, isCentred: true),
    ]
    /// Twenty hidden layers.
    public static let depth = 20
    /// Sixteen units each.
    public static let width = 16
    /// 0.02.
    public static let learningRate = 0.02
    /// What to watch.
    public static let lesson = "h + f(h): the shortcut carries the gradient back, so depth stops hurting"
}
