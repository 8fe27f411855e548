import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// The lesson reader: steps, scrolling, cards, visuals in place, and the Markdown it draws.
@Suite("Lesson reader")
struct ReaderTests {
    @Test("opens at step 1 with its position; n/p and arrows move between steps, clamped at the start")
    func stepNavigation() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter))
        let reader = try #require(app.reader)
        let count = reader.stage.steps.count
        #expect(app.screen().contains("step 1/\(count)"))
        app.replay(TutorApplication.keys(.character("n"), .right))
        #expect(app.reader?.stepIndex == 2)
        #expect(app.screen().contains("step 3/\(count)"))
        app.replay(TutorApplication.keys(.character("p"), .left, .left))
        #expect(app.reader?.stepIndex == 0)
        app.replay(Array(repeating: .key(.right), count: count + 3))
        // Past the last step lies the next stage (StageEndTests has the details).
        #expect(app.reader?.stage.order == 2)
        #expect(app.reader?.stepIndex == 3)
        app.replay(Array(repeating: .key(.left), count: 5))
        #expect(app.reader?.stepIndex == 0)
        app.replay(TutorApplication.keys(.escape))
        #expect(app.reader == nil)
    }

    @Test("scrolling with keys and the wheel stays within the step")
    func scrolling() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter, .character("n")))
        app.replay([.scroll(3)])
        let scrolled = try #require(app.reader?.scroll)
        #expect(scrolled > 0)
        app.replay(TutorApplication.keys(.end))
        let bottom = try #require(app.reader?.scroll)
        app.replay(TutorApplication.keys(.pageDown, .down))
        #expect(app.reader?.scroll == bottom)
        app.replay(TutorApplication.keys(.home))
        #expect(app.reader?.scroll == 0)
        app.replay([.scroll(-3)])
        #expect(app.reader?.scroll == 0)
    }

    @Test("Tab focuses cards, Enter opens a visual in place of the lesson, q comes back")
    func visualCard() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter, .character("n")))
        let screen = app.screen()
        #expect(screen.contains("Visual:"))
        // The preview is drawn by the visual itself.
        #expect(screen.contains("Linear map"))
        app.replay(TutorApplication.keys(.tab, .enter))
        #expect(app.child != nil)
        #expect(app.screen().contains("Matrix A"))
        // Keys now go to the visual; its q closes it.
        for event in [Event.key(.character("q"))] {
            if let message = app.message(for: event) { app.replay([message]) }
        }
        #expect(app.child == nil)
        #expect(app.reader?.stepIndex == 1)
    }

    @Test("a visual block's parameters set up its screen: the lesson's matrix, the optimizers named")
    func visualParameters() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app(width: 160, height: 50)
        // Stage 1 step 2: matrix [[1.5, 0.5], [0.5, 1.0]].
        app.replay(TutorApplication.keys(.enter, .character("n")))
        let linearMap = app.screen(width: 160, height: 50)
        #expect(linearMap.contains("1.50   0.50"))
        #expect(linearMap.contains("0.50   1.00"))
        // Stage 3's first descent visual races plain gradient descent alone.
        app.replay(TutorApplication.keys(.escape, .character("3"), .enter))
        var sawDescent = false
        for _ in 0..<12 {
            let screen = app.screen(width: 160, height: 50)
            if screen.contains("Gradient descent ·") {
                sawDescent = true
                #expect(screen.contains("SGD"))
                #expect(screen.contains("Momentum  off"))
                #expect(screen.contains("Adam      off"))
                break
            }
            app.replay(TutorApplication.keys(.right))
        }
        #expect(sawDescent)
    }

    @Test("x jumps to the next exercise not passed yet, across steps")
    func jumpToExercise() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter, .character("x")))
        let first = try #require(app.reader)
        #expect(first.focus != nil)
        app.replay(TutorApplication.keys(.enter))
        let exerciseID = try #require(app.exercise?.exercise.id)
        app.replay(TutorApplication.keys(.escape, .escape, .character("x")))
        app.replay(TutorApplication.keys(.enter))
        #expect(app.exercise?.exercise.id != exerciseID)
    }

    @Test(
        "reader snapshots: prose and exercise card, and a visual preview", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app(width: size.0, height: size.1)
        app.replay(TutorApplication.keys(.enter))
        assertSnapshot(app.screen(width: size.0, height: size.1), named: "step1-\(size.0)x\(size.1)")
        app.replay(TutorApplication.keys(.character("n"), .tab))
        assertSnapshot(app.screen(width: size.0, height: size.1), named: "visual-step-\(size.0)x\(size.1)")
        app.replay(TutorApplication.keys(.character("?")))
        assertSnapshot(app.screen(width: size.0, height: size.1), named: "help-\(size.0)x\(size.1)")
    }
}

