import TerminalCore

extension ComputationalGraphScreen {
    /// Maps keys to messages; any key closes the help box.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .right, .character("n"), .character(" "): return .step(1)
        case .left, .character("p"): return .step(-1)
        case .character("r"): return .reset
        case .character("e"): return .cycleExample(1)
        case .character("E"): return .cycleExample(-1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("n →", "next"), KeyHints.Hint("p ←", "back"), KeyHints.Hint("r", "reset"),
            KeyHints.Hint("e", "inputs"), KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("n → space", "next step: a value, then a gradient"),
            KeyHints.Hint("p ←", "previous step"), KeyHints.Hint("r", "back to the start"),
            KeyHints.Hint("e E", "next / previous example inputs"), KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
