import Foundation
import Grading
import Lessons
import Plot
import TerminalCore

/// A lab: the exercise's task and hints, the lesson's knobs as an editable form, a training
/// run in the background with live loss and metric curves, a progress bar with ETA and
/// throughput, and the result against the target. Divergence ends the run with an explanation
/// instead of a crash.
///
/// Embed it like any `ClosableScreen`; give it a `LabRunner` (`GradingLabRunner` for a
/// lesson's lab, a scripted one in tests) and, to record runs, a `makeRecorder` closure
/// (each run is one trace). The embedding tutor watches `phase` and `task.hintsShown` to
/// record verdicts and hint use as soon as they change.
public struct LabScreen: ClosableScreen {
    /// Everything that can happen to the lab screen.
    public enum Message: Sendable {
        /// ↑/↓: move between knobs.
        case moveSelection(Int)
        /// Enter: start editing the selected knob, or accept the typed value.
        case edit
        /// A key typed while editing.
        case input(Key)
        /// Esc while editing: drop the typed text.
        case cancelEdit
        /// ←/→ on a choice knob: the previous or next word.
        case cycleChoice(Int)
        /// `s`: start a run (or a new one after the last ended).
        case start
        /// Space: pause or resume the run.
        case togglePause
        /// `x`: stop the run.
        case stop
        /// Events from run number `run`.
        case runEvents(run: Int, events: [LabRunEvent])
        /// `t`: show or hide the whole task.
        case toggleTask
        /// `h`/F2: reveal the next hint.
        case revealHint
        /// PgUp/PgDn, the wheel: scroll the open task, or else the verdict, by some rows.
        case scrollTask(Int)
        /// `?`: show or hide the key help.
        case toggleHelp
        /// `q`/Esc: leave the screen.
        case close
    }

    /// Where the run is.
    public enum Phase: Sendable, Hashable {
        /// No run yet: the form is being filled in.
        case ready
        /// Training.
        case running
        /// Training, paused.
        case paused
        /// Over, with the verdict.
        case finished(LabVerdict)
    }

    /// The title shown ("Lab: tune the learning rate").
    public let title: String
    /// The lab.
    public let spec: LabSpec
    /// The exercise's prompt and hints.
    public private(set) var task: LabTask
    /// The knobs, in the lesson's order.
    public private(set) var fields: [KnobField]
    /// The selected knob.
    public private(set) var selection: Int
    /// Whether the selected knob's text is being edited.
    public private(set) var isEditing: Bool
    /// The run's phase.
    public private(set) var phase: Phase
    /// The latest progress report.
    public private(set) var progress: LabRunProgress?
    /// The run's curves (every run's, in a comparison).
    public private(set) var curves: LabCurves
    /// The exercise's saved status (nil for a lab outside the curriculum): a pass here makes it
    /// passed, and nothing makes it less.
    public private(set) var exerciseStatus: ExerciseStatus?
    /// The first shown row of the verdict, when it is longer than its pane.
    public private(set) var verdictScroll: Int
    /// A one-line message (a refused start, an out-of-range value).
    public private(set) var notice: String?
    /// Whether the help overlay is shown.
    public private(set) var isShowingHelp: Bool
    /// Whether the learner asked to leave.
    public private(set) var wantsToClose: Bool
    /// Colours and markers.
    public var theme: PlotTheme
    let runner: any LabRunner
    private let makeRecorder: (@Sendable (TraceHeader) -> (any TraceSink)?)?
    private var recorder: (any TraceSink)?
    private var control: LabRunControl?
    /// How many runs were started; the current (or last) run's number.
    public private(set) var runNumber: Int
    private var firstLoss: Double?
    private let clock: @Sendable () -> Date

    /// The background work id of a run.
    static let workID = "lab-run"

