import Foundation
import TerminalCore
import Testing
import TutorApp

/// What the exercise screen shows at 80 columns: a header whose status is never cut, scroll
/// marks that cover no text, choice options that wrap under their own text, and a passed
/// exercise reopening with keys as commands.
@Suite("Exercises: layout at 80 columns")
struct ExerciseLayoutTests {
    /// Opens exercise number `index` (from 0) of stage `stage` via the reader's `x`.
    private func open(stage: Int, exercise index: Int, in app: inout TutorApplication) {
        app.replay(TutorApplication.keys(.character(Character("\(stage)")), .enter))
        app.replay(Array(repeating: .key(.character("x")), count: index + 1) + [.key(.enter)])
    }

    /// The screen's rows.
    private func rows(_ app: TutorApplication, width: Int = 80, height: Int = 24) -> [String] {
        app.screen(width: width, height: height).components(separatedBy: "\n")
    }

    @Test("the header keeps the whole status and shortens a long title with …")
    func headerKeepsTheStatus() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(stage: 1, exercise: 2, in: &app)
        let header = rows(app)[1]
        #expect(header.contains("○ not started  0 attempts"), "\(header)")
        #expect(header.contains("Exercise (code) · Linear layer forward with a"), "\(header)")
        #expect(header.contains("…"), "\(header)")
        // With room, the whole title shows.
        let wide = rows(app, width: 160, height: 50)[1]
        #expect(wide.contains("Linear layer forward with a broadcast bias") && wide.contains("0 attempts"))
        // Narrower, the attempt count goes before the status words are cut.
        let narrow = rows(app, width: 60, height: 24)[1]
        #expect(narrow.contains("○ not started") && !narrow.contains("attempt"), "\(narrow)")
    }

    @Test("on a failing answer the prompt's scroll mark sits on the editor's rule, over no text")
    func scrollMarkCoversNoText() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(stage: 2, exercise: 5, in: &app)
        #expect(app.exercise?.exercise.id == "pr-stable-softmax")
        app.replayRunningWork(TutorApplication.keys(.function(5)))
        #expect(app.exercise?.report?.passed == false)
        let screen = rows(app)
        // The title bar drops the stage's name rather than cut the exercise's title.
        #expect(screen[0].hasSuffix("Stage 2 › A softmax that survives huge logits "), "\(screen[0])")
        let marks = screen.filter { $0.contains("↓") || $0.contains("↑") }
        #expect(!marks.isEmpty, "\(screen.joined(separator: "\n"))")
        for row in marks {
            // Either on the editor's rule (PgDn scrolls the result here, so the prompt's mark
            // only says there is more), or alone on a row kept for it.
            let alone = row.trimmingCharacters(in: .whitespaces)
            let onRule = row.contains("── your code") && row.contains("─ ↓ more ─")
            #expect(onRule || alone == "↓ PgDn" || alone == "↑ PgUp", "\(row)")
        }
        #expect(
            screen.contains { $0.contains("── your code") && $0.contains("─ ↓ more ─") },
            "\(screen.joined(separator: "\n"))")
        // Scrolling the result pane down to its end turns its mark around; its rows stay whole.
        // (While typing, PgDn pages the editor: leave it first.)
        app.replay(TutorApplication.keys(.escape) + Array(repeating: .key(.pageDown), count: 20))
        let scrolled = rows(app)
        #expect(
            scrolled.contains { $0.trimmingCharacters(in: .whitespaces) == "↑ PgUp" },
            "\(scrolled.joined(separator: "\n"))")
    }

    @Test("a wrapped choice option continues under its own text, not under its box")
    func optionsHangUnderTheirText() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(stage: 2, exercise: 4, in: &app)
        #expect(app.exercise?.exercise.id == "pr-which-loss")
        let screen = rows(app)
        let start = try #require(screen.firstIndex { $0.contains("b) Recognising which of 10 digits") })
        let optionColumn = try #require(screen[start].range(of: "Recognising")).lowerBound
        let indent = screen[start].distance(from: screen[start].startIndex, to: optionColumn)
        let next = screen[start + 1]
        #expect(next.hasPrefix(String(repeating: " ", count: indent)), "\(next)")
        #expect(next.dropFirst(indent).first?.isLetter == true, "\(next)")
        #expect(next.contains("cross-entropy"))
    }

    @Test("a passed code exercise reopens with keys as commands: s shows the solution, Enter edits")
    func passedExerciseReopensUnfocused() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        open(stage: 1, exercise: 2, in: &app)
        #expect(app.exercise?.isTyping == true)
        app.replay(TutorApplication.keys(.down, .down, .down, .end))
        app.replay(Array(repeating: .key(.backspace), count: 26) + TutorApplication.typing("Y = X @ W.T + b"))
        app.replayRunningWork(TutorApplication.keys(.ctrl("r")))
        #expect(app.exercise?.hasPassed == true)
        // Back to the lesson, and in again.
        app.replay(TutorApplication.keys(.character("q"), .enter))
        #expect(app.exercise?.exercise.id == "la-linear-forward")
        #expect(app.exercise?.isTyping == false)
        let screen = app.screen()
        #expect(screen.contains("your code (Enter edits)"), "\(screen)")
        #expect(screen.contains("✓ Passed before. s shows the reference solution"), "\(screen)")
        #expect(screen.contains("Enter edits the"), "\(screen)")
        guard case .code(let before) = app.exercise?.input else {
            Issue.record("not a code exercise")
            return
        }
        app.replay(TutorApplication.keys(.character("s")))
        #expect(app.exercise?.isShowingSolution == true)
        guard case .code(let after) = app.exercise?.input else { return }
        #expect(after.text == before.text)
        app.replay(TutorApplication.keys(.enter))
        #expect(app.exercise?.isTyping == true)
    }
}