/// Markdown as the reader draws it.
@Suite("Lesson Markdown")
struct ReaderMarkdownTests {
    private func text(_ markdown: String, width: Int = 40) -> [String] {
        MarkdownRenderer.lines(markdown, width: width).map(\.plainText)
    }

    @Test("headings lose their hashes; emphasis and inline code lose their markers but keep styles")
    func headingsAndInline() throws {
        let lines = MarkdownRenderer.lines("### Shapes\n\nA **bold** and *soft* `x @ y` word.", width: 60)
        #expect(lines.map(\.plainText) == ["Shapes", "", "A bold and soft x @ y word."])
        let spans = lines[2].spans
        let bold = try #require(spans.first { $0.text == "bold" })
        #expect(bold.style.attributes.contains(.bold))
        let soft = try #require(spans.first { $0.text == "soft" })
        #expect(soft.style.attributes.contains(.italic))
        let code = try #require(spans.first { $0.text == "x @ y" })
        #expect(code.style.foreground == .cyan)
    }

    @Test("a lone star, x_i names and Unicode math stay as written")
    func literalMarkers() {
        #expect(text("a * b and x_i + y_j = ∑ᵢ wᵢ") == ["a * b and x_i + y_j = ∑ᵢ wᵢ"])
    }

    @Test("paragraphs wrap; lists get bullets and hanging indents; quotes get a bar")
    func blocks() {
        let lines = text(
            "- first item that is long enough to wrap around\n- second\n\n1. one\n\n> quoted words", width: 24
        )
        #expect(lines.contains("• first item that is"))
        #expect(lines.contains("  long enough to wrap"))
        #expect(lines.contains("• second"))
        #expect(lines.contains("1. one"))
        #expect(lines.contains("│ quoted words"))
    }

    @Test("fenced Python is highlighted and never wrapped; indented math is kept")
    func code() throws {
        let lines = MarkdownRenderer.lines(
            "```python\ndef f(x):\n    return x\n```\n\n    u·v = ∑ uᵢvᵢ", width: 12)
        #expect(lines.map(\.plainText) == ["  def f(x):", "      return x", "", "  u·v = ∑ uᵢvᵢ"])
        let keyword = try #require(lines[0].spans.first { $0.text == "def" })
        #expect(keyword.style != .plain)
    }

    @Test("pipe tables become aligned columns with a rule under the header")
    func table() {
        let lines = text("| name | shape |\n|---|---|\n| W | (64, 784) |\n| b | (64,) |")
        #expect(lines == ["name  shape", "────  ─────────", "W     (64, 784)", "b     (64,)"])
    }
}

/// Visuals opened from a lesson leave a replayable trace when the tutor records.
@Suite("Lesson visuals: recording")
struct ReaderRecordingTests {
    @Test("opening a visual and using it writes a trace with the lesson's setup and the learner's actions")
    func visualSessionIsRecorded() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        let traces = URL(fileURLWithPath: fixture.dataDirectory).appendingPathComponent("replays")
        app.session.traceStore = TraceStore(directory: traces)
        app.replay(TutorApplication.keys(.enter, .character("n"), .tab, .enter))
        #expect(app.child != nil)
        for key in [Key.character("t"), .character("q")] {
            if let message = app.message(for: .key(key)) { app.replay([message]) }
        }
        #expect(app.child == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: traces.path)
        let trace = try #require(files.first { $0.hasSuffix(".vtrace") })
        let text = try String(contentsOf: traces.appendingPathComponent(trace), encoding: .utf8)
        #expect(text.contains("\"visual\":\"linear-map\""))
        // The lesson's matrix is entered as actions, then the learner's transpose.
        #expect(text.contains("adjust 15"))
        #expect(text.contains("transpose"))
    }

    @Test("r on a visual card replays the last recorded session, or says there is none yet")
    func replayFromTheLesson() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        let traces = URL(fileURLWithPath: fixture.dataDirectory).appendingPathComponent("replays")
        app.session.traceStore = TraceStore(directory: traces)
        app.replay(TutorApplication.keys(.enter, .character("n"), .tab, .character("r")))
        #expect(app.child == nil)
        #expect(app.reader?.notice?.contains("No recorded session") == true)

        // Record a session, come back, and replay it.
        app.replay(TutorApplication.keys(.enter))
        for key in [Key.character("t"), .character("q")] {
            if let message = app.message(for: .key(key)) { app.replay([message]) }
        }
        app.replay(TutorApplication.keys(.character("r")))
        #expect(app.child != nil)
        let screen = app.rendered(width: 80, height: 24).text
        #expect(screen.contains("replay"), "\(screen)")
    }
}