    /// A lab screen for `spec` run by `runner`, with the exercise's `prompt` and `hints`
    /// (`hintsShown` of them revealed before, from progress). `makeRecorder` starts a trace per
    /// run; `clock` dates the traces (tests pass a fixed one). `exerciseStatus` is the
    /// exercise's saved status, for the title bar; `lastSettings` the knobs of the learner's
    /// last run as recorded (`"lr=0.095 optimizer=adam"`), which the form starts from.
    public init(
        title: String, spec: LabSpec, runner: any LabRunner, prompt: String = "", hints: [String] = [],
        hintsShown: Int = 0, exerciseStatus: ExerciseStatus? = nil, lastSettings: String? = nil,
        theme: PlotTheme = .standard,
        makeRecorder: (@Sendable (TraceHeader) -> (any TraceSink)?)? = nil,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.title = title
        self.spec = spec
        task = LabTask(prompt: prompt, hints: hints, hintsShown: hintsShown)
        // The knobs as the learner last ran them ("lr=0.095 optimizer=adam", as recorded).
        let saved = Dictionary(
            (lastSettings ?? "").split(separator: " ").compactMap { pair -> (String, String)? in
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                return parts.count == 2 ? (parts[0], parts[1]) : nil
            }, uniquingKeysWith: { $1 })
        fields = spec.knobs.map { KnobField(knob: $0, text: saved[$0.name]) }
        selection = 0
        isEditing = false
        phase = .ready
        progress = nil
        curves = LabCurves()
        self.exerciseStatus = exerciseStatus
        verdictScroll = 0
        notice = nil
        isShowingHelp = false
        wantsToClose = false
        self.theme = theme
        self.runner = runner
        self.makeRecorder = makeRecorder
        recorder = nil
        control = nil
        runNumber = 0
        firstLoss = nil
        self.clock = clock
    }

    /// The current run's training loss at every reported step.
    public var lossSeries: LineSeries { curves.current?.loss ?? LineSeries(name: "train") }
    /// The current run's target metric on training data, where measured.
    public var metricSeries: LineSeries { curves.current?.metric ?? LineSeries(name: "train") }
    /// The current run's held-out metric, where measured.
    public var validationSeries: LineSeries { curves.current?.heldOut ?? LineSeries(name: "held-out") }

