import CNcurses
import Glibc
import TerminalCore

extension NcursesBackend {
    /// Waits up to `timeoutMilliseconds` (nil: forever) for a key, a mouse wheel event, a
    /// resize or `wake()`. Blocks in `poll` on stdin and the self-pipe, so waiting costs no
    /// CPU. Returns nil on timeout or wake-up.
    public func readEvent(timeoutMilliseconds: Int?) -> Event? {
        guard isActive else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds.map { clock.now.advanced(by: .milliseconds(max(0, $0))) }
        while isActive {
            if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
            let woken = handleRelayedBytes()
            if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
            if woken { return nil }
            switch readCursesInput() {
            case .event(let event): return event
            case .consumed: continue
            case .nothing: break
            }
            if let paste = finishStalePaste() { return paste }
            var remaining: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline).components
                let milliseconds = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
                if milliseconds <= 0 && !pasteCollector.isCollecting { return nil }
                remaining = Int32(clamping: max(0, milliseconds))
            }
            // In the middle of a paste, look again soon: its end marker may never come.
            if pasteCollector.isCollecting { remaining = remaining < 0 ? 100 : min(remaining, 100) }
            waitForInput(timeoutMilliseconds: remaining)
        }
        return nil
    }

    /// Interrupts a blocking `readEvent`. Safe from any thread: it only writes one byte to a
    /// non-blocking pipe (a full pipe already guarantees a wake-up).
    public func wake() {
        var byte = SignalRelay.wakeByte
        _ = write(wakeWriteDescriptor, &byte, 1)
    }

    /// Blocks until stdin or the self-pipe is readable, or the timeout (-1: none) passes.
    /// Notices a hung-up terminal, after which only the pipe is watched.
    private func waitForInput(timeoutMilliseconds: Int32) {
        let readable = Int16(POLLIN)
        var descriptors = [
            pollfd(fd: wakeReadDescriptor, events: readable, revents: 0),
            pollfd(fd: STDIN_FILENO, events: readable, revents: 0),
        ]
        let watched: nfds_t = inputClosed ? 1 : 2
        let ready = poll(&descriptors, watched, timeoutMilliseconds)
        guard ready > 0, !inputClosed else { return }
        let hangUp = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        let stdinEvents = descriptors[1].revents
        if stdinEvents & hangUp != 0 && stdinEvents & readable == 0 {
            noteInputClosed()
        } else if stdinEvents & readable != 0 {
            // Readable but curses finds nothing, again and again: end of file without a
            // hang-up report. Stop watching stdin rather than spin.
            emptyReadsInARow += 1
            if emptyReadsInARow > 100 { noteInputClosed() }
        }
    }

    /// The terminal went away: ask the application to quit, as for SIGHUP.
    private func noteInputClosed() {
        inputClosed = true
        requestTermination(signal: SIGHUP)
    }

    private func readCursesInput() -> CursesRead {
        guard !inputClosed else { return .nothing }
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return .nothing }
        emptyReadsInARow = 0
        if let pasted = collectPaste(status: status, value: value) { return pasted }
        let decoded =
            status == dl_key_code_yes()
            ? NcursesKeyDecoder.decodeKeyCode(Int32(bitPattern: value))
            : NcursesKeyDecoder.decodeCharacter(value)
        switch decoded {
        case .key(let key):
            return .event(.key(key))
        case .resize:
            return reportSizeIfChanged().map { .event($0) } ?? .consumed
        case .mouse:
            return readMouse().map { .event($0) } ?? .consumed
        case .suspend:
            suspendToShell()
            return .consumed
        case .pasteStart:
            pasteCollector.begin()
            lastPasteInput = ContinuousClock.now
            return .consumed
        case .pasteEnd, .ignored:
            return .consumed
        }
    }

    /// The wheel or click event curses has waiting, if it is one the tutor uses.
    private func readMouse() -> Event? {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return nil }
        let x = Int(report.x)
        let y = Int(report.y)
        if report.bstate & dl_mouse_wheel_up() != 0 { return .mouse(.scrollUp(x: x, y: y)) }
        if report.bstate & dl_mouse_wheel_down() != 0 { return .mouse(.scrollDown(x: x, y: y)) }
        if report.bstate & (dl_mouse_button1_pressed() | dl_mouse_button1_clicked()) != 0 {
            return .mouse(.press(x: x, y: y))
        }
        return nil
    }

    /// Reads every byte waiting in the self-pipe and acts on the signals they name.
    /// Returns whether `wake()` was among them.
    private func handleRelayedBytes() -> Bool {
        var woken = false
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(wakeReadDescriptor, &bytes, bytes.count)
            guard count > 0 else { break }
            for byte in bytes[0..<count] {
                switch Int32(byte) {
                case Int32(SignalRelay.wakeByte): woken = true
                case SIGWINCH: adoptKernelSize(forceRedraw: false)
                case SIGTSTP: suspendToShell()
                case SIGCONT: adoptKernelSize(forceRedraw: true)
                case let signalNumber: requestTermination(signal: signalNumber)
                }
            }
        }
        return woken
    }

    /// First termination request: the application gets Ctrl-C and may quit cleanly.
    /// A second one ends the process at once (the terminal is restored first).
    private func requestTermination(signal signalNumber: Int32) {
        if terminationSignal != nil {
            Self.endProcess(with: signalNumber, backend: self)
        }
        terminationSignal = signalNumber
        pendingEvents.append(.key(.ctrl("c")))
    }

    /// Ctrl-Z: give the terminal back to the shell and stop; when the shell continues us
    /// (`fg`), take the terminal again and redraw everything.
    private func suspendToShell() {
        _ = curs_set(1)
        cursorShown = true
        disableBracketedPaste()
        _ = endwin()
        _ = dl_default_signal_handler(SIGTSTP)
        _ = dl_unblock_signal(SIGTSTP)
        _ = raise(SIGTSTP)
        // Execution continues here after SIGCONT. The next refresh puts curses back in
        // program mode (raw, alternate screen).
        SignalRelay.reinstall(SIGTSTP)
        enableBracketedPaste()
        adoptKernelSize(forceRedraw: true)
    }

    /// Leaves curses mode (cooked terminal, cursor shown, main screen) for another program.
    public func suspend() {
        _ = curs_set(1)
        cursorShown = true
        disableBracketedPaste()
        _ = endwin()
    }

    /// Returns to curses mode after `suspend()`; the size may have changed meanwhile.
    public func resume() {
        // The next refresh puts curses back in program mode (raw, alternate screen).
        enableBracketedPaste()
        adoptKernelSize(forceRedraw: true)
    }

    /// Tells curses the size the kernel reports (after SIGWINCH or a resume) and queues a
    /// resize event when the size changed, or always when `forceRedraw` is set.
    private func adoptKernelSize(forceRedraw: Bool) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if dl_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0,
            rows != dl_lines() || columns != dl_cols()
        {
            _ = resizeterm(rows, columns)
        }
        if let event = reportSizeIfChanged() {
            queueOnce(event)
        } else if forceRedraw {
            queueOnce(.resize(width: size.width, height: size.height))
        }
    }

    /// A resize event for the current size, unless the application already has it.
    private func reportSizeIfChanged() -> Event? {
        let current = size
        guard current.width != lastReportedSize.width || current.height != lastReportedSize.height
        else { return nil }
        lastReportedSize = current
        return .resize(width: current.width, height: current.height)
    }

    /// Queues `event` unless an equal event is already waiting (two signals, one redraw).
    private func queueOnce(_ event: Event) {
        if !pendingEvents.contains(event) { pendingEvents.append(event) }
    }
}

/// The outcome of asking curses for input without waiting.
enum CursesRead {
    case event(Event)
    /// Input was read but means nothing to the application (or was handled here).
    case consumed
    case nothing
}
