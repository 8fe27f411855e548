import Foundation
import Grading
import Lessons
import TerminalCore

extension TutorApplication {
    /// Carries out what the reader asked for.
    mutating func perform(_ action: ReaderScreen.Action) -> Command<Message> {
        switch action {
        case .none:
            visitReaderStep()
        case .close:
            // Back on the map, the stage just left is the one selected (it may not be the one
            // Enter opened: → at a stage's end moves on to the next).
            let left = reader?.stage.id
            reader = nil
            refreshHome()
            if let index = home.entries.firstIndex(where: { $0.stage?.id == left }) { home.select(index) }
        case .openExercise(let exercise):
            return openExercise(exercise)
        case .openVisual(let visual):
            switch VisualCatalog.open(
                visual, theme: session.plotTheme, recordingIn: session.traceStore,
                yours: learnersRule(for: visual))
            {
            case .success(let opened):
                childRecording = opened.recording
                return openChild(opened.screen)
            case .failure: break  // the reader already shows why in place of the preview
            }
        case .openStage(let stage):
            openStage(stage)
        case .replayVisual(let visual):
            guard let store = session.traceStore else {
                reader?.notice = "Replays are not recorded in this session."
                break
            }
            guard let player = store.latestReplay(ofVisualKind: visual.kind, theme: session.plotTheme) else {
                reader?.notice =
                    "No recorded session of this visual yet: open it with Enter first."
                break
            }
            return openChild(player)
        }
        return .none
    }

    /// The learner's own update rule for a gradient-descent visual that races one: their code
    /// for the exercise the visual names, once it has passed (unfinished code would only
    /// show an error in the legend).
    func learnersRule(for visual: Visualization) -> CustomUpdateRule? {
        guard let id = VisualCatalog.yoursExerciseID(of: visual),
            let exercise = session.curriculum.exercise(id: id), case .code(let spec) = exercise.kind,
            session.progress(for: id).status == .passed
        else { return nil }
        let source = session.code(for: exercise, starter: spec.starter)
        return try? ScriptedUpdateRule.make(source: source, spec: spec).get()
    }

    /// Carries out what the exercise screen asked for.
    mutating func perform(_ action: ExerciseScreen.Action) -> Command<Message> {
        guard let screen = exercise else { return .none }
        let current = screen.exercise
        switch action {
        case .none:
            return .none
        case .close:
            saveCode(of: screen)
            exercise = nil
            if let reader { session.visit(Bookmark(stageID: reader.stage.id, step: reader.stepIndex)) }
            refreshStatuses()
            return .none
        case .grade(let answer):
            if case .code = current.kind {
                saveCode(of: screen)
                let grader = session.grader
                let fileName = (session.workspace.path(for: current) as NSString).lastPathComponent
                return .background(id: Self.gradingWorkID) { context in
                    let report = grader.grade(current, answer: answer, fileName: fileName)
                    context.post(.graded(exerciseID: current.id, answer: answer, report: report))
                }
            }
            // Choice and numeric answers grade in microseconds: no need for a thread.
            receiveGrade(
                exerciseID: current.id, answer: answer, report: session.grader.grade(current, answer: answer))
            return .none
        case .codeEdited(let edit):
            return .after(milliseconds: Self.autosaveDelay, .autosave(exerciseID: current.id, edit: edit))
        case .hintsShown(let count):
            session.noteHintsShown(count, for: current)
            return .none
        case .openExternalEditor:
            return openExternalEditor(for: screen)
        }
    }

    /// Opens `stage` in the reader where the learner was in it last (its first step when new),
    /// with the exercise they were on in view.
    mutating func openStage(_ stage: Stage) {
        let place = session.openingPlace(for: stage)
        openReader(stage, step: place.step)
        if let exerciseID = place.exerciseID, reader?.stepIndex == place.step {
            reader?.reveal(exerciseID: exerciseID)
        }
    }

    /// Opens `stage` at `step` in the reader.
    mutating func openReader(_ stage: Stage, step: Int) {
        reader = ReaderScreen(
            stage: stage, step: step, statuses: statuses(), viewport: contentSize,
            nextStage: NextStage.following(stage.id, in: home.entries))
        visitReaderStep()
    }

    /// Records the reader's step as the learner's place. A place already in that step is
    /// kept as it is, so scrolling a step (or opening the stage at it) does not forget the
    /// exercise the learner was on there.
    mutating func visitReaderStep() {
        guard let reader else { return }
        if let last = session.positions.place(in: reader.stage.id), last.step == reader.stepIndex {
            session.visit(last)
            return
        }
        session.visit(Bookmark(stageID: reader.stage.id, step: reader.stepIndex))
    }

