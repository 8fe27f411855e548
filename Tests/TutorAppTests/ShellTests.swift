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
        #expect(screen.contains("Ctrl-U") && screen.contains("undo: a typed run, a paste or a deletion"))
        #expect(screen.contains("Ctrl-Y") && screen.contains("redo what Ctrl-U undid"))
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

/// Two tutors over the same data, and labs opened from a lesson.
@Suite("Tutor shell: progress lock and labs")
struct ShellProgressAndLabTests {
    @Test("a second tutor on the same data reads the progress but does not write, and says so")
    func secondTutorIsReadOnly() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var first = try fixture.app()
        first.replay(TutorApplication.keys(.enter, .tab, .enter) + TutorApplication.typing("12\n"))
        #expect(first.session.isWritable)
        var second = try fixture.app()
        #expect(!second.session.isWritable)
        #expect(second.home.entries[0].passedCount == 1)
        #expect(second.screen(width: 160, height: 50).contains("progress is read-only"))
        // Answers in the second one are graded but not saved.
        second.replay(TutorApplication.keys(.enter, .character("x"), .enter, .down, .enter))
        #expect(second.exercise?.report != nil)
        let again = try TutorSession.load(
            lessonsDirectory: fixture.lessons, dataDirectory: fixture.dataDirectory)
        #expect(again.progress(for: "la-matmul-shape").attempts == 0)
    }

    @Test("a lab exercise opens the lab screen with its knobs; q closes it and nothing is recorded")
    func labFromLesson() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app(width: 160, height: 50)
        app.replay(TutorApplication.keys(.character("3"), .enter))
        var opened = false
        for _ in 0..<12 {
            app.replay(TutorApplication.keys(.character("x")))
            app.replay(TutorApplication.keys(.enter))
            if app.child != nil {
                opened = true
                break
            }
            // Not a lab: leave the exercise (Esc may first leave its text input).
            while app.exercise != nil { app.replay(TutorApplication.keys(.escape)) }
        }
        #expect(opened)
        let screen = app.screen(width: 160, height: 50)
        #expect(screen.contains("Lab ·"))
        #expect(screen.contains("Knobs"))
        if let message = app.message(for: .key(.character("q"))) { app.replay([message]) }
        #expect(app.child == nil)
        #expect(app.reader != nil)
    }

    @Test("a lab's pass and its hints are recorded the moment they happen, not when the lab closes")
    func labRecordsAtOnce() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app(width: 100, height: 30)
        app.replay(TutorApplication.keys(.character("3"), .enter))
        for _ in 0..<12 where app.child == nil {
            app.replay(TutorApplication.keys(.character("x"), .enter))
            while app.exercise != nil { app.replay(TutorApplication.keys(.escape)) }
        }
        let opened = try #require(app.child?.screen as? LabScreen)
        #expect(opened.title == "A learning rate for the valley")
        #expect(opened.task.prompt.contains("Plain gradient descent"))
        // What another `dltutor list` on the same data would read.
        func stored() throws -> (passed: Bool, attempts: Int, hintsShown: Int) {
            let progress = try fixture.session().progress(for: "op-valley-lr")
            return (progress.status == .passed, progress.attempts, progress.hintsShown)
        }
        func press(_ keys: Key...) {
            for key in keys {
                if let message = app.message(for: .key(key)) { app.replayRunningWork([message]) }
            }
        }
        press(.character("h"))
        #expect(try stored().hintsShown == 1)
        press(.enter, .ctrl("u"), .character("0"), .character("."), .character("0"), .character("9"), .enter)
        press(.character("s"))
        let lab = try #require(app.child?.screen as? LabScreen, "the lab is still open")
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(verdict.passed, "\(verdict.message)")
        #expect(try stored().passed)
        #expect(try stored().attempts == 1)
        // Leaving records nothing more.
        press(.character("q"))
        #expect(app.child == nil)
        #expect(try stored().attempts == 1)
    }
}
