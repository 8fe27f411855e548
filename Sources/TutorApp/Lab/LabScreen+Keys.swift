import TerminalCore

extension LabScreen {
    /// Maps keys to messages; while a knob is being edited, keys go to its text field.
    public func message(for event: Event) -> Message? {
        switch event {
        case .mouse(.scrollUp): return isShowingHelp ? nil : .scrollTask(-3)
        case .mouse(.scrollDown): return isShowingHelp ? nil : .scrollTask(3)
        default: break
        }
        guard case .key(let key) = event else { return nil }
        // Any key closes the help overlay, mapped or not.
        if isShowingHelp { return .toggleHelp }
        if isEditing {
            switch key {
            case .enter: return .edit
            case .escape: return .cancelEdit
            // F2 is the hint key everywhere, even in a text field (as on the exercise screen).
            case .function(2): return .revealHint
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
        case .character("t"): return .toggleTask
        case .character("h"), .function(2): return .revealHint
        case .pageUp: return .scrollTask(-5)
        case .pageDown: return .scrollTask(5)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer's hints for the current phase.
    public var keyHints: [KeyHints.Hint] {
        if isEditing {
            return [
                KeyHints.Hint("Enter", "accept"), KeyHints.Hint("Esc", "cancel"), KeyHints.Hint("F2", "hint"),
            ]
        }
        // The task keys come only with a task (a lab made without an exercise has none).
        let taskKeys = task.isEmpty ? [] : [KeyHints.Hint("t", "task"), KeyHints.Hint("h", "hint")]
        switch phase {
        case .running:
            return [KeyHints.Hint("space", "pause"), KeyHints.Hint("x", "stop")] + taskKeys + [
                KeyHints.Hint("?", "help")
            ]
        case .paused:
            return [KeyHints.Hint("space", "resume"), KeyHints.Hint("x", "stop")] + taskKeys + [
                KeyHints.Hint("?", "help")
            ]
        case .ready, .finished:
            return [
                KeyHints.Hint("↑↓", "knob"), KeyHints.Hint("Enter", "edit"), KeyHints.Hint("←→", "choice"),
                KeyHints.Hint("s", "start"),
            ] + taskKeys + [KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back")]
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
            KeyHints.Hint("t", "show / hide the whole task"),
            KeyHints.Hint("h F2", "reveal the next hint (in the task)"),
            KeyHints.Hint("PgUp PgDn", "scroll the task, or the report after a run"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "leave the lab (stops a run)"),
        ]
    }
}
