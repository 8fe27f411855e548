import CNcurses
import Glibc
import TerminalCore

/// Bracketed paste on the real terminal: the sequences that switch the mode and mark a paste
/// (from terminfo's extended `BE`/`BD`/`PS`/`PE` when it has them, else xterm's, which
/// terminals without the mode ignore), and the key codes curses reports for the markers.
struct PasteMode {
    /// Sent to turn the mode on.
    let enable: String
    /// Sent to turn it off; also part of the crash handler's reset sequence.
    let disable: String

    /// The key code curses reports for the start marker (above every key curses defines).
    static let startCode = Int32(KEY_MAX) + 1
    /// The key code curses reports for the end marker.
    static let endCode = Int32(KEY_MAX) + 2
    /// How long a started paste may go without input before it is taken as it is: a terminal
    /// that never sends the end marker must not swallow the keys that follow.
    static let staleAfter: Duration = .milliseconds(500)

    /// Reads the sequences from terminfo and teaches curses the markers, so they arrive as
    /// `startCode` / `endCode` instead of an Esc and five characters.
    static func configure() -> PasteMode {
        let start = terminfoString("PS") ?? BracketedPaste.startMarker
        let end = terminfoString("PE") ?? BracketedPaste.endMarker
        _ = define_key(start, startCode)
        _ = define_key(end, endCode)
        return PasteMode(
            enable: terminfoString("BE") ?? BracketedPaste.enableSequence,
            disable: terminfoString("BD") ?? BracketedPaste.disableSequence)
    }

    /// A terminfo string capability, nil when the terminal has none (or a cancelled one).
    private static func terminfoString(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1, Int(bitPattern: value) != 0,
            value.pointee != 0
        else { return nil }
        return String(cString: value)
    }

    /// Writes `sequence` straight to the terminal. It only switches a mode, so it need not be
    /// ordered with curses' buffered drawing, and it must reach the terminal before a shell
    /// or another program gets it (suspend, exit).
    static func send(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes {
                write(STDOUT_FILENO, $0.baseAddress, $0.count)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

extension NcursesBackend {
    /// Turns bracketed paste on (start-up and every return from the shell).
    func enableBracketedPaste() {
        PasteMode.send(pasteMode.enable)
    }

    /// Turns bracketed paste off (shutdown and every hand-over to the shell or an editor),
    /// so the shell never receives marked pastes it did not ask for.
    func disableBracketedPaste() {
        PasteMode.send(pasteMode.disable)
    }

    /// Takes a `wget_wch` result while a paste is being collected: characters go into the
    /// paste, the end marker makes the event, other keys are dropped (they are part of the
    /// pasted text that curses took for keys). Nil when no paste is being collected.
    func collectPaste(status: Int32, value: wint_t) -> CursesRead? {
        guard pasteCollector.isCollecting else { return nil }
        lastPasteInput = ContinuousClock.now
        if status != dl_key_code_yes() {
            if let scalar = Unicode.Scalar(value) { pasteCollector.append(scalar) }
            return .consumed
        }
        switch NcursesKeyDecoder.decodeKeyCode(Int32(bitPattern: value)) {
        case .pasteEnd: return pasteCollector.finish().map { .event($0) } ?? .consumed
        // A resize was already noticed through SIGWINCH; the rest is pasted text curses took
        // for keys.
        case .resize, .mouse, .suspend, .pasteStart, .key, .ignored: return .consumed
        }
    }

    /// Ends a paste whose input stopped `PasteMode.staleAfter` ago without an end marker,
    /// returning what was pasted (nil when it is not stale, or nothing was pasted).
    func finishStalePaste() -> Event? {
        guard pasteCollector.isCollecting, let last = lastPasteInput,
            last.duration(to: ContinuousClock.now) >= PasteMode.staleAfter
        else { return nil }
        return pasteCollector.finish()
    }
}
