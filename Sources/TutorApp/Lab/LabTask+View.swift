import TerminalCore

extension LabTask {
    /// The open pane's text at `width`: a heading, the prompt, then the hints revealed (or how
    /// many there are), worded like the exercise screen's.
    func lines(width: Int) -> [Line] {
        var lines = [Line("Task", style: ScreenStyle.heading)]
        var prompt = MarkdownRenderer.lines(prompt, width: width)
        while prompt.last?.plainText.isEmpty == true { prompt.removeLast() }
        lines += prompt
        guard !hints.isEmpty else { return lines }
        lines.append(Line([]))
        if hintsShown == 0 {
            let count = hints.count
            lines.append(
                Line("\(count) hint\(count == 1 ? "" : "s") available (h / F2).", style: ScreenStyle.muted))
        }
        for (index, hint) in hints.prefix(hintsShown).enumerated() {
            let label = Span(
                "Hint \(index + 1)/\(hints.count): ", style: Style(foreground: .yellow, attributes: .bold))
            lines += WordWrap.wrap(Line([label] + MarkdownInline.spans(hint)), width: width)
        }
        return lines
    }

    /// Draws the open pane into `area`, scrolled (clamped so the end stays at the bottom), with a
    /// PgUp/PgDn mark when there is more.
    func renderOpen(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let lines = lines(width: area.width)
        let maximum = max(0, lines.count - area.height)
        let top = min(scroll, maximum)
        for row in 0..<area.height where top + row < lines.count {
            _ = lines[top + row].draw(into: &buffer, x: area.x, y: area.y + row, maxWidth: area.width)
        }
        guard lines.count > area.height else { return }
        let mark = top < maximum ? "↓ PgDn" : "↑ PgUp"
        buffer.setString(
            mark, x: area.maxX - DisplayWidth.width(of: mark), y: area.maxY - 1, style: ScreenStyle.muted)
    }

    /// Draws the closed pane as one row: "Task" and the prompt's start, with the key that opens it.
    func renderSummary(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let key = "t shows it"
        let keyWidth = DisplayWidth.width(of: key)
        let flat = prompt.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(
            of: "`", with: "")
        var x = buffer.setString(
            "Task ", x: area.x, y: area.y, style: ScreenStyle.heading, maxWidth: area.width)
        let room = area.maxX - x - keyWidth - 1
        if room > 0 {
            x = buffer.setString(
                DisplayWidth.truncate(flat, to: room), x: x, y: area.y, style: ScreenStyle.muted,
                maxWidth: room)
        }
        if area.maxX - keyWidth >= x {
            buffer.setString(key, x: area.maxX - keyWidth, y: area.y, style: ScreenStyle.muted)
        }
    }
}
