import Grading
import Lessons
import TerminalCore

/// One exercise: the prompt, the answer input for its kind, grading on a key with the
/// grader's report, hints one at a time, and the solution once earned. The screen itself does
/// no I/O: it returns an `Action` and the tutor grades, saves and opens editors.
public struct ExerciseScreen: Sendable {
    /// What the screen asks the tutor to do.
    public enum Action: Sendable, Equatable {
        case none
        /// Go back to the lesson.
        case close
        /// Grade this answer (in the background for code).
        case grade(String)
        /// The code changed: save it after a quiet moment (the value is the edit's number).
        case codeEdited(Int)
        /// A hint was revealed; remember how many are shown.
        case hintsShown(Int)
        /// Open the workspace file in the learner's own editor.
        case openExternalEditor
    }

    /// Attempts after which the solution may be shown without passing (behind a confirmation).
    public static let attemptsBeforeSolution = 3

    /// The exercise.
    public let exercise: Exercise
    /// The answer being entered.
    public internal(set) var input: AnswerInput
    /// Whether keys go to the text input (numeric and code); Esc leaves it for command keys.
    public internal(set) var isTyping: Bool
    /// How many hints are shown.
    public internal(set) var hintsShown: Int
    /// The last grade, if any.
    public internal(set) var report: GradeReport?
    /// The answer the last grade was for (choice feedback marks the options it picked).
    public internal(set) var gradedAnswer: String?
    /// Whether a grade is running.
    public internal(set) var isGrading: Bool
    /// Graded attempts so far (from progress, plus this visit).
    public internal(set) var attempts: Int
    /// Whether the exercise has been passed.
    public internal(set) var hasPassed: Bool
    /// Whether the solution is shown.
    public internal(set) var isShowingSolution: Bool
    /// The "show the solution before passing?" question, while it is asked.
    public internal(set) var solutionConfirmation: ConfirmState?
    /// A one-line message (why the solution is not offered yet, a save problem...).
    public internal(set) var notice: String?
    /// The first shown row of the prompt/feedback pane.
    public internal(set) var paneScroll: Int
    /// The first shown row of a code exercise's result pane (below the editor).
    public internal(set) var resultScroll: Int
    /// Counts edits, so only the latest one's autosave timer writes.
    public internal(set) var editCount: Int

    /// An exercise screen. `savedCode` is the learner's code (workspace file or last answer);
    /// `progress` restores attempts, hints and the passed state.
    public init(exercise: Exercise, progress: ExerciseProgress = ExerciseProgress(), savedCode: String? = nil)
    {
        self.exercise = exercise
        switch exercise.kind {
        case .choice:
            input = .choice(cursor: 0, picked: [])
        case .numeric:
            input = .numeric(TextInputState(text: "", viewWidth: 40))
        case .code(let spec):
            input = .code(
                CodeEditorState(text: savedCode ?? spec.starter, viewportHeight: 10, viewportWidth: 70))
        case .lab:
            input = .lab
        }
        // A passed exercise reopens as it was left after the pass: keys are commands (s for
        // the solution, q to go back) and Enter edits again, as the result line there says.
        isTyping = input.takesText && progress.status != .passed
        hintsShown = min(progress.hintsShown, exercise.hints.count)
        report = nil
        gradedAnswer = nil
        isGrading = false
        attempts = progress.attempts
        hasPassed = progress.status == .passed
        isShowingSolution = false
        solutionConfirmation = nil
        notice = nil
        paneScroll = 0
        resultScroll = 0
        editCount = 0
    }

    /// The solution as text: the reference code, the correct options, or the expected value.
    public var solutionText: String {
        switch exercise.kind {
        case .choice(let spec):
            let labels = spec.correctLabels
            let texts = spec.options.indices.filter { spec.options[$0].isCorrect }.map {
                "(\(ChoiceSpec.label(for: $0))) \(spec.options[$0].text)"
            }
            return labels.isEmpty ? "no option is correct" : texts.joined(separator: "\n")
        case .numeric(let spec): return spec.answer.text
        case .code(let spec): return spec.solution
        case .lab(let spec):
            return spec.solution.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(
                separator: ", ")
        }
    }

    /// Applies the result of a grade the tutor ran.
    public mutating func receive(_ report: GradeReport, for answer: String) {
        self.report = report
        gradedAnswer = answer
        isGrading = false
        attempts += 1
        resultScroll = 0
        if report.passed {
            hasPassed = true
            // Plain keys become commands again (s for the solution, q to go back).
            isTyping = false
        }
        paneScroll = 0
    }

    /// Tells the editor roughly how many rows and columns it gets in a `width` x `height`
    /// content area, so paging moves by a screenful and scrolling starts only at the edge.
    public mutating func fitEditor(width: Int, height: Int) {
        guard case .code(var editor) = input else { return }
        let isWide = width >= 120
        editor.viewportHeight = max(3, isWide ? height - 5 : (height - 5) / 2)
        editor.viewportWidth = max(10, isWide ? width * 58 / 100 - 8 : width - 8)
        input = .code(editor)
    }

    /// Puts `text` in the editor (the workspace file after the learner's own editor saved it).
    public mutating func replaceCode(_ text: String) {
        guard case .code(let editor) = input, editor.text != text else { return }
        input = .code(
            CodeEditorState(
                text: text, viewportHeight: editor.viewportHeight, viewportWidth: editor.viewportWidth))
    }

    /// Shows the solution (after a pass, or once confirmed).
    mutating func revealSolution() {
        isShowingSolution = true
        notice = nil
        paneScroll = 0
        // The solution comes after the report in a code exercise's result pane: scroll to its
        // start (counted at a typical width; the view clamps whatever the real width is).
        resultScroll = isCode ? max(0, resultLines(width: 76).count - solutionLines(width: 76).count) : 0
    }

    /// Asks for the solution: shown after a pass, offered behind a question after enough
    /// attempts, otherwise refused with the reason.
    mutating func requestSolution() {
        if isShowingSolution {
            isShowingSolution = false
        } else if hasPassed {
            revealSolution()
        } else if attempts >= Self.attemptsBeforeSolution {
            solutionConfirmation = ConfirmState()
        } else {
            let left = Self.attemptsBeforeSolution - attempts
            notice = "The solution opens once you pass, or after \(left) more attempt\(left == 1 ? "" : "s")."
        }
    }

    /// Reveals the next hint, if any.
    mutating func revealHint() -> Action {
        guard hintsShown < exercise.hints.count else {
            notice = exercise.hints.isEmpty ? "This exercise has no hints." : "That was the last hint."
            return .none
        }
        hintsShown += 1
        notice = nil
        paneScroll = 0
        resultScroll = 0
        return .hintsShown(hintsShown)
    }
}
