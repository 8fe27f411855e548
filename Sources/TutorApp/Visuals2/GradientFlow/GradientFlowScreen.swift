import Foundation
import Plot
import TerminalCore

/// The gradient-norm visual of stage 4 (`GradientNormsScreen`: sigmoid vs ReLU) and stage 6
/// (`ResidualVsPlainScreen`): two deep networks train side by side in the background; bars
/// show each layer's weight-gradient norm on a log scale and the loss curves are overlaid.
///
/// Keys: space start/pause, `r` fresh weights, `?` help, `q` back.
public struct GradientFlowScreen<Kind: GradientFlowKind>: VisualScreen, TrainingVisual {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Space: start or pause.
        case togglePlay
        /// `r`: fresh weights, stopped.
        case reset
        /// Background training of run `run` reports.
        case progress(run: Int, GradientFlowProgress)
        /// Background training of run `run` ended (`error` when the engine failed).
        case finished(run: Int, error: String?)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// Only resets are recorded; training itself is not replayable.
        public var traceToken: String? {
            if case .reset = self { return "reset" }
            return nil
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            guard traceToken == "reset" else { return nil }
            self = .reset
        }
    }

    /// The id in traces.
    public static var visualID: String { Kind.visualID }
    /// The title bar text.
    public static var visualTitle: String { Kind.visualTitle }
    /// The background work's id.
    public static var workID: String { Kind.visualID }
    /// Training stops after this many steps.
    public static var maximumSteps: Int { 400 }
    /// Steps between reports.
    public static var reportEvery: Int { 2 }

    /// The latest report of the current run.
    public private(set) var progress: GradientFlowProgress?
    /// The run, help box and notice (read through `TrainingVisual`).
    public private(set) var trainingState = TrainingVisualState()
    /// Colours (set `.monochrome` for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A stopped screen.
    public init(recordingTo sink: (any VisualTraceSink)? = nil) {
        progress = nil
        self.sink = sink
    }

    /// Nothing: the networks are fixed per kind.
    public var traceSettings: [String: String] { [:] }

    /// Nothing to start: training waits for space.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        let isHelpOrClose = message == .toggleHelp || message == .close
        if trainingState.helpBoxSwallows(isKey: !isReport(message), isHelpOrClose: isHelpOrClose) {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        switch message {
        case .togglePlay:
            trainingState.notice = nil
            if isTraining { return stop(notice: "paused") }
            // There is no resuming: momentum and weights live in the background run.
            progress = nil
            return startTraining()
        case .reset:
            let command = stop(notice: "fresh weights")
            progress = nil
            return command
        case .progress(let tag, let report):
            guard trainingState.isCurrent(tag) else { return .none }
            progress = report
        case .finished(let tag, let error):
            trainingState.finish(tag, error: error, completed: "finished \(Self.maximumSteps) steps")
        case .toggleHelp:
            trainingState.toggleHelp()
        case .close:
            return trainingState.close() ? .cancel(id: Self.workID) : .none
        }
        return .none
    }

    private func isReport(_ message: Message) -> Bool {
        switch message {
        case .progress, .finished: true
        default: false
        }
    }

    private mutating func stop(notice text: String?) -> Command<Message> {
        trainingState.endRun(notice: text) ? .cancel(id: Self.workID) : .none
    }

    private mutating func startTraining() -> Command<Message> {
        let current = trainingState.beginRun()
        return .background(id: Self.workID) { context in
            do {
                let session = try GradientFlowSession(
                    designs: Kind.designs, width: Kind.width, depth: Kind.depth,
                    learningRate: Kind.learningRate)
                while !context.isCancelled, session.step < Self.maximumSteps {
                    let norms = try session.train(steps: Self.reportEvery)
                    context.post(.progress(run: current, session.progress(norms: norms)))
                    // A short rest per report keeps the shared machine and the UI responsive.
                    Thread.sleep(forTimeInterval: 0.01)
                }
                context.post(.finished(run: current, error: nil))
            } catch {
                context.post(.finished(run: current, error: "\(error)"))
            }
        }
    }
}

/// Stage 4's vanishing-gradient view: deep sigmoid vs ReLU MLPs.
public typealias GradientNormsScreen = GradientFlowScreen<SigmoidVersusReLU>
/// Stage 6's view: deep plain vs residual networks.
public typealias ResidualVsPlainScreen = GradientFlowScreen<PlainVersusResidual>
