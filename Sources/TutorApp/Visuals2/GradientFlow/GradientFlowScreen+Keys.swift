import TerminalCore

extension GradientFlowScreen {
    /// Maps keys to messages; any key closes the help box.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .character("r"): return .reset
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", isTraining ? "pause" : "train"), KeyHints.Hint("r", "reset"),
            KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", "train both networks from fresh weights / pause"),
            KeyHints.Hint("r", "fresh weights, stopped"), KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
