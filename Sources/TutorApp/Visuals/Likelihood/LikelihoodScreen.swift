import Foundation
import Plot
import TensorEngine
import TerminalCore

/// Stage 2's likelihood visual: the (log-)likelihood of a parameter over a small data set,
/// its maximum marked on a fine grid and compared with the closed-form MLE (x̄ for a
/// Gaussian mean, k/n for a Bernoulli p). Data are drawn with the engine's seeded generator.
///
/// Keys: `a` add a point, `x` remove the last, `s` resample, `m` switch model, `l` log
/// or plain likelihood, `←`/`→` move a probe θ, `?` help, `q` back.
public struct LikelihoodScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// `a`: draw one more observation.
        case addPoint
        /// `x`: drop the last observation.
        case removePoint
        /// `s`: draw a fresh data set of the same size.
        case resample
        /// `m`: the other model (fresh data).
        case switchModel
        /// `l`: log-likelihood or likelihood (scaled so its maximum is 1).
        case toggleLogScale
        /// `←`/`→`: move the probe by `steps` twentieths of the range.
        case moveProbe(Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token.
        public var traceToken: String? {
            switch self {
            case .addPoint: "add"
            case .removePoint: "remove"
            case .resample: "resample"
            case .switchModel: "model"
            case .toggleLogScale: "log"
            case .moveProbe(let steps): "probe \(steps)"
            case .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            switch traceToken {
            case "add": self = .addPoint
            case "remove": self = .removePoint
            case "resample": self = .resample
            case "model": self = .switchModel
            case "log": self = .toggleLogScale
            default:
                guard let step = NamedStep(traceToken), step.name == "probe" else { return nil }
                self = .moveProbe(step.value)
            }
        }
    }

    /// The id in traces.
    public static let visualID = "likelihood"
    /// The title bar text.
    public static let visualTitle = "Likelihood"
    /// Points in the parameter grid the curve is evaluated on.
    public static let gridPoints = 601
    /// The most observations.
    public static let maximumPoints = 200
    /// The data-set size a model starts with.
    public static let initialPoints = 10

    /// The model.
    public private(set) var model: LikelihoodModel
    /// The observations.
    public private(set) var data: [Double]
    /// Whether the curve shows ℓ(θ) (true) or L(θ)/max L (false).
    public private(set) var showsLog: Bool
    /// The probed parameter value.
    public private(set) var probe: Double
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// The seed the generator started from.
    public let seed: UInt64
    private var generator: RandomGenerator
    /// Colours and markers for the plots (set `.monochrome` or an ASCII marker for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen for `model` with `initialPoints` observations drawn from a generator seeded
    /// by `seed`.
    public init(
        model: LikelihoodModel = .gaussianMean, seed: UInt64 = 11,
        recordingTo sink: (any VisualTraceSink)? = nil
    ) {
        self.model = model
        self.seed = seed
        generator = RandomGenerator(seed: seed)
        data = []
        showsLog = true
        probe = model.trueParameter
        notice = nil
        self.sink = sink
        data = drawData(count: Self.initialPoints)
    }

    /// The model and seed (a replay draws the same data).
    public var traceSettings: [String: String] { ["model": model.rawValue, "seed": "\(seed)"] }

    /// The parameter grid.
    public var grid: [Double] {
        let range = model.parameterRange
        return (0..<Self.gridPoints).map {
            range.lowerBound + (range.upperBound - range.lowerBound) * Double($0)
                / Double(Self.gridPoints - 1)
        }
    }

    /// ℓ(θ) over the grid.
    public var logLikelihoods: [Double] { grid.map { model.logLikelihood($0, data: data) } }

    /// The grid value with the largest log-likelihood (nil without data: the curve is flat).
    public var gridArgmax: Double? {
        guard !data.isEmpty else { return nil }
        let values = logLikelihoods
        var best = 0
        for index in values.indices where values[index] > values[best] { best = index }
        return grid[best]
    }

    /// The closed-form MLE.
    public var closedFormEstimate: Double? { model.maximumLikelihoodEstimate(data) }

    /// Nothing to start.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(isKey: true, isHelpOrClose: message == .toggleHelp || message == .close) {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        notice = nil
        switch message {
        case .addPoint:
            guard data.count < Self.maximumPoints else {
                notice = "at most \(Self.maximumPoints) points"
                return .none
            }
            data.append(model.sample(using: &generator))
        case .removePoint:
            guard !data.isEmpty else {
                notice = "no data left: a adds a point"
                return .none
            }
            data.removeLast()
        case .resample:
            data = drawData(count: data.count)
            notice = "new data, same size: the estimate moves"
        case .switchModel:
            model = model == .gaussianMean ? .bernoulli : .gaussianMean
            probe = model.trueParameter
            data = drawData(count: Self.initialPoints)
        case .toggleLogScale:
            showsLog.toggle()
        case .moveProbe(let steps):
            let range = model.parameterRange
            let step = (range.upperBound - range.lowerBound) / 20
            let moved = ((probe + Double(steps) * step) / step).rounded() * step
            probe = min(range.upperBound, max(range.lowerBound, moved))
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            helpBox.close()
        }
        return .none
    }

    private mutating func drawData(count: Int) -> [Double] {
        (0..<count).map { _ in model.sample(using: &generator) }
    }
}