    /// The settings a run would use now.
    public var settings: [String: KnobValue] {
        Dictionary(fields.map { ($0.knob.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a run is in progress (running or paused).
    public var isRunning: Bool { phase == .running || phase == .paused }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if isShowingHelp {
            switch message {
            case .runEvents: break
            default:
                isShowingHelp = false
                return .none
            }
        }
        switch message {
        case .moveSelection(let delta):
            guard !fields.isEmpty, !isEditing else { return .none }
            selection = min(max(selection + delta, 0), fields.count - 1)
        case .edit:
            return edit()
        case .input(let key):
            guard isEditing, fields.indices.contains(selection) else { return .none }
            fields[selection].input.handle(key)
        case .cancelEdit:
            guard isEditing, fields.indices.contains(selection) else { return .none }
            fields[selection].cancelEdit()
            isEditing = false
        case .cycleChoice(let delta):
            guard !isRunning, fields.indices.contains(selection), fields[selection].isChoice else {
                return .none
            }
            fields[selection].cycle(delta)
        case .start:
            return startRun()
        case .togglePause:
            togglePause()
        case .stop:
            return stopRun()
        case .runEvents(let run, let events):
            guard run == runNumber, isRunning else { return .none }
            for event in events where isRunning {
                apply(event)
            }
            // Over (an explosion the job itself did not catch ends the run here, see
            // `isExploding`): make sure the worker stops too.
            if case .finished = phase { return .cancel(id: Self.workID) }
        case .toggleTask:
            task.toggle()
        case .revealHint:
            if task.revealHint() {
                notice = nil
            } else {
                notice = task.hints.isEmpty ? "This lab has no hints." : "That was the last hint."
            }
        case .scrollTask(let rows):
            if task.isOpen {
                task.scroll(by: rows)
            } else if case .finished(let verdict) = phase {
                verdictScroll = LabVerdictPane.clampedScroll(verdictScroll + rows, message: verdict.message)
            }
        case .toggleHelp:
            isShowingHelp = true
        case .close:
            if isRunning { _ = stopRun() }
            wantsToClose = true
            return .cancel(id: Self.workID)
        }
        return .none
    }

    private mutating func edit() -> Command<Message> {
        guard fields.indices.contains(selection) else { return .none }
        guard !isRunning else {
            notice = "the knobs are fixed while a run is going: x stops it"
            return .none
        }
        if fields[selection].isChoice {
            fields[selection].cycle(1)
            return .none
        }
        if isEditing {
            if fields[selection].commit() {
                isEditing = false
                notice = nil
            } else {
                notice = fields[selection].error
            }
        } else {
            isEditing = true
            notice = "type a value in \(fields[selection].rangeText), Enter accepts, Esc cancels"
        }
        return .none
    }

    private mutating func startRun() -> Command<Message> {
        guard !isRunning else { return .none }
        if isEditing {
            guard fields[selection].commit() else {
                notice = fields[selection].error
                return .none
            }
            isEditing = false
        }
        runNumber += 1
        // The curves need the room while training; t brings the task back.
        task.close()
        let control = LabRunControl()
        self.control = control
        phase = .running
        progress = nil
        firstLoss = nil
        notice = nil
        curves = LabCurves()
        verdictScroll = 0
        let settings = self.settings
        recorder = makeRecorder?(traceHeader(settings: settings))
        let runner = self.runner
        let run = runNumber
        return .background(id: Self.workID) { context in
            let batcher = LabEventBatcher(control: control) { events in
                context.post(.runEvents(run: run, events: events))
            }
            runner.run(settings: settings, control: control) { event in
                if context.isCancelled { control.stop() }
                batcher.add(event)
            }
            batcher.flush()
        }
    }

    /// The trace header of a run with `settings`.
    func traceHeader(settings: [String: KnobValue]) -> TraceHeader {
        var text = settings.mapValues(\.description)
        text["target"] = spec.target.text
        text["budget"] = "\(spec.budgetSteps)"
        text["job"] = spec.job
        text["dataset"] = spec.dataset
        return TraceHeader(kind: .lab, title: title, created: clock(), settings: text)
    }

    private mutating func togglePause() {
        switch phase {
        case .running:
            control?.pause()
            phase = .paused
        case .paused:
            control?.resume()
            phase = .running
        case .ready, .finished:
            notice = "nothing is running: s starts a run"
        }
    }

    private mutating func stopRun() -> Command<Message> {
        guard isRunning else { return .none }
        control?.stop()
        finish(
            LabRunEnd(
                metric: latestMetric ?? .nan, steps: progress?.step ?? 0, diverged: false, stopped: true))
        return .cancel(id: Self.workID)
    }

    /// The last measured target metric (training data, else held-out) of a single run; nil in a
    /// comparison, whose metric needs every run.
    var latestMetric: Double? {
        guard !curves.isComparison else { return nil }
        for series in [metricSeries, validationSeries] where series.count > 0 {
            return series.y(at: series.count - 1)
        }
        return nil
    }

    private mutating func apply(_ event: LabRunEvent) {
        switch event {
        case .progress(let report):
            if firstLoss == nil, report.loss.isFinite { firstLoss = report.loss }
            progress = report
            curves.append(report)
            recorder?.record(
                .progress(
                    TraceProgress(
                        step: report.step, budget: report.budget, loss: report.loss, metric: report.metric,
                        validation: report.validationMetric, elapsed: report.elapsedSeconds, run: report.run))
            )
            if Self.isExploding(report.loss, first: firstLoss) {
                control?.stop()
                finish(LabRunEnd(metric: .nan, steps: report.step, diverged: true))
            }
        case .finished(let end):
            finish(end)
        }
    }

    /// Whether `loss` shows a run blowing up: not finite, or a thousand times the first loss
    /// (and above 1000), which no lab reaches while learning.
    public static func isExploding(_ loss: Double, first: Double?) -> Bool {
        guard loss.isFinite else { return true }
        guard let first else { return false }
        return loss > 1000 && loss > 1000 * abs(first)
    }

    private mutating func finish(_ end: LabRunEnd) {
        let verdict = LabVerdict(
            end: end, spec: spec, settings: settings, firstLoss: firstLoss, lastLoss: progress?.loss,
            run: progress?.run, runCount: runner.comparedRuns.count)
        phase = .finished(verdict)
        // What the store records of a run that ended on its own (see `ExerciseProgress`).
        if let status = exerciseStatus, !end.stopped {
            exerciseStatus = verdict.passed ? .passed : max(status, .attempted)
        }
        recorder?.record(
            .result(
                TraceResult(
                    passed: verdict.passed, metric: end.metric, steps: end.steps, diverged: end.diverged,
                    stopped: end.stopped, message: verdict.message)))
        recorder = nil
        control = nil
    }
}
