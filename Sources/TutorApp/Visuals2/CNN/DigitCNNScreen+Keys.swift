import TerminalCore

extension DigitCNNScreen {
    /// Maps keys to messages; any key closes the help box.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .character("d"), .right: return .cycleDigit(1)
        case .character("D"), .left: return .cycleDigit(-1)
        case .character("c"), .tab: return .switchPage
        case .character("r"): return .reset
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", isTraining ? "stop" : "train"), KeyHints.Hint("d", "digit"),
            KeyHints.Hint("c", showsConfusion ? "kernels" : "confusion"), KeyHints.Hint("r", "reset"),
            KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", "train LeNet-5 from fresh weights / stop"),
            KeyHints.Hint("d → / D ←", "next / previous test digit"),
            KeyHints.Hint("c Tab", "kernels and maps ⇄ confusion matrix"),
            KeyHints.Hint("r", "fresh weights"),
            KeyHints.Hint("? F1", "this help"), KeyHints.Hint("q Esc", "back"),
        ]
    }
}
