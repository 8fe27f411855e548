import CNcurses
import TerminalCore

/// What one value from `wget_wch` means to the backend.
enum DecodedInput: Equatable {
    /// A key for the application.
    case key(Key)
    /// The terminal changed size (KEY_RESIZE).
    case resize
    /// A mouse report is waiting in curses (KEY_MOUSE); read it with `getmouse`.
    case mouse
    /// Ctrl-Z: the learner wants to suspend the program to the shell.
    case suspend
    /// The terminal's bracketed-paste start marker: pasted text follows.
    case pasteStart
    /// The bracketed-paste end marker.
    case pasteEnd
    /// Something the tutor has no use for (an unmapped function key).
    case ignored
}

/// Turns `wget_wch` results into `Key`s. The terminal is in raw mode, so control keys arrive
/// as control characters: Ctrl-C is the byte 3, not a SIGINT.
enum NcursesKeyDecoder {
    /// Decodes a character result (`wget_wch` returned OK).
    static func decodeCharacter(_ value: UInt32) -> DecodedInput {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 26: return .suspend
        case 0: return .key(.ctrl("@"))
        case 1...26:
            // 1 is Ctrl-A, 2 Ctrl-B, ...; Tab, Enter and Backspace were taken above.
            guard let scalar = Unicode.Scalar(value + 96) else { return .ignored }
            return .key(.ctrl(Character(scalar)))
        case 28...31:
            // Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_.
            guard let scalar = Unicode.Scalar(value + 64) else { return .ignored }
            return .key(.ctrl(Character(scalar)))
        case 0x80..<0xA0:
            // C1 control characters are never typed text.
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// Decodes a function-key result (`wget_wch` returned KEY_CODE_YES).
    static func decodeKeyCode(_ code: Int32) -> DecodedInput {
        if code == dl_key_resize() { return .resize }
        if code == dl_key_mouse() { return .mouse }
        if code == PasteMode.startCode { return .pasteStart }
        if code == PasteMode.endCode { return .pasteEnd }
        if code >= dl_key_f(1) && code <= dl_key_f(12) { return .key(.function(Int(code - dl_key_f(0)))) }
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        default: return .ignored
        }
    }
}
