import Foundation
import Grading
import Lessons
import Plot
import TerminalCore

/// Everything the tutor's screens read and write outside their own state: the loaded lessons,
/// the learner's progress store, the workspace files, the grader and the bookmark that makes
/// "continue where you left off" work. Screens call it from `update` on the program's thread;
/// only the grader (a `Sendable` value) is handed to background work.
public final class TutorSession {
    /// The lessons as loaded, with the files that failed to load in `problems`.
    public let curriculum: Lessons.Curriculum
    /// Where progress, the bookmark and the workspace live (`$XDG_DATA_HOME/dltutor`).
    public let dataDirectory: String
    /// Grades answers, code and labs.
    public let grader: Grader
    /// The learner's progress; nil when it could not be opened at all.
    public private(set) var store: ProgressStore?
    /// Whether answers are saved (false when another dltutor holds the lock).
    public private(set) var isWritable: Bool
    /// Things the learner should know about progress (read-only mode, a failed save).
    public private(set) var notices: [String]
    /// The last place the learner visited, saved on every move.
    public private(set) var bookmark: Bookmark?
    /// The last place in each stage, so a stage opens where the learner left it.
    public private(set) var positions = StagePositions()
    /// The learner's own editor for code exercises (`$VISUAL` / `$EDITOR`).
    public var editor: ExternalEditor
    /// Where visual and lab sessions are recorded for `dltutor replay`; nil records nothing
    /// (tests, and the default until the command sets the XDG state location).
    public var traceStore: TraceStore?
    /// Colours for plots, from the terminal's colour depth.
    public var plotTheme: PlotTheme = .standard

    /// Opens the progress in `dataDirectory` for writing; when another dltutor holds the lock
    /// it falls back to reading, and says so in `notices`.
    public init(curriculum: Lessons.Curriculum, dataDirectory: String, grader: Grader) {
        self.curriculum = curriculum
        self.dataDirectory = dataDirectory
        self.grader = grader
        editor = ExternalEditor(environment: ProcessInfo.processInfo.environment)
        notices = []
        do {
            store = try ProgressStore(directory: dataDirectory, access: .readWrite)
            isWritable = true
        } catch {
            isWritable = false
            notices.append("progress is read-only: \(error.description)")
            store = try? ProgressStore(directory: dataDirectory, access: .readOnly)
        }
        notices += store?.notices ?? []
        bookmark = Bookmark.load(from: bookmarkPath)
        positions = StagePositions.load(from: positionsPath)
    }

    /// Sets up plots for a terminal with `colorDepth` colours (monochrome under NO_COLOR)
    /// and records visual and lab sessions in the XDG state directory for `dltutor replay`.
    public func useTerminal(colorDepth: ColorDepth, environment: [String: String]) {
        plotTheme = PlotTheme(colorDepth: colorDepth)
        traceStore = TraceStore.standard(environment: environment)
    }

    /// The workspace holding code exercises as files.
    public var workspace: Workspace { Workspace(dataDirectory: dataDirectory) }

    /// The bookmark file's path.
    public var bookmarkPath: String {
        (dataDirectory as NSString).appendingPathComponent(DataDirectory.bookmarkFileName)
    }

    /// The per-stage positions file's path.
    public var positionsPath: String {
        (dataDirectory as NSString).appendingPathComponent(DataDirectory.positionsFileName)
    }

    /// The record of an exercise (empty when never touched or when no store could be opened).
    public func progress(for exerciseID: String) -> ExerciseProgress {
        store?.progress(for: exerciseID) ?? ExerciseProgress()
    }

    /// Records a graded attempt and saves.
    public func record(_ exercise: Exercise, answer: String, report: GradeReport, at date: Date = Date()) {
        change(exercise.id) { $0.recordAttempt(answer: answer, report: report, at: date) }
    }

    /// Keeps the learner's current answer without grading it (the editor's autosave).
    public func saveAnswer(_ answer: String, for exercise: Exercise, at date: Date = Date()) {
        guard progress(for: exercise.id).lastAnswer != answer else { return }
        change(exercise.id) {
            $0.lastAnswer = answer
            $0.firstSeen = $0.firstSeen ?? date
        }
    }

    /// Remembers how many hints the learner has revealed.
    public func noteHintsShown(_ count: Int, for exercise: Exercise) {
        guard progress(for: exercise.id).hintsShown < count else { return }
        change(exercise.id) { $0.hintsShown = count }
    }

    /// The code to show in the editor: the workspace file when it exists (the learner may
    /// have edited it elsewhere), else the last saved answer, else the starter.
    public func code(for exercise: Exercise, starter: String) -> String {
        let path = workspace.path(for: exercise)
        if let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        {
            return text
        }
        return progress(for: exercise.id).lastAnswer ?? starter
    }

    /// Writes the learner's code to the workspace file (atomically; unchanged files are left alone).
    public func writeWorkspace(_ code: String, for exercise: Exercise) {
        guard isWritable else { return }
        let path = workspace.path(for: exercise)
        if let data = FileManager.default.contents(atPath: path), String(data: data, encoding: .utf8) == code
        {
            return
        }
        do {
            try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(Data(code.utf8), to: path)
        } catch {
            report(error)
        }
    }

    /// Saves the learner's place for "continue where you left off", and as the last place in
    /// its stage for opening that stage again.
    public func visit(_ place: Bookmark) {
        guard place != bookmark || positions.place(in: place.stageID) != place else { return }
        bookmark = place
        positions.record(place)
        guard isWritable else { return }
        do {
            try place.save(to: bookmarkPath)
            try positions.save(to: positionsPath)
        } catch {
            report(error)
        }
    }

    /// Where opening `stage` should lead: the last place the learner was in it; for a stage
    /// they have not opened in the tutor (or before positions were kept), the bookmark when it
    /// is in that stage, else the step of the first exercise not passed once any was tried
    /// (with `dltutor check`, say), else the first step.
    public func openingPlace(for stage: Stage) -> Bookmark {
        if let place = positions.place(in: stage.id) { return place }
        if let bookmark, bookmark.stageID == stage.id { return bookmark }
        let step = Bookmark.resumeStep(in: stage) { self.progress(for: $0).status }
        return Bookmark(stageID: stage.id, step: step)
    }

    private func change(_ exerciseID: String, _ body: (inout ExerciseProgress) -> Void) {
        guard isWritable, let store else { return }
        do {
            try store.update(exerciseID, body)
        } catch {
            report(error)
        }
    }

    private func report(_ error: any Error) {
        let text = "could not save: \(error)"
        if notices.last != text { notices.append(text) }
    }
}
