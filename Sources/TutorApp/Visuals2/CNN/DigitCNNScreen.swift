import Foundation
import Plot
import TensorEngine
import TerminalCore

/// Which page a digit-CNN screen opens on.
public protocol DigitCNNKind: Sendable {
    /// The id in traces and lessons.
    static var visualID: String { get }
    /// The title bar text.
    static var visualTitle: String { get }
    /// Whether it opens on the confusion matrix (else on kernels and feature maps).
    static var opensOnConfusion: Bool { get }
}

/// Stage 5's `feature-maps`: learned first-layer kernels and the maps they make.
public enum FeatureMapsKind: DigitCNNKind {
    /// `feature-maps`.
    public static let visualID = "feature-maps"
    /// The title.
    public static let visualTitle = "Inside LeNet-5 · kernels and feature maps"
    /// Kernels first.
    public static let opensOnConfusion = false
}

/// Stage 5's `confusion-matrix`: which digits the trained network confuses.
public enum ConfusionMatrixKind: DigitCNNKind {
    /// `confusion-matrix`.
    public static let visualID = "confusion-matrix"
    /// The title.
    public static let visualTitle = "LeNet-5 · confusion matrix and mistakes"
    /// Confusion first.
    public static let opensOnConfusion = true
}

/// A LeNet-5 trains briefly on the MNIST subset in the background (a few hundred minibatch
/// steps); one page shows the first-layer kernels and the feature maps of a chosen test digit
/// as they form, the other the test confusion matrix and misclassified digits at the end.
///
/// Keys: space train/stop, `d`/`D` next/previous digit, `c`/Tab other page, `r` reset,
/// `?` help, `q` back.
public struct DigitCNNScreen<Kind: DigitCNNKind>: VisualScreen, TrainingVisual {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Space: start or stop training.
        case togglePlay
        /// `d`/`D`: the next or previous probe digit.
        case cycleDigit(Int)
        /// `c`/Tab: the other page.
        case switchPage
        /// `r`: fresh weights, stopped.
        case reset
        /// Background training of run `run` reports.
        case progress(run: Int, DigitCNNReport)
        /// Background training of run `run` ended (`error` when it failed).
        case finished(run: Int, error: String?)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// Digit and page choices and resets are recorded; training is not replayable.
        public var traceToken: String? {
            switch self {
            case .cycleDigit(let delta): "digit \(delta)"
            case .switchPage: "page"
            case .reset: "reset"
            default: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            switch traceToken {
            case "page": self = .switchPage
            case "reset": self = .reset
            default:
                guard let step = NamedStep(traceToken), step.name == "digit" else { return nil }
                self = .cycleDigit(step.value)
            }
        }
    }

    /// The id in traces.
    public static var visualID: String { Kind.visualID }
    /// The title bar text.
    public static var visualTitle: String { Kind.visualTitle }
    /// The background work's id.
    public static var workID: String { "digit-cnn" }
    /// Training steps per run.
    public static var maximumSteps: Int { 300 }
    /// Steps between reports.
    public static var reportEvery: Int { 10 }

    /// The latest report.
    public private(set) var report: DigitCNNReport?
    /// The probe digit shown (index into the report's probes).
    public private(set) var digitIndex: Int
    /// Whether the confusion page is shown.
    public private(set) var showsConfusion: Bool
    /// The run, help box and notice (read through `TrainingVisual`).
    public private(set) var trainingState = TrainingVisualState()
    /// Colours (set `.monochrome` for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?
    private let loadSplit: @Sendable () throws -> DatasetSplit
    private let shelf: TrainedDigitCNN?

    /// A stopped screen; `loadSplit` supplies the data (by default the shipped MNIST subset,
    /// read in the background when training starts). With a `shelf`, it opens on the network
    /// last trained to the end there and puts each network it trains to the end there.
    public init(
        recordingTo sink: (any VisualTraceSink)? = nil, shelf: TrainedDigitCNN? = nil,
        loadSplit: @escaping @Sendable () throws -> DatasetSplit = { try MNISTSubset.loadSplit() }
    ) {
        report = shelf?.latest
        digitIndex = 0
        showsConfusion = Kind.opensOnConfusion
        self.sink = sink
        self.loadSplit = loadSplit
        self.shelf = shelf
        if report != nil {
            trainingState.notice = "the network trained earlier; space trains a fresh one"
        }
    }

    /// Nothing: the run is fixed.
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
            if isTraining { return stop(notice: "stopped") }
            report = nil
            return startTraining()
        case .cycleDigit(let delta):
            let count = max(1, report?.probeImages.count ?? 10)
            digitIndex = ((digitIndex + delta) % count + count) % count
        case .switchPage:
            showsConfusion.toggle()
        case .reset:
            let command = stop(notice: "fresh weights")
            report = nil
            return command
        case .progress(let tag, let update):
            guard trainingState.isCurrent(tag) else { return .none }
            report = update
        case .finished(let tag, let error):
            let current = trainingState.finish(
                tag, error: error, completed: "trained \(Self.maximumSteps) steps")
            if current, error == nil, let report, report.confusion != nil { shelf?.keep(report) }
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
        trainingState.notice = "loading the MNIST subset…"
        let loadSplit = loadSplit
        return .background(id: Self.workID) { context in
            do {
                let session = try DigitCNNSession(split: try loadSplit())
                context.post(.progress(run: current, try session.report(evaluating: false)))
                while !context.isCancelled, session.step < Self.maximumSteps {
                    try session.train(steps: Self.reportEvery)
                    let done = session.step >= Self.maximumSteps
                    context.post(.progress(run: current, try session.report(evaluating: done)))
                }
                context.post(.finished(run: current, error: nil))
            } catch {
                context.post(.finished(run: current, error: "\(error)"))
            }
        }
    }
}

/// Stage 5's kernels-and-feature-maps view.
public typealias FeatureMapsScreen = DigitCNNScreen<FeatureMapsKind>
/// Stage 5's confusion-matrix view.
public typealias ConfusionMatrixScreen = DigitCNNScreen<ConfusionMatrixKind>
