/// A key the learner pressed, decoded by the backend.
public enum Key: Hashable, Sendable {
    /// A printable character (any Unicode grapheme typed or pasted).
    case character(Character)
    /// Ctrl plus a letter, given in lower case (`.ctrl("c")`). Tab, Enter and Backspace,
    /// which terminals send as control codes, are reported as their own keys instead.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1-F12.
    case function(Int)
}

/// A mouse action the tutor reacts to (wheel scrolling and clicks), in screen cells.
public enum MouseEvent: Hashable, Sendable {
    case scrollUp(x: Int, y: Int)
    case scrollDown(x: Int, y: Int)
    case press(x: Int, y: Int)
}

/// Everything that can happen to a running application.
public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// Text pasted in one go, with its line breaks as "\n" (see `BracketedPaste`). Insert it as
    /// it is: typed key by key, every pasted line break would run Enter's auto-indent.
    case paste(String)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    /// A timer tick. `Program` does not produce it: its timers deliver the application's own
    /// messages (`Command.after`); a backend or test may still send ticks.
    case tick
}
