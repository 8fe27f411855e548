import TerminalCore

extension LinearMapScreen {
    /// Maps keys to messages (see `helpHints`).
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // "Press any key to close": keys that mean nothing here close the help box too.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .tab: return .cycleEntry(1)
        case .backTab: return .cycleEntry(-1)
        case .left: return .moveSelection(row: 0, column: -1)
        case .right: return .moveSelection(row: 0, column: 1)
        case .up: return .moveSelection(row: -1, column: 0)
        case .down: return .moveSelection(row: 1, column: 0)
        case .character("+"), .character("="): return .adjust(tenths: 1)
        case .character("-"), .character("_"): return .adjust(tenths: -1)
        case .character("0"): return .zeroEntry
        case .character("t"): return .transpose
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        case .character(let character):
            return LinearMapPreset.allCases.first { $0.key == character }.map { .preset($0) }
        default: return nil
        }
    }

    /// The footer hints.
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("Tab/←↑↓→", "entry"), KeyHints.Hint("+ -", "±0.1"), KeyHints.Hint("1-6", "presets"),
            KeyHints.Hint("t", "transpose"), KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help box.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("Tab S-Tab", "select the next / previous entry of A"),
            KeyHints.Hint("arrows", "move the selection inside A"),
            KeyHints.Hint("+ -", "change the selected entry by 0.1"),
            KeyHints.Hint("0", "set the selected entry to 0"),
            KeyHints.Hint("t", "transpose A"),
            KeyHints.Hint("1 2 3", "identity, rotation 30°, shear"),
            KeyHints.Hint("4 5 6", "scaling, projection, reflection"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
