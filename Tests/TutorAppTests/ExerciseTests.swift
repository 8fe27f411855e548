import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// Exercises in the tutor: choice, numeric and code answers, grading, hints, the solution
/// rules, and the code being saved to the workspace.
@Suite("Exercises")
struct ExerciseTests {
    /// Opens stage 1's exercise number `index` (0: numeric, 1: choice, 2: code) via `x`.
    private func open(_ index: Int, in app: inout TutorApplication) {
        app.replay(TutorApplication.keys(.enter))
        app.replay(Array(repeating: .key(.character("x")), count: index + 1) + [.key(.enter)])
    }

    @Test("choice: a wrong pick shows that option's feedback, the right one passes and is recorded")
    func choice() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(1, in: &app)
        #expect(app.exercise?.exercise.id == "la-matmul-shape")
        app.replay(TutorApplication.keys(.character(" "), .enter))
        #expect(app.exercise?.report?.passed == false)
        #expect(app.screen().contains("✗ not right: That is the shape of"))
        assertSnapshot(app.screen(), named: "choice-wrong-80x24")
        app.replay(TutorApplication.keys(.down, .down, .enter))
        #expect(app.exercise?.hasPassed == true)
        #expect(app.exercise?.attempts == 2)
        #expect(app.session.progress(for: "la-matmul-shape").status == .passed)
        assertSnapshot(app.screen(width: 160, height: 50), named: "choice-passed-160x50")
    }

    @Test("numeric: typed answers are graded on Enter; Esc leaves the input so h and q work")
    func numeric() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(0, in: &app)
        app.replay(TutorApplication.typing("13\n"))
        #expect(app.exercise?.report?.passed == false)
        // While typing, h is text; after Esc it reveals a hint.
        app.replay(TutorApplication.keys(.backspace, .backspace, .escape, .character("h")))
        #expect(app.exercise?.hintsShown == 1)
        #expect(app.screen().contains("Hint 1/"))
        assertSnapshot(app.screen(), named: "numeric-hint-80x24")
        app.replay(TutorApplication.keys(.enter) + TutorApplication.typing("12\n"))
        #expect(app.exercise?.hasPassed == true)
        #expect(app.session.progress(for: "la-dot-by-hand").hintsShown == 1)
    }

    @Test("code: the starter fails, the reference solution typed in the editor passes, in the background")
    func code() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(2, in: &app)
        #expect(app.exercise?.exercise.id == "la-linear-forward")
        assertSnapshot(app.screen(), named: "code-starter-80x24")
        // F5 starts grading as background work, so the screen stays responsive.
        let commands = app.replay(TutorApplication.keys(.function(5)))
        #expect(commands.last?.backgroundIDs == ["grade"])
        #expect(app.screen().contains("Checking your answer"))
        // Run it: the starter returns None and fails.
        app.runWork(of: commands)
        #expect(app.exercise?.report?.passed == false)
        #expect(app.exercise?.isGrading == false)
        // Replace line 4 (`Y = None  # your code here`) with the solution.
        app.replay(TutorApplication.keys(.down, .down, .down, .end))
        app.replay(Array(repeating: .key(.backspace), count: 26) + TutorApplication.typing("Y = X @ W.T + b"))
        app.replayRunningWork(TutorApplication.keys(.ctrl("r")))
        let report = try #require(app.exercise?.report)
        #expect(report.passed, "\(report.summary)")
        #expect(app.screen().contains("✓ Passed"))
        assertSnapshot(app.screen(), named: "code-passed-80x24")
        assertSnapshot(app.screen(width: 160, height: 50), named: "code-passed-160x50")
        // The code is in the workspace file and in the progress.
        let file = "\(fixture.dataDirectory)/workspace/linear-algebra/la-linear-forward.py"
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("Y = X @ W.T + b"))
        #expect(app.session.progress(for: "la-linear-forward").status == .passed)
        // After a pass the solution opens directly.
        app.replay(TutorApplication.keys(.character("s")))
        #expect(app.exercise?.isShowingSolution == true)
        #expect(app.screen(width: 160, height: 50).contains("return X @ W.T + b"))
    }

    @Test("edits are saved after a quiet moment; reopening shows the saved code; Ctrl-C saves and quits")
    func autosave() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(2, in: &app)
        let commands = app.replay(TutorApplication.typing("# mine\n"))
        let scheduled = commands.flatMap(\.scheduledMessages)
        #expect(scheduled.count == 7)
        #expect(scheduled.allSatisfy { $0.milliseconds == TutorApplication.autosaveDelay })
        // Only the last edit's timer writes.
        app.replay(scheduled.map(\.message))
        let file = "\(fixture.dataDirectory)/workspace/linear-algebra/la-linear-forward.py"
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# mine\n"))
        app.replay(TutorApplication.typing("x"))
        let quit = app.replay(TutorApplication.keys(.ctrl("c")))
        #expect(quit.last?.quits == true)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# mine\nx"))
        // A new session opens the stage where the learner was, the exercise focused: Enter
        // opens it with the learner's code, not the starter.
        var again = try fixture.app()
        again.replay(TutorApplication.keys(.enter, .enter))
        #expect(again.exercise?.exercise.id == "la-linear-forward")
        #expect(again.screen().contains("# mine"))
    }

    @Test("the solution is refused before a pass, then offered behind a question after 3 attempts")
    func solutionRules() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(0, in: &app)
        app.replay(TutorApplication.keys(.escape, .character("s")))
        #expect(app.exercise?.isShowingSolution == false)
        #expect(app.screen().contains("3 more attempts"))
        app.replay(
            TutorApplication.keys(.enter) + TutorApplication.typing("1\n") + TutorApplication.keys(.backspace)
                + TutorApplication.typing("2\n") + TutorApplication.keys(.backspace)
                + TutorApplication.typing("3\n"))
        #expect(app.exercise?.attempts == 3)
        app.replay(TutorApplication.keys(.escape, .character("s")))
        #expect(app.exercise?.solutionConfirmation != nil)
        assertSnapshot(app.screen(), named: "solution-question-80x24")
        app.replay(TutorApplication.keys(.character("n")))
        #expect(app.exercise?.isShowingSolution == false)
        app.replay(TutorApplication.keys(.character("s"), .character("y")))
        #expect(app.exercise?.isShowingSolution == true)
        #expect(app.screen().contains("Solution"))
    }

    @Test("hints come one at a time and stop at the last")
    func hints() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(1, in: &app)
        let count = try #require(app.exercise?.exercise.hints.count)
        app.replay(Array(repeating: .key(.character("h")), count: count + 1))
        #expect(app.exercise?.hintsShown == count)
        #expect(app.screen(width: 160, height: 50).contains("Hint \(count)/\(count)"))
        #expect(app.exercise?.notice == "That was the last hint.")
    }
}

