import TerminalCore

extension SlidingKernelScreen {
    /// Maps keys to messages; any key closes the help box.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .right, .character("n"): return .step(1)
        case .left, .character("p"): return .step(-1)
        case .down, .character("N"): return .step(convolution?.outputWidth ?? 1)
        case .up, .character("P"): return .step(-(convolution?.outputWidth ?? 1))
        case .character("+"), .character("="): return .changeSpeed(1)
        case .character("-"), .character("_"): return .changeSpeed(-1)
        case .character("k"): return .cycleKernel(1)
        case .character("K"): return .cycleKernel(-1)
        case .character("d"): return .cycleImage(1)
        case .character("D"): return .cycleImage(-1)
        case .character("r"): return .restart
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", isPlaying ? "pause" : "play"), KeyHints.Hint("n p", "step"),
            KeyHints.Hint("k", "kernel"), KeyHints.Hint("d", "digit"), KeyHints.Hint("+ -", "speed"),
            KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", "play / pause the kernel"),
            KeyHints.Hint("n → / p ←", "one cell on / back"),
            KeyHints.Hint("N ↓ / P ↑", "one row on / back"), KeyHints.Hint("+ -", "faster / slower"),
            KeyHints.Hint("k K", "next / previous kernel"), KeyHints.Hint("d D", "next / previous digit"),
            KeyHints.Hint("r", "back to the top-left corner"), KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "back"),
        ]
    }
}
