import TerminalCore

/// The optimizers the visualizer races, plus the learner's own rule.
public enum DescentOptimizer: String, CaseIterable, Sendable, Hashable, Codable {
    /// Plain gradient descent: θ ← θ − lr·g.
    case sgd
    /// SGD with heavy-ball momentum μ (PyTorch's form: b ← μb + g, θ ← θ − lr·b).
    case momentum
    /// SGD with Nesterov momentum (θ ← θ − lr·(g + μb)).
    case nesterov
    /// RMSProp: steps scaled by a running root-mean-square of the gradient.
    case rmsprop
    /// Adam: bias-corrected first and second moment estimates.
    case adam
    /// The learner's update rule (`CustomUpdateRule`).
    case yours

    /// The built-in ones, in legend order.
    public static let builtIn: [DescentOptimizer] = [.sgd, .momentum, .nesterov, .rmsprop, .adam]

    /// The legend name.
    public var displayName: String {
        switch self {
        case .sgd: "SGD"
        case .momentum: "Momentum"
        case .nesterov: "Nesterov"
        case .rmsprop: "RMSProp"
        case .adam: "Adam"
        case .yours: "Yours"
        }
    }

    /// Whether the step size adapts to the gradient's scale (these share the adaptive rate).
    public var isAdaptive: Bool { self == .rmsprop || self == .adam }

    /// The key that toggles it ("1"…"6").
    public var toggleKey: Character {
        switch self {
        case .sgd: "1"
        case .momentum: "2"
        case .nesterov: "3"
        case .rmsprop: "4"
        case .adam: "5"
        case .yours: "6"
        }
    }

    /// A colour no part of the viridis heatmap resembles, distinct from the others.
    public var color: Color {
        switch self {
        case .sgd: .rgb(255, 255, 255)
        case .momentum: .rgb(255, 60, 60)
        case .nesterov: .rgb(255, 150, 0)
        case .rmsprop: .rgb(255, 0, 255)
        case .adam: .rgb(0, 230, 255)
        case .yours: .rgb(255, 170, 210)
        }
    }

    /// The ASCII symbol for monochrome terminals (none of them in the density ramp).
    public var symbol: Character {
        switch self {
        case .sgd: "s"
        case .momentum: "m"
        case .nesterov: "n"
        case .rmsprop: "r"
        case .adam: "a"
        case .yours: "y"
        }
    }
}
