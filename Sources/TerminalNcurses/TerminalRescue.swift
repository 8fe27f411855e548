import CNcurses
import Glibc

/// Last-resort restoration of the terminal when the program dies without running the
/// backend's `shutdown()`: a crash signal (a trap, a segfault, `abort`) or `exit()` called
/// from somewhere else. It puts back the terminal modes saved before curses started and
/// writes the precomputed escape sequences that leave the alternate screen and show the
/// cursor. Both are async-signal-safe (`tcsetattr`, `write`).
enum TerminalRescue {
    /// Signals after which the process cannot continue.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    // Plain globals read by the signal handler and the exit hook. They are written only by
    // `arm`/`disarm` on the loop's thread, before the handlers exist or after they are gone.
    nonisolated(unsafe) static var isArmed: Int32 = 0
    nonisolated(unsafe) static var savedModes = termios()
    nonisolated(unsafe) static var resetSequence: UnsafeMutableBufferPointer<UInt8> = .init(
        start: nil, count: 0)
    nonisolated(unsafe) static var previousActions: UnsafeMutablePointer<sigaction>? = nil
    nonisolated(unsafe) static var exitHookRegistered = false

    /// Remembers the current terminal modes and installs the crash handlers. Call before
    /// curses changes the modes; `resetSequence` is filled in later by `setResetSequence`.
    static func arm() {
        guard tcgetattr(STDIN_FILENO, &savedModes) == 0 else { return }
        if previousActions == nil {
            previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
            previousActions?.initialize(repeating: sigaction(), count: Int(NSIG))
        }
        for signalNumber in crashSignals {
            _ = sigaction(signalNumber, nil, previousActions.map { $0 + Int(signalNumber) })
            _ = dl_install_signal_handler(signalNumber, rescueTerminalAfterCrash)
        }
        if !exitHookRegistered {
            exitHookRegistered = true
            atexit { TerminalRescue.restoreModes() }
        }
        isArmed = 1
    }

    /// Stores the escape sequences that undo curses' screen changes.
    static func setResetSequence(_ bytes: [UInt8]) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = buffer.initialize(from: bytes)
        let old = resetSequence
        resetSequence = UnsafeMutableBufferPointer(start: buffer.baseAddress, count: bytes.count)
        old.deallocate()
    }

    /// Puts the previous crash handlers back; the backend restored the terminal itself.
    static func disarm() {
        isArmed = 0
        guard let actions = previousActions else { return }
        for signalNumber in crashSignals {
            _ = sigaction(signalNumber, actions + Int(signalNumber), nil)
        }
    }

    /// Restores the saved modes and writes the reset sequence, if armed. Async-signal-safe.
    static func restoreModes() {
        guard isArmed != 0 else { return }
        isArmed = 0
        if let base = resetSequence.baseAddress, resetSequence.count > 0 {
            _ = write(STDOUT_FILENO, base, resetSequence.count)
        }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedModes)
    }
}

/// The crash handler: restore the terminal, put back whatever handled the signal before
/// (the Swift runtime's backtracer, or the default action) and raise it again, so the
/// crash is reported and the process ends exactly as it would have.
private func rescueTerminalAfterCrash(_ signalNumber: Int32) {
    TerminalRescue.restoreModes()
    if let actions = TerminalRescue.previousActions {
        _ = sigaction(signalNumber, actions + Int(signalNumber), nil)
    } else {
        _ = dl_default_signal_handler(signalNumber)
    }
    _ = raise(signalNumber)
}
