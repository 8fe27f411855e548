import TerminalCore
import Testing
import TutorApp

/// Applies `message` and reports whether the returned command quits.
private func quits(_ app: inout TutorApplication, _ message: TutorApplication.Message) -> Bool {
    app.update(message).quits
}

@Suite("Tutor application")
struct TutorApplicationTests {
    @Test("q, Esc and Ctrl-C quit from the home screen")
    func quitKeys() {
        for key in [Key.character("q"), .escape, .ctrl("c")] {
            var app = TutorApplication()
            #expect(quits(&app, .key(key)), "\(key) should quit")
        }
    }

    @Test("? opens help, any key closes it without acting, Ctrl-C still quits")
    func helpOverlay() {
        var app = TutorApplication()
        #expect(!quits(&app, .key(.character("?"))))
        #expect(app.isShowingHelp)
        #expect(!quits(&app, .key(.character("q"))))
        #expect(!app.isShowingHelp)
        #expect(app.home.selection == 0)
        _ = app.update(.key(.function(1)))
        #expect(app.isShowingHelp)
        _ = app.update(.key(.down))
        #expect(!app.isShowingHelp)
        #expect(app.home.selection == 0)
        _ = app.update(.key(.character("?")))
        #expect(quits(&app, .key(.ctrl("c"))))
    }

    @Test("the mouse wheel moves the selection; resizes and ticks need no message")
    func events() {
        var app = TutorApplication()
        let down = app.message(for: .mouse(.scrollDown(x: 3, y: 4)))
        #expect(down == .scroll(1))
        #expect(app.message(for: .mouse(.scrollUp(x: 0, y: 0))) == .scroll(-1))
        #expect(app.message(for: .resize(width: 70, height: 20)) == nil)
        #expect(app.message(for: .tick) == nil)
        app.replay(events: [.mouse(.scrollDown(x: 0, y: 0)), .mouse(.scrollDown(x: 0, y: 0))])
        #expect(app.home.selection == 2)
    }

    @Test("every key the footer names is explained in the help overlay")
    func helpCoversFooter() {
        let app = TutorApplication()
        let footerActions = Set(app.footerHints.map(\.action))
        #expect(footerActions.isSuperset(of: ["select", "help", "quit"]))
        let helpText = app.helpHints.map { "\($0.key) \($0.action)" }.joined(separator: "\n")
        for expected in ["↑ ↓", "1-7", "Home", "End", "?", "Esc", "Ctrl-C", "Ctrl-Z", "mouse wheel"] {
            #expect(helpText.contains(expected), "help should mention \(expected)")
        }
    }

    @Test("a scripted session on the test backend: select, open and close help, resize, quit")
    func scriptedSession() {
        let backend = TestBackend(
            width: 80, height: 24,
            events: [
                .key(.down), .key(.down), .key(.character("?")), .key(.character("x")),
                .resize(width: 50, height: 15), .resize(width: 80, height: 24), .key(.character("q")),
            ])
        let program = Program(TutorApplication(), backend: backend, clock: backend.clock)
        program.run()
        #expect(program.application.home.selection == 2)
        #expect(backend.frames.contains { $0.contains("Keys") && $0.contains("Ctrl-Z") })
        #expect(backend.frames.contains { $0.contains("need 60x18, have 50x15") })
        let last = backend.lastFrame
        #expect(last.contains("Stage 3 of 7"))
        #expect(last.contains("▸ 3  Calculus and optimization"))
        #expect(!last.contains("Keys"))
    }
}
