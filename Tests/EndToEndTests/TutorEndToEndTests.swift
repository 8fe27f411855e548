import Foundation
import Glibc
import Testing

/// The real `dltutor` binary in a real terminal (tmux), driven by keys and checked by what
/// the pane shows. Serialized: each test has its own tmux server, but they share two CPU
/// cores with the build, and one at a time keeps the timing slack generous.
@Suite("dltutor in tmux", .serialized)
struct TutorEndToEndTests {
    private func binary() throws -> String { try EndToEnd.binary() }

    private func session(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        try EndToEnd.shell(width: width, height: height)
    }

    /// A fresh data directory, so the tests never read or write the learner's real progress.
    private func dataHome() -> String { EndToEnd.scratchPath("data") }

    /// Starts the tutor in the shell (with its data in `dataHome`) and waits for its home screen.
    @discardableResult
    private func startTutor(in session: TmuxSession, path: String, dataHome: String? = nil) throws -> String {
        let data = dataHome ?? self.dataHome()
        try session.typeLine("XDG_DATA_HOME='\(data)' '\(path)'; echo \"EXIT:$?\"; stty -a")
        return try session.waitFor("the home screen") { screen in
            screen.contains("Stages, in the recommended order") && screen.contains("Training in practice")
                && screen.contains("q quit")
        }
    }

    @Test(
        "the home screen shows the title, all seven stages, the detail pane and the key hints",
        arguments: [(80, 24), (100, 30)])
    func homeScreen(size: (width: Int, height: Int)) throws {
        let path = try binary()
        let session = try session(width: size.width, height: size.height)
        defer { session.close() }
        let screen = try startTutor(in: session, path: path)
        #expect(screen.hasPrefix(" dltutor"))
        for title in [
            "Linear algebra", "Probability and information", "Calculus and optimization", "Backpropagation",
            "Convolutional networks", "Residual networks", "Training in practice",
        ] {
            #expect(screen.contains(title), "missing stage \(title)")
        }
        #expect(screen.contains("a network is nested matrix"))
        #expect(screen.contains("▸ 1  Linear algebra"))
        #expect(screen.contains("▸ 1  Linear algebra"))
        #expect(screen.contains("Enter opens the lesson."))
        #expect(screen.contains("coming soon"))
        #expect(screen.contains("↑↓ select"))
        #expect(screen.contains("? help"))
        try session.sendKeys("q")
        try session.waitFor(text: "EXIT:0")
    }

