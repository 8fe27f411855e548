import Foundation
import Plot
import TerminalCore

/// Stage 4's live classifier playground: an MLP trains on a 2-D data set in the background
/// while the decision regions and the loss curve update; knobs set the data, the noise, the
/// depth, width and activation, and the learning rate. A diverging run stops with the
/// divergence detector's explanation.
///
/// Keys: space start/pause, `↑`/`↓` choose a knob, `←`/`→` change it, `r` reset, `?` help,
/// `q` back. Changing a knob restarts from fresh weights.
public struct ClassifierPlaygroundScreen: VisualScreen, TrainingVisual {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Space: start or pause training.
        case togglePlay
        /// `↑`/`↓`: move the knob selection.
        case selectKnob(Int)
        /// `←`/`→`: change the selected knob (resets the run).
        case adjust(Int)
        /// `r`: fresh weights, training stopped.
        case reset
        /// Background training of run `run` reports.
        case progress(run: Int, PlaygroundProgress)
        /// Background training of run `run` ended (`error` when the engine failed).
        case finished(run: Int, error: String?)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token: knob moves and resets (training itself is not replayable).
        public var traceToken: String? {
            switch self {
            case .selectKnob(let delta): "knob \(delta)"
            case .adjust(let delta): "adjust \(delta)"
            case .reset: "reset"
            case .togglePlay, .progress, .finished, .toggleHelp, .close: nil
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
            case "knob": self = .selectKnob(value)
            case "adjust": self = .adjust(value)
            default: return nil
            }
        }
    }

    /// The id in traces.
    public static let visualID = "classifier-playground"
    /// The title bar text.
    public static let visualTitle = "Classifier playground"
    /// The background work's id.
    public static let workID = "classifier-playground"
    /// Training stops after this many steps.
    public static let maximumSteps = 3000
    /// Steps between reports.
    public static let reportEvery = 10

    /// The knobs.
    public private(set) var settings: PlaygroundSettings
    /// The knob the arrows change.
    public private(set) var selectedKnob: PlaygroundSettings.Knob
    /// The latest report of the current run.
    public private(set) var progress: PlaygroundProgress?
    /// The data points and their classes (drawn before training starts too).
    public private(set) var points: [[Double]]
    /// The points' classes.
    public private(set) var labels: [Int]
    /// The run, help box and notice (read through `TrainingVisual`).
    public private(set) var trainingState = TrainingVisualState()
    /// Colours (set `.monochrome` for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A stopped playground with the default knobs.
    public init(
        settings: PlaygroundSettings = PlaygroundSettings(), recordingTo sink: (any VisualTraceSink)? = nil
    ) {
        self.settings = settings
        selectedKnob = .dataset
        progress = nil
        points = []
        labels = []
        self.sink = sink
        loadPoints()
    }

    /// The knob choices.
    public var traceSettings: [String: String] {
        ["choices": settings.choices.map(String.init).joined(separator: ",")]
    }

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
            if isTraining { return stopTraining(notice: "paused") }
            if progress?.divergence != nil || (progress?.step ?? 0) >= Self.maximumSteps {
                restart()
            }
            return startTraining()
        case .selectKnob(let delta):
            let all = PlaygroundSettings.Knob.allCases
            selectedKnob = all[min(max(0, selectedKnob.rawValue + delta), all.count - 1)]
        case .adjust(let delta):
            guard settings.adjust(selectedKnob, by: delta) else { return .none }
            let wasTraining = isTraining
            restart()
            loadPoints()
            trainingState.notice =
                "\(selectedKnob.label) = \(settings.valueText(selectedKnob)): fresh weights"
            return wasTraining
                ? .batch([.cancel(id: Self.workID), startTraining()]) : .cancel(id: Self.workID)
        case .reset:
            let wasTraining = isTraining
            restart()
            trainingState.notice = "fresh weights"
            return wasTraining ? .cancel(id: Self.workID) : .none
        case .progress(let tag, let report):
            guard trainingState.isCurrent(tag) else { return .none }
            progress = report
            if report.divergence != nil { return stopTraining(notice: "diverged: see the explanation") }
        case .finished(let tag, let error):
            // A notice already there (a divergence) outlasts the end of the run.
            trainingState.finish(
                tag, error: error, completed: notice == nil ? "finished \(Self.maximumSteps) steps" : nil)
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

    private mutating func restart() {
        trainingState.endRun()
        progress = nil
    }

    private mutating func stopTraining(notice text: String?) -> Command<Message> {
        trainingState.endRun(notice: text) ? .cancel(id: Self.workID) : .none
    }

    private mutating func startTraining() -> Command<Message> {
        let current = trainingState.beginRun()
        let settings = settings
        let resume = progress
        return .background(id: Self.workID) { context in
            do {
                let session = try PlaygroundSession(settings: settings, resumingFrom: resume)
                while !context.isCancelled, !session.hasDiverged, session.step < Self.maximumSteps {
                    try session.train(steps: Self.reportEvery)
                    context.post(.progress(run: current, try session.progress()))
                    // A short rest per report keeps the shared machine and the UI responsive.
                    Thread.sleep(forTimeInterval: 0.01)
                }
                context.post(.finished(run: current, error: nil))
            } catch {
                context.post(.finished(run: current, error: "\(error)"))
            }
        }
    }

    private mutating func loadPoints() {
        do {
            let session = try PlaygroundSession(settings: settings)
            points = session.points
            labels = session.labels
        } catch {
            points = []
            labels = []
            trainingState.notice = "the data could not be made: \(error)"
        }
    }
}
