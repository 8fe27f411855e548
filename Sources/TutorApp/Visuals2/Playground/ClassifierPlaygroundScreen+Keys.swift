import TerminalCore

extension ClassifierPlaygroundScreen {
    /// Maps keys to messages; any key closes the help box.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .up, .character("k"): return .selectKnob(-1)
        case .down, .character("j"): return .selectKnob(1)
        case .left, .character("-"), .character("h"): return .adjust(-1)
        case .right, .character("+"), .character("="), .character("l"): return .adjust(1)
        case .character("r"): return .reset
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", isTraining ? "pause" : "train"), KeyHints.Hint("↑↓", "knob"),
            KeyHints.Hint("←→", "change"), KeyHints.Hint("r", "reset"), KeyHints.Hint("?", "help"),
            KeyHints.Hint("q", "back"),
        ]
    }

    var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", "start / pause training"), KeyHints.Hint("↑ ↓ k j", "choose a knob"),
            KeyHints.Hint("← → - +", "change it (fresh weights)"),
            KeyHints.Hint("r", "fresh weights, stopped"),
            KeyHints.Hint("? F1", "this help"), KeyHints.Hint("q Esc", "back"),
        ]
    }
}
