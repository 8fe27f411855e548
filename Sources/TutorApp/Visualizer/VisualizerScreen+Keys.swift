import TerminalCore

extension VisualizerScreen {
    /// Maps keys to messages (see `helpHints` for the list).
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // Any key closes the help overlay, mapped or not.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .character("n"), .character("."): return .step
        case .character("+"), .character("="): return .faster
        case .character("-"), .character("_"): return .slower
        case .character("r"): return .reset
        case .character("]"): return .scaleGradientRate(2)
        case .character("["): return .scaleGradientRate(0.5)
        case .character("}"): return .scaleAdaptiveRate(2)
        case .character("{"): return .scaleAdaptiveRate(0.5)
        case .character("m"): return .stepMomentum(1)
        case .character("M"): return .stepMomentum(-1)
        case .character("b"): return .cycleBeta1
        case .character("B"): return .cycleBeta2
        case .left: return .moveStart(dx: -1, dy: 0)
        case .right: return .moveStart(dx: 1, dy: 0)
        case .up: return .moveStart(dx: 0, dy: 1)
        case .down: return .moveStart(dx: 0, dy: -1)
        case .character("p"): return .nextStartPreset
        case .character("s"), .tab: return .cycleSurface(1)
        case .character("S"), .backTab: return .cycleSurface(-1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        case .character(let character):
            return DescentOptimizer.allCases.first { $0.toggleKey == character }.map { .toggle($0) }
        default: return nil
        }
    }

    /// The footer's hints, most important first (the footer drops what does not fit).
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", isPlaying ? "pause" : "play"), KeyHints.Hint("n", "step"),
            KeyHints.Hint("[ ]", "lr"), KeyHints.Hint("s", "surface"),
            KeyHints.Hint("1-\(availableOptimizers.count)", "on/off"),
            KeyHints.Hint("r", "reset"), KeyHints.Hint("?", "help"),
            KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", "play / pause"),
            KeyHints.Hint("n .", "one step (pauses)"),
            KeyHints.Hint("+ -", "faster / slower"),
            KeyHints.Hint("r", "restart from the start point"),
            KeyHints.Hint("[ ]", "learning rate of SGD, Momentum, Nesterov ÷2 / ×2"),
            KeyHints.Hint("{ }", "learning rate of RMSProp, Adam ÷2 / ×2"),
            KeyHints.Hint("m M", "momentum μ up / down (0 … 0.99)"),
            KeyHints.Hint("b B", "cycle Adam's β₁ / β₂"),
            KeyHints.Hint("arrows", "move the start point"),
            KeyHints.Hint("p", "next preset start point"),
            KeyHints.Hint("s S Tab", "next / previous surface"),
            KeyHints.Hint("1-\(availableOptimizers.count)", "switch an optimizer on or off"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "leave the visualizer"),
        ]
    }
}
