import Foundation
import Plot
import TerminalCore

/// Stage 4's step-through computational graph: L = (σ(w·x + b) − y)² drawn as boxes and
/// arrows. Stepping forward fills in each node's value in the engine's topological order;
/// stepping on runs the backward pass node by node, filling in ∂L/∂node from the engine.
///
/// Keys: `n`/`→` next step, `p`/`←` previous, `r` back to the start, `e` other inputs,
/// `?` help, `q` back.
public struct ComputationalGraphScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Move `delta` steps (forward then backward pass).
        case step(Int)
        /// `r`: before the first forward step.
        case reset
        /// `e`/`E`: the next or previous example inputs.
        case cycleExample(Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token.
        public var traceToken: String? {
            switch self {
            case .step(let delta): "step \(delta)"
            case .reset: "reset"
            case .cycleExample(let delta): "example \(delta)"
            case .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            if traceToken == "reset" {
                self = .reset
                return
            }
            guard let step = NamedStep(traceToken) else { return nil }
            let value = step.value
            switch step.name {
            case "step": self = .step(value)
            case "example": self = .cycleExample(value)
            default: return nil
            }
        }
    }

    /// The id in traces.
    public static let visualID = "computational-graph"
    /// The title bar text.
    public static let visualTitle = "Computational graph · forward and backward"

    /// The index into `ComputationalGraph.examples`.
    public private(set) var exampleIndex: Int
    /// The graph with the engine's values and gradients (nil only if the engine failed).
    public private(set) var graph: ComputationalGraph?
    /// Steps taken: 1…n reveal values, n+1…2n reveal gradients from the loss backwards.
    public private(set) var position: Int
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// Colours (set `.monochrome` for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen on example `example` (wrapped into range), before the first step.
    public init(example: Int = 0, recordingTo sink: (any VisualTraceSink)? = nil) {
        let count = ComputationalGraph.examples.count
        exampleIndex = ((example % count) + count) % count
        position = 0
        notice = nil
        self.sink = sink
        rebuild()
    }

    /// The example index.
    public var traceSettings: [String: String] { ["example": String(exampleIndex)] }

    /// The number of steps in a full forward and backward pass.
    public var stepCount: Int { 2 * (graph?.nodes.count ?? 0) }

    /// Whether node `index` shows its forward value at this step.
    public func showsValue(_ index: Int) -> Bool { index < position }

    /// Whether node `index` shows its gradient at this step.
    public func showsGradient(_ index: Int) -> Bool {
        let count = graph?.nodes.count ?? 0
        return position > count && index >= count - (position - count)
    }

    /// The node the last step revealed, if any.
    public var currentNode: Int? {
        let count = graph?.nodes.count ?? 0
        guard position > 0 else { return nil }
        return position <= count ? position - 1 : count - (position - count)
    }

    /// Whether the last step was in the backward pass.
    public var isBackward: Bool { position > (graph?.nodes.count ?? 0) }

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
        case .step(let delta):
            let target = position + delta
            position = min(max(0, target), stepCount)
            if target > stepCount { notice = "backward pass complete: every gradient is known" }
            if target < 0 { notice = "at the start: nothing computed yet" }
        case .reset:
            position = 0
        case .cycleExample(let delta):
            let count = ComputationalGraph.examples.count
            exampleIndex = ((exampleIndex + delta) % count + count) % count
            position = 0
            rebuild()
            notice = "new inputs: step again from the start"
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            helpBox.close()
        }
        return .none
    }

    private mutating func rebuild() {
        do {
            graph = try ComputationalGraph(inputs: ComputationalGraph.examples[exampleIndex])
        } catch {
            graph = nil
            notice = "the engine could not build the graph: \(error)"
        }
    }
}
