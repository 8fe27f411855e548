import TerminalCore

extension LabScreen {
    /// Maps keys to messages; while a knob is being edited, keys go to its text field.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // Any key closes the help overlay, mapped or not.
        if isShowingHelp { return .toggleHelp }
        if isEditing {
            switch key {
            case .enter: return .edit
            case .escape: return .cancelEdit
            default: return .input(key)
            }
        }
        switch key {
        case .up, .character("k"): return .moveSelection(-1)
        case .down, .character("j"), .tab: return .moveSelection(1)
        case .backTab: return .moveSelection(-1)
        case .enter: return .edit
        case .left: return .cycleChoice(-1)
        case .right: return .cycleChoice(1)
        case .character("s"): return .start
        case .character(" "): return .togglePause
        case .character("x"): return .stop
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer's hints for the current phase.
    public var keyHints: [KeyHints.Hint] {
        if isEditing {
            return [KeyHints.Hint("Enter", "accept"), KeyHints.Hint("Esc", "cancel")]
        }
        switch phase {
        case .running:
            return [KeyHints.Hint("space", "pause"), KeyHints.Hint("x", "stop"), KeyHints.Hint("?", "help")]
        case .paused:
            return [KeyHints.Hint("space", "resume"), KeyHints.Hint("x", "stop"), KeyHints.Hint("?", "help")]
        case .ready, .finished:
            return [
                KeyHints.Hint("↑↓", "knob"), KeyHints.Hint("Enter", "edit"), KeyHints.Hint("←→", "choice"),
                KeyHints.Hint("s", "start"), KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
            ]
        }
    }

    /// Every key, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("↑ ↓ Tab", "select a knob"),
            KeyHints.Hint("Enter", "edit a number (Enter accepts, Esc cancels) or next choice"),
            KeyHints.Hint("← →", "previous / next choice"),
            KeyHints.Hint("s", "start training with these knobs"),
            KeyHints.Hint("space", "pause / resume"),
            KeyHints.Hint("x", "stop the run"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "leave the lab (stops a run)"),
        ]
    }
}
