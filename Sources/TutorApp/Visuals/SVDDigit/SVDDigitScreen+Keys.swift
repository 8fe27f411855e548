import TerminalCore

extension SVDDigitScreen {
    /// Maps keys to messages (see `helpHints`).
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // "Press any key to close": keys that mean nothing here close the help box too.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .right, .up, .character("+"), .character("="): return .changeRank(1)
        case .left, .down, .character("-"), .character("_"): return .changeRank(-1)
        case .home: return .setRank(1)
        case .end: return .setRank(decomposition.maximumRank)
        case .character("n"), .pageDown: return .changeImage(1)
        case .character("p"), .pageUp: return .changeImage(-1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer hints.
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("← →", "k ∓1"), KeyHints.Hint("Home End", "k=1/\(decomposition.maximumRank)"),
            KeyHints.Hint("n p", "other digit"), KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help box.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("→ ↑ +", "one more singular value (k + 1)"),
            KeyHints.Hint("← ↓ -", "one fewer (k − 1)"),
            KeyHints.Hint("Home End", "k = 1 / k = \(decomposition.maximumRank) (exact)"),
            KeyHints.Hint("n p", "next / previous image"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
