import TerminalCore

extension TutorApplication {
    /// Draws the title bar, the screen on top of the stack, the footer and, on top, the help
    /// overlay; or only the "make the window larger" notice when the terminal is too small.
    public func view(into buffer: inout Buffer) {
        let area = buffer.area
        let notice = Self.minimumSizeNotice
        if notice.applies(width: area.width, height: area.height) {
            buffer.render(notice, in: area)
            return
        }
        let rows = area.rows([.length(1), .fill(1), .length(1)])
        guard rows.count == 3 else { return }
        // "dltutor" and the bar's margins take 10 cells; the breadcrumb gets the rest.
        let title = StatusLine(
            left: Line("dltutor"), right: Line(breadcrumb(fitting: area.width - 10)),
            style: TutorTheme.titleBar)
        buffer.render(title, in: rows[0])
        if let child {
            // Child screens draw their own keys line and help.
            child.render(
                into: &buffer, area: Rect(x: area.x, y: rows[1].y, width: area.width, height: area.height - 1)
            )
            return
        }
        if let exercise {
            exercise.render(into: &buffer, area: rows[1])
        } else if let reader {
            reader.render(into: &buffer, area: rows[1])
        } else {
            home.render(into: &buffer, area: rows[1])
        }
        buffer.render(KeyHints(footerHints), in: rows[2])
        if isShowingHelp {
            buffer.cursor = nil
            buffer.render(Modal.help(title: "Keys: \(screenName)", hints: helpHints), in: area)
        }
    }

    /// Where the learner is: "Stage 1: Linear algebra › Dot product".
    var breadcrumb: String { breadcrumb(namingStage: true) }

    /// The breadcrumb in at most `width` cells: without the stage's name ("Stage 2 › A softmax
    /// that survives huge logits") when the whole does not fit, then cut with "…", so the
    /// title bar never ends mid-word without a sign.
    func breadcrumb(fitting width: Int) -> String {
        let full = breadcrumb
        if DisplayWidth.width(of: full) <= width { return full }
        return DisplayWidth.truncate(breadcrumb(namingStage: false), to: width)
    }

    private func breadcrumb(namingStage: Bool) -> String {
        var parts: [String] = []
        if let reader {
            parts.append("Stage \(reader.stage.order)" + (namingStage ? ": \(reader.stage.title)" : ""))
        }
        if let exercise {
            parts.append(exercise.exercise.title)
        } else if child != nil, let labExercise {
            parts.append(labExercise.title)
        }
        return parts.isEmpty ? "learn deep learning by doing" : parts.joined(separator: " › ")
    }

    /// The name of the screen on top, for the help box's title.
    var screenName: String {
        exercise != nil ? "exercise" : reader != nil ? "lesson" : "curriculum"
    }

    /// The footer's hints: the screen's own keys, then help and back/quit.
    public var footerHints: [KeyHints.Hint] {
        if let exercise { return exercise.keyHints + [KeyHints.Hint("F1", "help")] }
        if let reader { return reader.keyHints + [KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back")] }
        return home.keyHints + [KeyHints.Hint("?", "help"), KeyHints.Hint("q", "quit")]
    }

    /// Every key of the screen on top, then the keys that work everywhere, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        let own = exercise?.helpHints ?? reader?.helpHints ?? home.helpHints
        var global = [KeyHints.Hint("? F1", "show this help (F1 while typing)")]
        // The screens below home list their own "back" key; home's q quits.
        if exercise == nil && reader == nil { global.append(KeyHints.Hint("q Esc", "quit")) }
        return own + global + [
            KeyHints.Hint("Ctrl-C", "save and quit from anywhere"),
            KeyHints.Hint("Ctrl-Z", "suspend to the shell (fg resumes)"),
        ]
    }
}
