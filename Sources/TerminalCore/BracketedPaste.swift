/// Bracketed paste (xterm's mode 2004, which most terminals and tmux follow): while the mode
/// is on, the terminal sends pasted text between `startMarker` and `endMarker`, so a program
/// can tell a paste from typing. A backend turns the mode on with `enableSequence` (off with
/// `disableSequence` on every way out), recognises the markers, and feeds what comes between
/// them to a collector, which makes one `Event.paste` of it. A terminal without the mode
/// ignores the request and sends pastes as keys, as before.
public struct BracketedPaste: Hashable, Sendable {
    /// Turns the mode on (DECSET 2004).
    public static let enableSequence = "\u{1B}[?2004h"
    /// Turns the mode off (DECRST 2004).
    public static let disableSequence = "\u{1B}[?2004l"
    /// What the terminal sends before pasted text.
    public static let startMarker = "\u{1B}[200~"
    /// What the terminal sends after pasted text.
    public static let endMarker = "\u{1B}[201~"

    /// Whether a paste has started and not ended yet.
    public private(set) var isCollecting = false
    /// The text collected so far.
    public private(set) var text = ""
    /// Whether the last character collected was a carriage return (so a line feed right
    /// after it belongs to the same line break).
    private var afterCarriageReturn = false

    /// A collector waiting for a paste to start.
    public init() {}

    /// The start marker arrived: collect from here (a paste already being collected goes on).
    public mutating func begin() {
        guard !isCollecting else { return }
        isCollecting = true
        text = ""
        afterCarriageReturn = false
    }

    /// One character of the pasted text, as the terminal sent it. Line breaks ("\r", "\n" or
    /// "\r\n"; terminals usually send "\r") become "\n" and tabs stay; other control
    /// characters are dropped, since a pasted Esc or Ctrl-C is no command. Returns false (and
    /// keeps nothing) when no paste is being collected.
    @discardableResult
    public mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        guard isCollecting else { return false }
        defer { afterCarriageReturn = scalar == "\r" }
        switch scalar.value {
        case 0x0D: text.append("\n")
        case 0x0A: if !afterCarriageReturn { text.append("\n") }
        case 0x09: text.append("\t")
        case 0..<0x20, 0x7F..<0xA0: break
        default: text.unicodeScalars.append(scalar)
        }
        return true
    }

    /// The end marker arrived (or the paste was cut off): the paste event, nil when nothing
    /// was pasted or no paste was being collected.
    public mutating func finish() -> Event? {
        guard isCollecting else { return nil }
        isCollecting = false
        defer { text = "" }
        return text.isEmpty ? nil : .paste(text)
    }
}
