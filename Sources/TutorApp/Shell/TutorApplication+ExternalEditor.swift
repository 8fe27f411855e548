import Foundation
import Grading
import Lessons
import TerminalCore

extension TutorApplication {
    /// Saves the code and hands the terminal to the learner's editor on the workspace file,
    /// grading every save meanwhile (watch mode); `editorClosed` arrives when it exits.
    mutating func openExternalEditor(for screen: ExerciseScreen) -> Command<Message> {
        saveCode(of: screen)
        let exercise = screen.exercise
        let path = session.workspace.path(for: exercise)
        let editor = session.editor
        let grader = session.grader
        return .foreground {
            .editorClosed(
                exerciseID: exercise.id,
                result: WorkspaceWatcher.edit(path, with: editor, exercise: exercise, grader: grader))
        }
    }

    /// Back from the learner's editor: record every grade made while it ran, show the file's
    /// code and the last grade.
    mutating func returnFromEditor(exerciseID: String, result: EditorSessionResult) {
        guard var screen = exercise, screen.exercise.id == exerciseID else { return }
        let path = session.workspace.path(for: screen.exercise)
        if let text = WorkspaceWatcher.read(path) {
            screen.replaceCode(text)
            session.saveAnswer(text, for: screen.exercise)
        }
        for grade in result.grades {
            session.record(screen.exercise, answer: grade.text, report: grade.report)
            screen.receive(grade.report, for: grade.text)
        }
        let saves = result.grades.count
        screen.notice =
            result.problem
            ?? "Back from your editor: \(saves == 0 ? "no changes saved" : "\(saves) save\(saves == 1 ? "" : "s") graded")."
        exercise = screen
        refreshStatuses()
    }
}
