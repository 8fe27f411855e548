import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// The navigation shell: the screen stack, help everywhere, quitting, resizing.
@Suite("Tutor shell")
struct ShellTests {
    @Test("q and Esc go back one screen at a time and quit only from home")
    func backNavigation() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter, .character("x"), .enter))
        #expect(app.exercise != nil)
        // The numeric input has the focus: Esc leaves it, Esc again goes back.
        var commands = app.replay(TutorApplication.keys(.escape, .escape))
        #expect(app.exercise == nil && app.reader != nil)
        #expect(commands.allSatisfy { !$0.quits })
        commands = app.replay(TutorApplication.keys(.character("q")))
        #expect(app.reader == nil)
        #expect(commands.allSatisfy { !$0.quits })
        commands = app.replay(TutorApplication.keys(.character("q")))
        #expect(commands.last?.quits == true)
    }

    @Test("? opens help listing the current screen's keys; any key closes it and does nothing else")
    func help() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.character("?")))
        #expect(app.isShowingHelp)
        #expect(app.screen().contains("continue") || app.screen().contains("open the selected stage"))
        app.replay(TutorApplication.keys(.enter))
        #expect(!app.isShowingHelp && app.reader == nil)
        // In the code editor ? is text, F1 is help, and the help names the undo keys.
        app.replay(TutorApplication.keys(.enter, .character("x"), .character("x"), .character("x"), .enter))
        app.replay(TutorApplication.keys(.character("?")))
        #expect(!app.isShowingHelp)
        app.replay(TutorApplication.keys(.function(1)))
        #expect(app.isShowingHelp)
        let screen = app.screen(width: 160, height: 50)
        #expect(screen.contains("Ctrl-U / Ctrl-Y"))
        #expect(screen.contains("Ctrl-C"))
        assertSnapshot(app.screen(), named: "code-help-80x24")
    }

    @Test("Ctrl-C quits from every screen, including a visual on top")
    func ctrlCEverywhere() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let scripts: [[Key]] = [
            [], [.enter], [.enter, .character("x"), .enter], [.enter, .character("n"), .tab, .enter],
        ]
        for script in scripts {
            var app = try fixture.app()
            app.replay(script.map { .key($0) })
            let message = try #require(app.message(for: .key(.ctrl("c"))))
            let commands = app.replay([message])
            #expect(commands.last?.quits == true, "after \(script)")
        }
    }

    @Test("a terminal below 60x18 shows the notice; resizing back shows the screen again")
    func resize() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter))
        app.replay([.resize(width: 50, height: 15)])
        #expect(app.screen(width: 50, height: 15).contains("Please make the window larger"))
        app.replay([.resize(width: 160, height: 50)])
        #expect(app.size.width == 160)
        #expect(app.reader?.viewport.height == 48)
        #expect(app.screen(width: 160, height: 50).contains("step 1/"))
    }
}
