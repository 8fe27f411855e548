import TerminalCore

/// The keys that type `text`, one character each (newlines as Enter).
func typing(_ text: String) -> [Key] {
    text.map { $0 == "\n" ? Key.enter : Key.character($0) }
}
