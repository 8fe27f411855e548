import TerminalCore

extension LikelihoodScreen {
    /// Maps keys to messages (see `helpHints`).
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // "Press any key to close": keys that mean nothing here close the help box too.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character("a"), .character("+"): return .addPoint
        case .character("x"), .character("-"), .backspace: return .removePoint
        case .character("s"): return .resample
        case .character("m"), .tab: return .switchModel
        case .character("l"): return .toggleLogScale
        case .left: return .moveProbe(-1)
        case .right: return .moveProbe(1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer hints.
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("a x", "add/remove"), KeyHints.Hint("s", "resample"), KeyHints.Hint("m", "model"),
            KeyHints.Hint("l", showsLog ? "likelihood" : "log"), KeyHints.Hint("← →", "probe"),
            KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help box.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("a +", "add one observation"),
            KeyHints.Hint("x - Bksp", "remove the last observation"),
            KeyHints.Hint("s", "draw a new data set of the same size"),
            KeyHints.Hint("m Tab", "Gaussian mean ↔ Bernoulli p"),
            KeyHints.Hint("l", "log-likelihood ↔ likelihood (max scaled to 1)"),
            KeyHints.Hint("← →", "move the probe θ and read ℓ(θ)"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