    @Test("arrow keys and digits move the selection and the detail pane follows")
    func selection() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try startTutor(in: session, path: path)
        try session.sendKeys("Down", "Down")
        let third = try session.waitFor(text: "▸ 3  Calculus")
        #expect(third.contains("▸ 3  Calculus and optimization"))
        #expect(!third.contains("▸ 1"))
        try session.sendKeys("Up")
        try session.waitFor(text: "▸ 2  Probability")
        try session.sendKeys("7")
        let seventh = try session.waitFor(text: "▸ 7  Training in practice")
        #expect(seventh.contains("▸ 7  Training in practice"))
        try session.sendKeys("Home")
        try session.waitFor(text: "▸ 1  Linear algebra")
        try session.sendKeys("q")
        try session.waitFor(text: "EXIT:0")
    }

    @Test("keys arrive decoded from the terminal: End, PgUp, PgDn, Home, j, k, F1, Esc")
    func keyDecoding() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try startTutor(in: session, path: path)
        let steps: [(key: String, expected: String)] = [
            ("End", "▸ 7  Training in practice"), ("PPage", "▸ 1  Linear algebra"),
            ("NPage", "▸ 7  Training in practice"),
            ("Home", "▸ 1  Linear algebra"), ("j", "▸ 2  Probability"), ("k", "▸ 1  Linear algebra"),
            ("F1", "Press any key to close"),
        ]
        for step in steps {
            try session.sendKeys(step.key)
            try session.waitFor(text: step.expected)
        }
        // Esc closes the help first (after the short escape delay), then quits.
        try session.sendKeys("Escape")
        try session.waitFor("the help to close") { !$0.contains("Press any key to close") }
        try session.sendKeys("Escape")
        try session.waitFor(text: "EXIT:0")
    }

    @Test("? opens the help overlay listing the keys; any key closes it")
    func help() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try startTutor(in: session, path: path)
        try session.sendKeys("?")
        let help = try session.waitFor(text: "Press any key to close")
        for key in ["Keys", "select the previous / next stage", "Ctrl-C", "Ctrl-Z", "q Esc"] {
            #expect(help.contains(key), "help lacks \(key)")
        }
        try session.sendKeys("x")
        try session.waitFor("the help to close") {
            !$0.contains("Press any key to close") && $0.contains("Stages, in the recommended order")
        }
        try session.sendKeys("Escape")
        try session.waitFor(text: "EXIT:0")
    }

    @Test("resizing redraws: smaller, below the minimum (a notice), and back")
    func resize() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try startTutor(in: session, path: path)
        try session.sendKeys("Down")
        try session.waitFor(text: "▸ 2  Probability")

        try session.resize(width: 70, height: 20)
        let small = try session.waitFor("the home screen at 70x20") { screen in
            screen.contains("▸ 2  Probability") && screen.contains("learn deep learning by doing")
                && screen.contains("q quit")
        }
        let lines = small.components(separatedBy: "\n")
        #expect(lines.allSatisfy { $0.count <= 70 }, "a line is wider than the window")
        #expect(
            lines.first.map(trimmedRight)?.hasSuffix("learn deep learning by doing") == true,
            "title bar not redrawn at 70 columns")

        try session.resize(width: 50, height: 15)
        let tiny = try session.waitFor(text: "need 60x18, have 50x15")
        #expect(tiny.contains("Please make the window larger"))
        #expect(!tiny.contains("Stages, in the recommended order"), "old content left behind")

        try session.resize(width: 100, height: 30)
        let restored = try session.waitFor("the home screen at 100x30") { screen in
            screen.contains("▸ 2  Probability") && screen.contains("Training in practice")
                && !screen.contains("make the window larger")
        }
        let title = restored.components(separatedBy: "\n").first.map(trimmedRight)
        #expect(title?.hasSuffix("learn deep learning by doing") == true)
        #expect(title.map { $0.count > 90 } == true, "title bar not redrawn at 100 columns")
        try session.sendKeys("q")
        try session.waitFor(text: "EXIT:0")
    }

    @Test("Ctrl-C quits and the terminal is restored (echo and line editing back)")
    func ctrlCRestoresTerminal() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try startTutor(in: session, path: path)
        try session.sendKeys("C-c")
        let screen = try session.waitFor("stty output after exit") {
            $0.contains("EXIT:0") && $0.contains("icanon")
        }
        let modes = TerminalModes(screen: screen, after: "EXIT:0")
        #expect(modes.isPresent)
        #expect(modes.isCooked, "terminal not restored: \(modes.flags.sorted())")
        #expect(
            !screen.contains("Stages, in the recommended order"),
            "the tutor's screen was left on the terminal")
    }

    @Test(
        "SIGTERM and SIGHUP end the tutor with status 128+n and the terminal restored",
        arguments: [SIGTERM, SIGHUP])
    func terminationSignalRestoresTerminal(signalNumber: Int32) throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try startTutor(in: session, path: path)
        let shell = try session.shellPID()
        let children = childProcesses(of: shell)
        let tutor = try #require(children.first, "no child process of the shell \(shell)")
        #expect(kill(tutor, signalNumber) == 0)
        let expected = "EXIT:\(128 + signalNumber)"
        let screen = try session.waitFor("stty output after signal \(signalNumber)") {
            $0.contains(expected) && $0.contains("icanon")
        }
        let modes = TerminalModes(screen: screen, after: expected)
        #expect(modes.isCooked, "terminal not restored: \(modes.flags.sorted())")
    }

    @Test("Ctrl-Z suspends to the shell with the terminal restored; fg redraws the tutor")
    func suspendAndResume() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        // Started alone (not in a list with echo): bash would run the rest of a list as soon
        // as the job stops.
        try session.typeLine("XDG_DATA_HOME='\(dataHome())' '\(path)'")
        try session.waitFor(text: "Training in practice")
        try session.sendKeys("Down")
        try session.waitFor(text: "▸ 2  Probability")
        try session.sendKeys("C-z")
        try session.waitFor(text: "Stopped")
        // The echo prints MODES-42 while the typed command shows $((6*7)): waiting for the
        // output cannot be fooled by the command line.
        try session.typeLine("stty -a; echo MODES-$((6*7))")
        let shell = try session.waitFor(text: "MODES-42")
        let modes = TerminalModes(screen: shell, after: "stty -a; echo MODES-")
        #expect(modes.isCooked, "terminal not restored while suspended: \(modes.flags.sorted())")
        try session.typeLine("fg")
        let resumed = try session.waitFor("the tutor to be redrawn") { screen in
            screen.contains("▸ 2  Probability") && screen.contains("Stages, in the recommended order")
                && !screen.contains("MODES-42")
        }
        #expect(resumed.contains("▸ 2  Probability and information"))
        try session.sendKeys("q")
        try session.waitFor(text: "$ fg")
        try session.typeLine("echo \"AFTER:$?\"")
        try session.waitFor(text: "AFTER:0")
    }

    @Test("without a terminal it refuses with exit status 2 and names the non-interactive commands")
    func refusesWithoutTerminal() throws {
        let path = try binary()
        let outcome = try ProcessRunner.run([path])
        #expect(outcome.status == 2)
        #expect(outcome.errorOutput.contains("needs a terminal"))
        #expect(outcome.errorOutput.contains("dltutor run FILE.py"))
        #expect(outcome.errorOutput.contains("dltutor --help"))
        #expect(outcome.output.isEmpty)
    }

    @Test("with stdout redirected or TERM unknown, inside a terminal, it refuses with status 2")
    func refusesRedirectedOutputAndUnknownTerminal() throws {
        let path = try binary()
        let session = try session()
        defer { session.close() }
        try session.typeLine("'\(path)' > /dev/null; echo \"REDIRECTED:$?\"")
        let redirected = try session.waitFor(pattern: "REDIRECTED:[0-9]")
        #expect(redirected.contains("REDIRECTED:2"))
        #expect(redirected.contains("standard output is not a terminal"))
        try session.typeLine("TERM=no-such-terminal '\(path)'; echo \"UNKNOWN:$?\"")
        let unknown = try session.waitFor(pattern: "UNKNOWN:[0-9]")
        #expect(unknown.contains("UNKNOWN:2"))
        #expect(unknown.contains("TERM=no-such-terminal is unknown"))
        try session.typeLine("stty -a; echo MODES-$((6*7))")
        let modes = TerminalModes(screen: try session.waitFor(text: "MODES-42"), after: "stty -a; echo")
        #expect(modes.isCooked)
    }
}

/// `line` without its trailing spaces (`capture-pane -J` keeps them).
private func trimmedRight(_ line: String) -> String {
    String(line.reversed().drop { $0 == " " }.reversed())
}