/// The learner's own editor (`e` / Ctrl-E): the terminal is handed over, every save is graded.
@Suite("Exercises in the learner's editor")
struct ExerciseExternalEditorTests {
    @Test("a save in the external editor is graded, recorded and shown when the tutor comes back")
    func externalEditor() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        // An "editor" that saves the solution and exits, as a learner in vim would.
        app.session.editor = ExternalEditor(command: "sed -i 's/Y = None  # your code here/Y = X @ W.T + b/'")
        app.replay(TutorApplication.keys(.enter, .character("x"), .character("x"), .character("x"), .enter))
        #expect(app.exercise?.exercise.id == "la-linear-forward")
        let commands = app.replay(TutorApplication.keys(.ctrl("e")))
        var back: [TutorApplication.Message] = []
        for effect in commands.flatMap(\.effects) {
            if case .foreground(let work) = effect, let message = work() { back.append(message) }
        }
        #expect(back.count == 1)
        app.replay(back)
        #expect(app.exercise?.report?.passed == true)
        #expect(app.exercise?.notice == "Back from your editor: 1 save graded.")
        #expect(app.screen().contains("    Y = X @ W.T + b"))
        #expect(app.session.progress(for: "la-linear-forward").status == .passed)
    }

    @Test("the editor comes from VISUAL, then EDITOR, then vi")
    func editorChoice() {
        #expect(
            ExternalEditor(environment: ["VISUAL": "code --wait", "EDITOR": "nano"]).command == "code --wait")
        #expect(ExternalEditor(environment: ["VISUAL": "", "EDITOR": "nano"]).command == "nano")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test("an editor that fails is reported, not fatal")
    func failingEditor() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.session.editor = ExternalEditor(command: "exit 3; true")
        app.replay(TutorApplication.keys(.enter, .character("x"), .character("x"), .character("x"), .enter))
        let commands = app.replay(TutorApplication.keys(.ctrl("e")))
        for effect in commands.flatMap(\.effects) {
            if case .foreground(let work) = effect, let message = work() { app.replay([message]) }
        }
        #expect(app.exercise?.notice?.contains("exited with status 3") == true)
        #expect(app.exercise != nil)
    }
}
