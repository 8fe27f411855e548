import Foundation
import Plot
import TensorEngine
import TerminalCore

/// Stage 2's softmax visual: the probabilities softmax(z / T) of a fixed logit vector as
/// bars, under a temperature knob, with the entropy. As T → 0 the bars approach the one-hot
/// argmax; as T grows they approach uniform 1/K. Values come from the engine's softmax.
///
/// Keys: `↑`/`+` hotter, `↓`/`-` colder, `1` T = 1, `l` other logits, `?` help, `q` back.
public struct SoftmaxTemperatureScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Move `steps` along the temperature ladder (positive is hotter).
        case changeTemperature(Int)
        /// `1`: back to T = 1.
        case resetTemperature
        /// `l`/`L`: the next or previous logit vector.
        case cycleLogits(Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token.
        public var traceToken: String? {
            switch self {
            case .changeTemperature(let steps): "temperature \(steps)"
            case .resetTemperature: "temperature-one"
            case .cycleLogits(let delta): "logits \(delta)"
            case .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            if traceToken == "temperature-one" {
                self = .resetTemperature
                return
            }
            guard let step = NamedStep(traceToken) else { return nil }
            let value = step.value
            switch step.name {
            case "temperature": self = .changeTemperature(value)
            case "logits": self = .cycleLogits(value)
            default: return nil
            }
        }
    }

    /// A named logit vector.
    public struct LogitSet: Sendable, Hashable {
        /// What it shows.
        public var name: String
        /// The class names.
        public var labels: [String]
        /// The logits z.
        public var logits: [Double]
    }

    /// The id in traces.
    public static let visualID = "softmax-temperature"
    /// The title bar text.
    public static let visualTitle = "Softmax · temperature"
    /// The temperatures the keys step through.
    public static let temperatures: [Double] = [
        0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10, 20, 50, 100, 1000,
    ]
    /// The logit vectors `l` cycles through.
    public static let logitSets: [LogitSet] = [
        LogitSet(
            name: "a classifier's scores", labels: ["cat", "dog", "fox", "owl", "eel"],
            logits: [2, 1, 0.5, 0.1, -1]),
        LogitSet(name: "a near tie", labels: ["A", "B", "C", "D"], logits: [3, 2.9, 1, 0]),
        LogitSet(
            name: "huge logits (the stable form keeps them finite)", labels: ["x", "y", "z", "w"],
            logits: [1000, 999, 990, -1000]),
    ]

    /// The index into `temperatures`.
    public private(set) var temperatureIndex: Int
    /// The index into `logitSets`.
    public private(set) var logitSetIndex: Int
    /// softmax(z / T) from the engine.
    public private(set) var probabilities: [Double]
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// Colours and markers for the plots (set `.monochrome` or an ASCII marker for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen at T = 1 on the first logit vector.
    public init(recordingTo sink: (any VisualTraceSink)? = nil) {
        temperatureIndex = Self.temperatures.firstIndex(of: 1) ?? 0
        logitSetIndex = 0
        probabilities = []
        notice = nil
        self.sink = sink
        refresh()
    }

    /// Nothing beyond the defaults.
    public var traceSettings: [String: String] { [:] }

    /// The temperature T.
    public var temperature: Double { Self.temperatures[temperatureIndex] }
    /// The logit vector shown.
    public var logitSet: LogitSet { Self.logitSets[logitSetIndex] }

    /// The entropy −∑ p log p in nats (0 terms for p = 0).
    public var entropy: Double {
        -probabilities.reduce(0) { $0 + ($1 > 0 ? $1 * log($1) : 0) }
    }

    /// The largest possible entropy, log K (the uniform distribution).
    public var maximumEntropy: Double { log(Double(max(1, probabilities.count))) }

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
        case .changeTemperature(let steps):
            let target = temperatureIndex + steps
            temperatureIndex = min(max(0, target), Self.temperatures.count - 1)
            if target != temperatureIndex {
                notice = target < 0 ? "coldest setting: almost one-hot" : "hottest setting: almost uniform"
            }
            refresh()
        case .resetTemperature:
            temperatureIndex = Self.temperatures.firstIndex(of: 1) ?? 0
            refresh()
        case .cycleLogits(let delta):
            let count = Self.logitSets.count
            logitSetIndex = ((logitSetIndex + delta) % count + count) % count
            refresh()
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            helpBox.close()
        }
        return .none
    }

    /// Recomputes the probabilities with the engine.
    private mutating func refresh() {
        let scaled = logitSet.logits.map { Float($0 / temperature) }
        do {
            probabilities = try Tensor(scaled).softmax().toArray().map(Double.init)
        } catch {
            // The engine refuses only malformed input, which fixed logits never are; show it.
            probabilities = scaled.map { _ in .nan }
            notice = "softmax failed: \(error)"
        }
    }
}
