import Foundation
import TerminalCore
import Testing
import TutorApp

/// A paste (bracketed by the terminal) goes into the answer as it is.
@Suite("Exercises: pasting")
struct PasteTests {
    private let pastedFunction = "def f(x):\n    if x:\n        return 1\n    return 0\n"

    /// Opens stage 1's exercise number `index` (0: numeric, 1: choice, 2: code) via `x`.
    private func open(_ index: Int, in app: inout TutorApplication) {
        app.replay(TutorApplication.keys(.enter))
        app.replay(Array(repeating: .key(.character("x")), count: index + 1) + [.key(.enter)])
    }

    /// The code in the open exercise's editor.
    private func code(in app: TutorApplication) -> String? {
        guard case .code(let editor) = app.exercise?.input else { return nil }
        return editor.text
    }

    @Test("pasted Python keeps its own indentation in the editor, is saved, and undoes in one step")
    func pastedCodeIsVerbatim() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(2, in: &app)
        let starter = try #require(code(in: app))
        // Clear the starter first, so the result is exactly the paste.
        app.replay(Array(repeating: .key(.ctrl("d")), count: starter.split(separator: "\n").count + 1))
        #expect(code(in: app) == "")
        let message = try #require(app.message(for: .paste(pastedFunction)))
        let commands = app.replay([message])
        #expect(code(in: app) == pastedFunction)
        // It is an edit like any other: the autosave timer runs for it.
        #expect(commands.flatMap(\.scheduledMessages).count == 1)
        // Typed key by key, Enter's auto-indent would have stacked the indentation.
        let other = TutorFixture()
        defer { other.cleanUp() }
        var typed = try other.app()
        open(2, in: &typed)
        typed.replay(Array(repeating: .key(.ctrl("d")), count: starter.split(separator: "\n").count + 1))
        typed.replay(TutorApplication.typing(pastedFunction))
        #expect(code(in: typed) != pastedFunction)
        app.replay(TutorApplication.keys(.ctrl("u")))
        #expect(code(in: app) == "")
    }

    @Test("a paste while the editor is not focused starts typing; on a numeric answer it is one line")
    func pasteFocusesTheInput() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(2, in: &app)
        app.replay(TutorApplication.keys(.escape))
        #expect(app.exercise?.isTyping == false)
        app.replay([.paste("# pasted\n")])
        #expect(app.exercise?.isTyping == true)
        #expect(code(in: app)?.hasPrefix("# pasted\n") == true)
        // A fresh learner, as home's Enter now reopens stage 1 at the code exercise.
        let other = TutorFixture()
        defer { other.cleanUp() }
        var numeric = try other.app()
        open(0, in: &numeric)
        numeric.replay(TutorApplication.keys(.escape))
        numeric.replay([.paste("12\n")])
        #expect(numeric.exercise?.isTyping == true)
        guard case .numeric(let field) = numeric.exercise?.input else {
            Issue.record("not a numeric exercise")
            return
        }
        #expect(field.text == "12")
    }

    @Test("a paste on the home screen, in a lesson or on a choice does nothing")
    func pasteElsewhereIsIgnored() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay([.paste("jjj\n")])
        #expect(app.reader == nil && app.home.selection == 0)
        app.replay(TutorApplication.keys(.enter))
        app.replay([.paste("q")])
        #expect(app.reader != nil && app.reader?.stepIndex == 0)
        app.replay(TutorApplication.keys(.character("x"), .character("x"), .enter))
        #expect(app.exercise?.exercise.id == "la-matmul-shape")
        app.replay([.paste("b")])
        #expect(app.exercise?.report == nil)
        #expect(app.exercise?.input.answerText == "")
    }
}
