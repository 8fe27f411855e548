import Foundation
import TerminalCore
import Testing
import TutorApp

/// The "make the window larger" notice: while it hides the screens, keys do only what it says.
@Suite("Tutor shell: terminal too small")
struct SmallTerminalTests {
    @Test("the notice says what q does, and q saves and quits from inside an exercise")
    func qQuitsAndSaves() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        // The code exercise of stage 1, with an unsaved edit.
        app.replay(TutorApplication.keys(.enter, .character("x"), .character("x"), .character("x"), .enter))
        app.replay(TutorApplication.typing("# mine\n"))
        app.replay([.resize(width: 40, height: 10)])
        #expect(app.isTooSmall)
        let screen = app.screen(width: 40, height: 10)
        #expect(screen.contains("q saves your work and quits"), "\(screen)")
        let message = try #require(app.message(for: .key(.character("q"))))
        let commands = app.replay([message])
        #expect(commands.last?.quits == true)
        // It quit from the exercise, not back to the lesson, and the code was saved.
        #expect(app.exercise != nil)
        let file = "\(fixture.dataDirectory)/workspace/linear-algebra/la-linear-forward.py"
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# mine"))
    }

    @Test("other keys, the wheel and pastes do nothing to the hidden screen", arguments: [0, 1, 2])
    func otherKeysAreDropped(depth: Int) throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        // Home, a lesson, an exercise.
        let opening: [[Key]] = [[], [.enter], [.enter, .character("x"), .enter]]
        app.replay(opening[depth].map { .key($0) })
        app.replay([.resize(width: 40, height: 10)])
        let before = (app.reader?.stepIndex, app.exercise?.exercise.id, app.home.selection)
        let events: [Event] = [
            .key(.enter), .key(.escape), .key(.character("j")), .key(.down), .key(.character("?")),
            .key(.function(1)), .key(.character("2")), .mouse(.scrollDown(x: 1, y: 1)), .paste("12"),
        ]
        for event in events {
            #expect(app.message(for: event) == nil, "\(event) reached the tutor")
        }
        // Even as messages (a script replayed past the backend), keys other than q do nothing.
        let commands = app.replay(
            TutorApplication.keys(.enter, .escape, .down, .character("?")) + [.scroll(3)])
        #expect(commands.allSatisfy { !$0.quits })
        #expect(!app.isShowingHelp)
        #expect(app.reader == nil || app.reader?.stepIndex == before.0)
        #expect((app.reader != nil) == (depth > 0))
        #expect(app.exercise?.exercise.id == before.1)
        #expect(app.home.selection == before.2)
        // Back at a usable size, the screen is as it was.
        app.replay([.resize(width: 80, height: 24)])
        #expect(!app.isTooSmall)
        #expect(app.message(for: .key(.enter)) != nil)
    }
}
