import CNcurses
import Glibc
import TerminalCore

/// The real terminal: an ncursesw screen on the process's stdin/stdout.
///
/// Set-up puts the terminal in raw mode (Ctrl-C and Ctrl-Z arrive as keys), enables the
/// keypad, bracketed paste (a paste arrives as one `Event.paste`), the mouse wheel and colour (256, 16, 8 or none; `NO_COLOR` honoured), and routes
/// signals through a self-pipe so that `readEvent` can block in `poll` without using CPU
/// and still notice resizes, suspend/resume and termination requests. `shutdown()` (also
/// run by `deinit`) restores the terminal; crash signals and `exit()` restore it as well.
///
/// Termination signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) are delivered to the application
/// as Ctrl-C, so it can quit cleanly and save its state; `terminationSignal` remembers the
/// signal so the caller can end the process with it after `shutdown()`. A second termination
/// signal before the application quits restores the terminal and ends the process at once.
public final class NcursesBackend: TerminalBackend {
    /// How many colours the terminal shows (monochrome when `NO_COLOR` is set).
    public let colorDepth: ColorDepth
    /// Whether the locale is UTF-8, so non-ASCII text (box drawing, braille, Chinese) can be
    /// shown. When false the backend draws "?" for non-ASCII cells; screens may pick ASCII.
    public let supportsUnicode: Bool
    /// The termination signal received, if any (see the type's documentation).
    public internal(set) var terminationSignal: Int32?

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let wakeReadDescriptor: Int32
    let wakeWriteDescriptor: Int32
    var pairs: ColorPairCache
    var isActive = true
    var cursorPosition: (x: Int, y: Int)?
    var cursorShown = false
    var pendingEvents: [Event] = []
    var lastReportedSize: (width: Int, height: Int)
    var inputClosed = false
    var emptyReadsInARow = 0
    /// The bracketed-paste sequences of this terminal.
    let pasteMode: PasteMode
    /// The paste being received, between the terminal's start and end markers.
    var pasteCollector = BracketedPaste()
    /// When the last piece of the paste being received arrived.
    var lastPasteInput: ContinuousClock.Instant?

    /// Starts curses on the controlling terminal. Throws `TerminalUnavailable` (with a
    /// message for the learner) when stdin or stdout is not a terminal or TERM is unusable.
    /// - Parameters:
    ///   - enableMouse: report wheel scrolling and clicks (holding Shift still selects text).
    ///   - escapeDelayMilliseconds: how long a lone Esc waits for the rest of a key sequence.
    public init(enableMouse: Bool = true, escapeDelayMilliseconds: Int = 25) throws(TerminalUnavailable) {
        guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
        guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
        guard let typePointer = getenv("TERM"), typePointer.pointee != 0 else { throw .terminalTypeUnset }
        let terminalType = String(cString: typePointer)
        supportsUnicode = LocaleSetup.configure()

        var descriptors: [Int32] = [-1, -1]
        guard dl_pipe_nonblocking(&descriptors) == 0 else {
            throw .setupFailed("could not create the wake-up pipe: \(String(cString: strerror(errno)))")
        }
        wakeReadDescriptor = descriptors[0]
        wakeWriteDescriptor = descriptors[1]

        TerminalRescue.arm()
        guard let newScreen = dl_newterm_stdio(terminalType), let standardWindow = dl_stdscr() else {
            TerminalRescue.disarm()
            close(descriptors[0])
            close(descriptors[1])
            throw .unknownTerminalType(terminalType)
        }
        screen = newScreen
        window = standardWindow
        _ = set_term(newScreen)
        pasteMode = PasteMode.configure()

        colorDepth = Self.startColors()
        pairs = ColorPairCache(depth: colorDepth, pairLimit: dl_color_pairs())
        lastReportedSize = (Int(dl_cols()), Int(dl_lines()))
        configureInput(enableMouse: enableMouse, escapeDelayMilliseconds: escapeDelayMilliseconds)
        TerminalRescue.setResetSequence(Self.resetSequence(mouseEnabled: enableMouse, pasteMode: pasteMode))
        SignalRelay.install(writeDescriptor: wakeWriteDescriptor)
        enableBracketedPaste()
    }

    deinit {
        shutdown()
        close(wakeReadDescriptor)
        close(wakeWriteDescriptor)
    }

    /// The current size in cells.
    public var size: (width: Int, height: Int) {
        (max(0, Int(dl_cols())), max(0, Int(dl_lines())))
    }

    /// True once stdin has hung up (the terminal went away): no more keys will come.
    public var isInputClosed: Bool { inputClosed }

    /// Restores the terminal: leaves curses mode, shows the cursor, turns the mouse and
    /// bracketed paste off and puts the default signal actions back. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        _ = mousemask(0, nil)
        _ = curs_set(1)
        disableBracketedPaste()
        _ = endwin()
        SignalRelay.uninstall()
        TerminalRescue.disarm()
        delscreen(screen)
    }

    /// After `shutdown()`, ends the process with the termination signal that was received
    /// (so the shell sees "terminated by SIGTERM", exit status 128+n). Does nothing when no
    /// such signal arrived.
    public func endProcessIfTerminatedBySignal() {
        guard let signalNumber = terminationSignal else { return }
        Self.endProcess(with: signalNumber, backend: self)
    }

    static func endProcess(with signalNumber: Int32, backend: NcursesBackend) -> Never {
        backend.shutdown()
        _ = dl_default_signal_handler(signalNumber)
        _ = dl_unblock_signal(signalNumber)
        _ = raise(signalNumber)
        // A signal whose default is not to terminate (or that is blocked elsewhere) leaves
        // us here; exit with the shell's conventional status instead.
        exit(128 + signalNumber)
    }

    private func configureInput(enableMouse: Bool, escapeDelayMilliseconds: Int) {
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = nodelay(window, true)
        _ = intrflush(window, false)
        // Without this, curses polls stdin every few lines while refreshing and abandons the
        // update half-way when a key is waiting, leaving a half-drawn frame on screen until
        // the next one. The loop reads every waiting key promptly anyway, so always finish.
        _ = typeahead(-1)
        _ = set_escdelay(Int32(clamping: max(0, escapeDelayMilliseconds)))
        _ = curs_set(0)
        if enableMouse {
            _ = mousemask(dl_mouse_wheel_up() | dl_mouse_wheel_down() | dl_mouse_button1_pressed(), nil)
            _ = mouseinterval(0)
        }
    }

    /// Starts colour unless `NO_COLOR` is set or the terminal has none, and reports the depth.
    private static func startColors() -> ColorDepth {
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return .monochrome }
        guard has_colors() else { return .monochrome }
        _ = start_color()
        _ = use_default_colors()
        let count = dl_colors()
        switch count {
        case 0x100_0000...: return .trueColor
        case 256...: return .palette256
        case 16...: return .ansi16
        case 8...: return .ansi8
        default: return .monochrome
        }
    }

    /// The escape sequences that undo curses' changes to the screen, from terminfo, for the
    /// crash handler (which cannot call curses).
    private static func resetSequence(mouseEnabled: Bool, pasteMode: PasteMode) -> [UInt8] {
        var bytes = Array(pasteMode.disable.utf8)
        if mouseEnabled, let mouseKey = tigetstr("kmous"), Int(bitPattern: mouseKey) != -1 {
            // xterm mouse modes curses may have enabled (normal, button-event, SGR).
            bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8)
        }
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        bytes += Array("\r\n".utf8)
        return bytes
    }
}
