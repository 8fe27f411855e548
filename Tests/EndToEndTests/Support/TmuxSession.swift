import Foundation
import Glibc

/// A private tmux server running a shell in a fixed-size window, for driving the real
/// `dltutor` binary in a real terminal: send keys, capture what the pane shows, wait for
/// text to appear. Each session has its own server socket and is killed by `close()`
/// (call it in a `defer`) so that tests never see each other's terminals.
final class TmuxSession {
    /// The server's socket name (`tmux -L`), unique per session.
    let socket: String
    private var isClosed = false
    /// The server's socket file, removed on `close()` (tmux leaves it behind).
    private var socketPath = ""
    /// The session's name on its private server, and the target that names its one pane.
    private static let sessionName = "e2e"
    private static let target = "e2e:"

    /// Starts an interactive shell (bash without start-up files, prompt "$ ") in a detached
    /// `width` x `height` window, with `LANG=C.UTF-8` and no user tmux configuration. Type
    /// commands into it with `typeLine`; the shell stays after they exit, so their output
    /// and the terminal's modes can be checked.
    init(width: Int = 100, height: Int = 30) throws {
        socket = "dltutor-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let shell = "env PS1='$ ' PROMPT_COMMAND= bash --norc --noprofile"
        let outcome = try Self.tmux(
            socket, ["new-session", "-d", "-s", Self.sessionName, "-x", "\(width)", "-y", "\(height)", shell])
        guard outcome.status == 0 else {
            throw TmuxError(message: "tmux new-session failed (\(outcome.status)): \(outcome.errorOutput)")
        }
        let path = try? Self.tmux(socket, ["display-message", "-p", "#{socket_path}"])
        socketPath = path?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    deinit { close() }

    /// Whether tmux can be run at all (the tests fail with a clear message when it cannot).
    static func isAvailable() -> Bool {
        (try? ProcessRunner.run(["tmux", "-V"]).status) == 0
    }

    /// Kills the session's server. Safe to call more than once.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? Self.tmux(socket, ["kill-server"])
        if socketPath.hasPrefix("/") && socketPath.contains("dltutor-e2e-") { unlink(socketPath) }
    }

    /// Sends tmux key names ("Down", "C-c", "q", "Enter").
    func sendKeys(_ keys: String...) throws {
        try check(Self.tmux(socket, ["send-keys", "-t", Self.target] + keys), "send-keys")
    }

    /// Types `text` literally, then Enter.
    func typeLine(_ text: String) throws {
        try check(Self.tmux(socket, ["send-keys", "-t", Self.target, "-l", text]), "send-keys -l")
        try sendKeys("Enter")
    }

    /// Pastes `text` as a terminal does: through a tmux buffer with `paste-buffer -p`, which
    /// brackets it with ESC [200~ / ESC [201~ when the program asked for bracketed paste (and
    /// sends it bare otherwise). tmux turns each line feed into a carriage return, like a
    /// terminal.
    func paste(_ text: String) throws {
        try check(Self.tmux(socket, ["set-buffer", "-b", "e2e", "--", text]), "set-buffer")
        try check(
            Self.tmux(socket, ["paste-buffer", "-p", "-d", "-b", "e2e", "-t", Self.target]), "paste-buffer")
    }

    /// Resizes the window (the program sees SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try check(
            Self.tmux(socket, ["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"]),
            "resize-window")
    }

    /// The pane's text now: one line per row, wrapped lines joined, trailing spaces cut.
    func capture() throws -> String {
        let outcome = try Self.tmux(socket, ["capture-pane", "-p", "-J", "-t", Self.target])
        try check(outcome, "capture-pane")
        return outcome.output
    }

    /// The process id of the shell running in the pane.
    func shellPID() throws -> Int32 {
        let outcome = try Self.tmux(socket, ["display-message", "-p", "-t", Self.target, "#{pane_pid}"])
        try check(outcome, "display-message")
        guard let pid = Int32(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError(message: "no pane pid in \(outcome.output.debugDescription)")
        }
        return pid
    }

    /// Polls the pane every 50 ms until `condition` holds for its text, for at most
    /// `timeout`. Returns the text that satisfied it, or throws with the last screen seen.
    @discardableResult
    func waitFor(
        _ description: String, timeout: Duration = .seconds(20), _ condition: (String) -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            if clock.now >= deadline { break }
            usleep(50_000)
        }
        throw TmuxError(message: "timed out waiting for \(description); the pane shows:\n\(screen)")
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(20)) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the pane shows text matching the regular expression `pattern`.
    @discardableResult
    func waitFor(pattern: String, timeout: Duration = .seconds(20)) throws -> String {
        try waitFor("/\(pattern)/", timeout: timeout) {
            $0.range(of: pattern, options: .regularExpression) != nil
        }
    }

    private func check(_ outcome: ProcessRunner.Outcome, _ what: String) throws {
        guard outcome.status == 0 else {
            throw TmuxError(message: "tmux \(what) failed (\(outcome.status)): \(outcome.errorOutput)")
        }
    }

    private static func tmux(_ socket: String, _ arguments: [String]) throws -> ProcessRunner.Outcome {
        try ProcessRunner.run(
            ["tmux", "-f", "/dev/null", "-L", socket] + arguments,
            environment: ["LANG": "C.UTF-8"], removing: ["TMUX", "LC_ALL"])
    }
}

/// A tmux command failed or the expected screen never appeared.
struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
