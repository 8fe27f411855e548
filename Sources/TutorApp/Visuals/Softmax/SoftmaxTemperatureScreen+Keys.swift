import TerminalCore

extension SoftmaxTemperatureScreen {
    /// Maps keys to messages (see `helpHints`).
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // "Press any key to close": keys that mean nothing here close the help box too.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .up, .right, .character("+"), .character("="): return .changeTemperature(1)
        case .down, .left, .character("-"), .character("_"): return .changeTemperature(-1)
        case .character("1"): return .resetTemperature
        case .character("l"), .tab: return .cycleLogits(1)
        case .character("L"), .backTab: return .cycleLogits(-1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer hints.
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("↑ ↓", "T hotter/colder"), KeyHints.Hint("1", "T = 1"),
            KeyHints.Hint("l", "logits"),
            KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help box.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("↑ → +", "hotter: T up one step (towards uniform)"),
            KeyHints.Hint("↓ ← -", "colder: T down one step (towards argmax)"),
            KeyHints.Hint("1", "T = 1 (plain softmax)"),
            KeyHints.Hint("l L Tab", "next / previous logit vector"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
