import Foundation
import TerminalCore
import Testing
import TutorApp

/// What a learner meets while answering: the editor's line keys and sideways scroll in a real
/// code exercise, fractions as numeric answers, and the words shown after a pass.
@Suite("Exercises: editing and answers")
struct ExerciseEditingTests {
    /// Opens stage 1's exercise number `index` (0: numeric, 1: choice, 2: code) via `x`.
    private func open(_ index: Int, in app: inout TutorApplication) {
        app.replay(TutorApplication.keys(.enter))
        app.replay(Array(repeating: .key(.character("x")), count: index + 1) + [.key(.enter)])
    }

    @Test("a long line typed with Ctrl-K's help passes; afterwards the code shows from column 0")
    func longLineThenCheck() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(2, in: &app)
        // Line 4 is `    Y = None  # your code here`: Ctrl-K empties it from its start.
        app.replay(TutorApplication.keys(.down, .down, .down, .ctrl("k")))
        let comment = String(repeating: "very ", count: 20) + "long"
        app.replay(TutorApplication.typing("    Y = X @ W.T + b  # " + comment))
        #expect(!app.screen().contains("1 def linear_forward"))
        app.replayRunningWork(TutorApplication.keys(.ctrl("r")))
        #expect(app.exercise?.report?.passed == true, "\(app.exercise?.report?.summary ?? "")")
        let passed = app.screen()
        #expect(passed.contains("1 def linear_forward(X, W, b):"), "\(passed)")
        #expect(passed.contains("4     Y = X @ W.T + b"))
        // Editing again on a shorter line: the view follows the cursor back to the line start.
        app.replay(TutorApplication.keys(.enter, .up))
        let editing = app.screen()
        #expect(editing.contains("3     # Return Y of shape (B, H)."), "\(editing)")
        // Ctrl-D removes the long line, and the file no longer has the comment.
        app.replay(TutorApplication.keys(.down, .ctrl("d")))
        guard case .code(let editor) = app.exercise?.input else {
            Issue.record("not a code exercise")
            return
        }
        #expect(!editor.text.contains("very"))
        #expect(editor.text.contains("    return Y"))
    }

    @Test("the editor's rule names the line keys while typing; the help lists them")
    func lineKeysAreDocumented() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(2, in: &app)
        #expect(app.screen().contains("^U undo · ^K del to end · ^D del line"))
        #expect(app.screen(width: 160, height: 50).contains("^U undo · ^K delete to end · ^D delete line"))
        app.replay(TutorApplication.keys(.function(1)))
        let help = app.screen(width: 160, height: 50)
        #expect(help.contains("Ctrl-K"))
        #expect(help.contains("delete the whole line"))
    }

    @Test("a numeric answer may be a fraction; unreadable text says which forms are accepted")
    func fractions() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(0, in: &app)
        app.replay(TutorApplication.typing("1/x\n"))
        let unreadable = try #require(app.exercise?.report)
        #expect(!unreadable.passed)
        #expect(unreadable.summary.contains("type a number like 0.25, 1e-3 or 1/4"), "\(unreadable.summary)")
        app.replay(Array(repeating: .key(.backspace), count: 3) + TutorApplication.typing("24/2\n"))
        #expect(app.exercise?.hasPassed == true, "\(app.exercise?.report?.summary ?? "")")
    }

    @Test("after a pass, the line under the verdict says what Enter does for that kind of exercise")
    func wordsAfterAPass() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(1, in: &app)
        #expect(app.exercise?.exercise.id == "la-matmul-shape")
        app.replay(TutorApplication.keys(.down, .down, .enter))
        #expect(app.exercise?.hasPassed == true)
        let choice = app.screen(width: 160, height: 50)
        #expect(choice.contains("q goes back, Enter checks the highlighted option."))
        #expect(!choice.contains("edits"))
        // At 80 columns the line wraps rather than being cut.
        let narrow = app.screen()
        #expect(narrow.contains("Enter checks the") && narrow.contains("option."), "\(narrow)")
        // A fresh learner (home's Enter would now reopen stage 1 where this one left it).
        let other = TutorFixture()
        defer { other.cleanUp() }
        var numeric = try other.app()
        open(0, in: &numeric)
        numeric.replay(TutorApplication.typing("12\n"))
        #expect(numeric.screen().contains("Enter edits the answer again."))
    }
}
