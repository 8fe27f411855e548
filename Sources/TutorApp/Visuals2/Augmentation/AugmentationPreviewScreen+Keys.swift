import TerminalCore

extension AugmentationPreviewScreen {
    /// Maps keys to messages; any key closes the help box.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .up, .backTab, .character("k"): return .select(-1)
        case .down, .character("j"), .tab: return .select(1)
        case .left, .character("-"), .character("_"), .character("h"): return .adjust(-1)
        case .right, .character("+"), .character("="), .character("l"): return .adjust(1)
        case .character(" "), .character("n"): return .redraw
        case .character("d"): return .cycleImage(1)
        case .character("D"): return .cycleImage(-1)
        case .character("r"): return .labStrengths
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("↑↓", "choose"), KeyHints.Hint("←→", "strength"), KeyHints.Hint("n", "new copies"),
            KeyHints.Hint("d", "digit"), KeyHints.Hint("r", "lab's"), KeyHints.Hint("?", "help"),
            KeyHints.Hint("q", "back"),
        ]
    }

    var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("↑ ↓ k j", "choose rotation, shift or noise"),
            KeyHints.Hint("← → - +", "weaker / stronger"),
            KeyHints.Hint("space n", "new random copies (next seed)"),
            KeyHints.Hint("d D", "next / previous digit"),
            KeyHints.Hint("r", "the lab's settings (rotation ±10°, shift ±2 px)"),
            KeyHints.Hint("? F1", "this help"), KeyHints.Hint("q Esc", "back"),
        ]
    }
}
