import TerminalCore

extension SamplingHistogramScreen {
    /// Maps keys to messages (see `helpHints`).
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // "Press any key to close": keys that mean nothing here close the help box too.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character("m"), .enter, .character("+"): return .moreSamples
        case .character(" "): return .togglePlay
        case .character("d"), .tab: return .cycleDistribution(1)
        case .character("D"), .backTab: return .cycleDistribution(-1)
        case .character("r"): return .reset
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer hints.
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("m", "×10 samples"), KeyHints.Hint("space", isPlaying ? "pause" : "grow"),
            KeyHints.Hint("d", "distribution"), KeyHints.Hint("r", "reset"), KeyHints.Hint("?", "help"),
            KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help box.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("m Enter +", "ten times as many samples"),
            KeyHints.Hint("space", "play / pause steady growth"),
            KeyHints.Hint("d D Tab", "next / previous distribution"),
            KeyHints.Hint("r", "drop all samples"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
