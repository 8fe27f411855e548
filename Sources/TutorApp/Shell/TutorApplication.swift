import Foundation
import Grading
import Lessons
import TerminalCore

/// The whole tutor as one Elm-style application: a stack of screens (home, then a lesson's
/// reader, then an exercise, with a visual, the descent visualizer or a lab on top), the help
/// overlay, and the keys that work everywhere (Ctrl-C saves and quits, `?`/F1 shows help).
public struct TutorApplication: Application {
    /// What can happen.
    public enum Message: Sendable {
        /// A key for the tutor's own screens.
        case key(Key)
        /// The wheel moved by some rows (negative: up).
        case scroll(Int)
        /// Text pasted in one go (bracketed paste), for the answer being typed.
        case paste(String)
        /// The terminal changed size.
        case resize(width: Int, height: Int)
        /// A message for the open child screen (visual, visualizer, lab).
        case child(ChildMessage)
        /// A grade finished in the background.
        case graded(exerciseID: String, answer: String, report: GradeReport)
        /// The editor has been quiet since edit number `edit`: save the code.
        case autosave(exerciseID: String, edit: Int)
        /// The learner's own editor exited; the grades of the saves made meanwhile.
        case editorClosed(exerciseID: String, result: EditorSessionResult)
    }

    /// The smallest terminal the screens are laid out for; below it a notice is shown.
    public static let minimumSize = (width: 60, height: 18)
    /// How long the editor must be quiet before the code is written out, in milliseconds.
    public static let autosaveDelay = 600
    /// The background work id of grading.
    static let gradingWorkID = "grade"

    /// Lessons, progress, workspace and grader.
    public let session: TutorSession
    /// The home screen (always at the bottom of the stack).
    public internal(set) var home: HomeScreen
    /// The lesson being read, if one is open.
    public internal(set) var reader: ReaderScreen?
    /// The exercise open on top of the reader, if any.
    public internal(set) var exercise: ExerciseScreen?
    /// A visual, the visualizer or a lab open on top of everything, if any.
    public internal(set) var child: EmbeddedScreen?
    /// The exercise a lab child belongs to (its verdicts and hints are recorded as they come).
    var labExercise: Exercise?
    /// The number of the open lab's last run whose verdict was recorded (0: none yet).
    var labRecordedRun: Int
    /// The trace of the visual child being recorded, closed when it closes.
    var childRecording: TraceRecording?
    /// Whether the help overlay covers the screen.
    public internal(set) var isShowingHelp: Bool
    /// The terminal size last reported.
    public internal(set) var size: (width: Int, height: Int)
    /// Counts child screens opened, so messages of a closed one are dropped.
    var childCount: Int

    /// A tutor over `session`, laid out for a `size` terminal until told otherwise.
    public init(session: TutorSession, size: (width: Int, height: Int) = (80, 24)) {
        self.session = session
        self.size = size
        home = HomeScreen(entries: [])
        reader = nil
        exercise = nil
        child = nil
        labExercise = nil
        labRecordedRun = 0
        childRecording = nil
        isShowingHelp = false
        childCount = 0
        refreshHome()
    }

    /// The notice shown instead of the screens when the terminal is below `minimumSize`.
    static let minimumSizeNotice = MinimumSizeNotice(width: minimumSize.width, height: minimumSize.height)

    /// Whether the terminal is too small, so the notice hides every screen.
    public var isTooSmall: Bool { Self.minimumSizeNotice.applies(width: size.width, height: size.height) }

    /// The rows and columns a screen below the title bar and above the footer gets.
    var contentSize: (width: Int, height: Int) { (size.width, max(1, size.height - 2)) }

    /// Keys, wheel and resize become messages; while a child screen is open it gets them
    /// (except Ctrl-C, which always reaches the tutor so progress is saved before quitting).
    public func message(for event: Event) -> Message? {
        if case .resize(let width, let height) = event { return .resize(width: width, height: height) }
        if case .key(.ctrl("c")) = event { return .key(.ctrl("c")) }
        if isTooSmall {
            // Only the notice is on screen: keys do what it says and nothing else.
            guard case .key(let key) = event, MinimumSizeNotice.quits(on: key) else { return nil }
            return .key(key)
        }
        if let child {
            return child.message(for: event).map { .child($0) }
        }
        switch event {
        case .key(let key): return .key(key)
        case .paste(let text): return .paste(text)
        case .mouse(.scrollUp): return .scroll(-3)
        case .mouse(.scrollDown): return .scroll(3)
        case .mouse(.press), .resize, .tick: return nil
        }
    }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .key(.ctrl("c")):
            saveEverything()
            return .quit
        case .resize(let width, let height):
            size = (width, height)
            let viewport = contentSize
            reader?.viewport = viewport
            exercise?.fitEditor(width: viewport.width, height: viewport.height)
            return .none
        case .child(let inner):
            return updateChild(inner)
        case .graded(let exerciseID, let answer, let report):
            receiveGrade(exerciseID: exerciseID, answer: answer, report: report)
            return .none
        case .autosave(let exerciseID, let edit):
            guard let exercise, exercise.exercise.id == exerciseID, exercise.editCount == edit else {
                return .none
            }
            saveCode(of: exercise)
            return .none
        case .editorClosed(let exerciseID, let result):
            returnFromEditor(exerciseID: exerciseID, result: result)
            return .none
        case .scroll(let rows):
            if isShowingHelp || isTooSmall { return .none }
            if exercise != nil {
                exercise?.scrollPane(by: rows)
            } else if reader != nil {
                reader?.scrollBy(rows)
            } else {
                home.moveSelection(by: rows > 0 ? 1 : -1)
            }
            return .none
        case .paste(let text):
            // Only an answer takes text; elsewhere a paste is not a string of commands.
            if isShowingHelp || isTooSmall || child != nil { return .none }
            guard var screen = exercise else { return .none }
            let action = screen.paste(text)
            exercise = screen
            return perform(action)
        case .key(let key):
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> Command<Message> {
        if isTooSmall {
            guard MinimumSizeNotice.quits(on: key) else { return .none }
            saveEverything()
            return .quit
        }
        if isShowingHelp {
            // Any key closes help; it never does anything else.
            isShowingHelp = false
            return .none
        }
        let typing = exercise?.isTyping == true && exercise?.solutionConfirmation == nil
        if key == .function(1) || (key == .character("?") && !typing) {
            isShowingHelp = true
            return .none
        }
        if var screen = exercise {
            let action = screen.handle(key)
            exercise = screen
            return perform(action)
        }
        if var screen = reader {
            let action = screen.handle(key)
            reader = screen
            return perform(action)
        }
        if key == .character("q") || key == .escape { return .quit }
        switch home.handle(key) {
        case .none: break
        case .open(let index):
            if let stage = home.entries[index].stage { openStage(stage) }
        case .resume: resume()
        }
        return .none
    }
}