    /// Opens an exercise: labs in the lab screen, the others in the exercise screen.
    mutating func openExercise(_ exercise: Exercise) -> Command<Message> {
        if let reader {
            session.visit(Bookmark(stageID: reader.stage.id, step: reader.stepIndex, exerciseID: exercise.id))
        }
        let progress = session.progress(for: exercise.id)
        switch exercise.kind {
        case .lab(let spec):
            do {
                let runner = try GradingLabRunner(spec: spec, grader: session.grader.labs)
                labExercise = exercise
                labRecordedRun = 0
                // Each run is recorded for `dltutor replay` when a store is set.
                var makeRecorder: (@Sendable (TraceHeader) -> (any TraceSink)?)? = nil
                if let store = session.traceStore {
                    makeRecorder = { header in
                        let recorder: TraceRecorder? = try? store.startRecording(header)
                        return recorder
                    }
                }
                return openChild(
                    LabScreen(
                        title: exercise.title, spec: spec, runner: runner, prompt: exercise.prompt,
                        hints: exercise.hints, hintsShown: progress.hintsShown,
                        exerciseStatus: progress.status, lastSettings: progress.lastAnswer,
                        theme: session.plotTheme, makeRecorder: makeRecorder)
                )
            } catch {
                reader?.notice = "This lab cannot run: \(error)"
                return .none
            }
        case .code(let spec):
            let code = session.code(for: exercise, starter: spec.starter)
            session.writeWorkspace(code, for: exercise)
            var screen = ExerciseScreen(exercise: exercise, progress: progress, savedCode: code)
            screen.fitEditor(width: contentSize.width, height: contentSize.height)
            self.exercise = screen
        case .choice, .numeric:
            self.exercise = ExerciseScreen(exercise: exercise, progress: progress)
        }
        return .none
    }

    /// Puts `screen` on top and runs its start command.
    mutating func openChild(_ screen: any ClosableScreen) -> Command<Message> {
        childCount += 1
        let embedded = EmbeddedScreen(screen, generation: childCount)
        child = embedded
        return embedded.start().map { .child($0) }
    }

    /// Forwards a message to the child and closes it once it asks to.
    mutating func updateChild(_ message: ChildMessage) -> Command<Message> {
        guard var screen = child else { return .none }
        let command = screen.update(message).map { Message.child($0) }
        child = screen
        recordLab()
        if screen.wantsToClose {
            closeChild()
            return .batch([command, .cancel(id: "lab-run")])
        }
        return command
    }

    /// Records what the open lab has to record as soon as it has it, as a graded answer is:
    /// the verdict of each run that ended on its own (a stopped run is no attempt), and the
    /// hints revealed. Another `dltutor list` then sees a pass while the lab is still open.
    mutating func recordLab() {
        guard let lab = child?.screen as? LabScreen, let exercise = labExercise else { return }
        session.noteHintsShown(lab.task.hintsShown, for: exercise)
        guard case .finished(let verdict) = lab.phase, !verdict.stopped, lab.runNumber > labRecordedRun else {
            return
        }
        labRecordedRun = lab.runNumber
        let report = GradeReport(
            passed: verdict.passed, score: verdict.passed ? 1 : 0, summary: verdict.message)
        let settings = lab.settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        session.record(exercise, answer: settings.joined(separator: " "), report: report)
        refreshStatuses()
    }

    /// Closes the child (a lab's verdicts are already recorded by `recordLab`).
    mutating func closeChild() {
        childRecording?.close()
        childRecording = nil
        if child?.screen is AnyVisualScreen { reader?.refreshPreviews() }
        child = nil
        labExercise = nil
        refreshStatuses()
    }

    /// Applies a finished grade to the open exercise and records it.
    mutating func receiveGrade(exerciseID: String, answer: String, report: GradeReport) {
        guard let current = exercise?.exercise ?? session.curriculum.exercise(id: exerciseID),
            current.id == exerciseID
        else { return }
        session.record(current, answer: answer, report: report)
        if exercise?.exercise.id == exerciseID {
            exercise?.receive(report, for: answer)
        }
        refreshStatuses()
    }

    /// Writes the open code to the workspace file and the progress store's last answer.
    func saveCode(of screen: ExerciseScreen) {
        guard case .code(let editor) = screen.input else { return }
        session.writeWorkspace(editor.text, for: screen.exercise)
        session.saveAnswer(editor.text, for: screen.exercise)
    }

    /// Saves what is not saved yet (the editor's code, a visual's trace), before quitting.
    func saveEverything() {
        if let exercise { saveCode(of: exercise) }
        childRecording?.close()
    }

    /// The status of every exercise, from the progress store.
    func statuses() -> [String: ExerciseStatus] {
        var result: [String: ExerciseStatus] = [:]
        for exercise in session.curriculum.exercises {
            result[exercise.id] = session.progress(for: exercise.id).status
        }
        return result
    }

    /// Refreshes the statuses the reader and home show after progress changed.
    mutating func refreshStatuses() {
        let current = statuses()
        reader?.statuses = current
        refreshHome()
    }

    /// Rebuilds the home screen's entries, continue line and notices, keeping the selection.
    mutating func refreshHome() {
        let all = statuses()
        var entries = StageEntry.catalog(curriculum: session.curriculum) { all[$0] ?? .notStarted }
        for index in entries.indices {
            if let stage = entries[index].stage {
                entries[index].openingStep = session.openingPlace(for: stage).step
            }
        }
        let broken = session.curriculum.problems.count
        var notices = session.notices
        if broken > 0 {
            notices.append(
                "\(broken) lesson file\(broken == 1 ? "" : "s") could not be read (marked broken below)")
        }
        let selection = home.entries.isEmpty ? nil : home.selection
        home = HomeScreen(entries: entries, continueLabel: continueLabel(), notices: notices)
        if let selection { home.select(selection) }
    }
}
