/// What the training visuals of stages 4-6 (playground, gradient flow, digit CNN) keep besides
/// their own data, and the rules they share for it: one background run at a time whose stale
/// reports are dropped, a help box that the next key closes, a request to leave, and a notice.
public struct TrainingVisualState: Sendable, Hashable {
    /// The current run's number; reports tagged with another are stale.
    public private(set) var runID = 0
    /// Whether a run is going.
    public private(set) var isTraining = false
    /// The key-help box and the request to leave.
    public private(set) var helpBox = HelpBox()
    /// What just happened, shown under the picture.
    public internal(set) var notice: String?

    /// While the help box is open, a key other than help or close only shuts it (see
    /// `HelpBox`); background reports are never spent: training goes on behind the box.
    mutating func helpBoxSwallows(isKey: Bool, isHelpOrClose: Bool) -> Bool {
        helpBox.swallows(isKey: isKey, isHelpOrClose: isHelpOrClose)
    }

    /// `?`: opens or shuts the help box.
    mutating func toggleHelp() { helpBox.toggle() }

    /// `q`/Esc: shuts the help box when it is open, else asks to leave (ending the run).
    /// Returns whether background work must be cancelled.
    mutating func close() -> Bool {
        helpBox.close() ? endRun() : false
    }

    /// Starts a new run and returns its number, to tag its reports with.
    mutating func beginRun() -> Int {
        runID += 1
        isTraining = true
        return runID
    }

    /// Ends the current run so its later reports are dropped, showing `notice` when given.
    /// Returns whether one was going, i.e. whether its background work must be cancelled.
    @discardableResult
    mutating func endRun(notice text: String? = nil) -> Bool {
        if let text { notice = text }
        let wasTraining = isTraining
        runID += 1
        isTraining = false
        return wasTraining
    }

    /// Whether a report tagged `run` belongs to the current run.
    func isCurrent(_ run: Int) -> Bool { run == runID }

    /// The run tagged `run` ended: false for a stale report; otherwise the run is over and the
    /// notice says how (the error, else `completed`, which nil leaves the notice as it is).
    @discardableResult
    mutating func finish(_ run: Int, error: String?, completed: String?) -> Bool {
        guard run == runID else { return false }
        isTraining = false
        if let error {
            notice = "training failed: \(error)"
        } else if let completed {
            notice = completed
        }
        return true
    }
}

/// A training visual of stages 4-6: what can be read of its shared state.
public protocol TrainingVisual {
    /// The run, help box and notice.
    var trainingState: TrainingVisualState { get }
}

extension TrainingVisual {
    /// Whether background training is running.
    public var isTraining: Bool { trainingState.isTraining }
    /// The current run's number; reports from older runs are dropped.
    public var runID: Int { trainingState.runID }
    /// Whether the help box is open.
    public var isShowingHelp: Bool { trainingState.helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { trainingState.helpBox.wantsToClose }
    /// What just happened.
    public var notice: String? { trainingState.notice }
}

extension TrainingVisual {
    /// The status line's first words for a run that space pauses and resumes: training, ready
    /// (nothing run yet), finished (the run ended by itself) or paused.
    func runLabel(started: Bool, finished: Bool) -> String {
        if isTraining { return "▶ training" }
        if !started { return "ready" }
        return finished ? "■ finished" : "❚❚ paused"
    }
}
