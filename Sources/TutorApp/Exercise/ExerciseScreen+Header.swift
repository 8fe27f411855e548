import TerminalCore

extension ExerciseScreen {
    /// Draws the header row: the kind and title at the left, the status and attempts at the
    /// right.
    func renderHeader(into buffer: inout Buffer, area: Rect) {
        let (words, style) =
            hasPassed
            ? ("✓ passed", Style(foreground: .green, attributes: .bold))
            : attempts > 0
                ? ("● not passed yet", Style(foreground: .yellow)) : ("○ not started", TutorTheme.muted)
        let attemptText = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        let layout = Self.headerLayout(
            prefix: "Exercise (\(exercise.kind.name)) · ", title: exercise.title,
            status: [words + "  " + attemptText, words, String(words.prefix(1))], width: area.width)
        let status = layout.status
        let header = StatusLine(
            left: Line([
                Span(layout.prefix, style: TutorTheme.muted), Span(layout.title, style: TutorTheme.accent),
            ]),
            right: Line([
                Span(String(status.prefix(words.count)), style: style),
                Span(String(status.dropFirst(words.count)), style: TutorTheme.muted),
            ]),
            style: .plain)
        buffer.render(header, in: area)
    }

    /// How the header fits `width` cells: the status is never cut (the first of `status`,
    /// longest first, that leaves the title a few cells), and the title is shortened with "…"
    /// to make room for it; only when nothing else fits does the prefix go.
    static func headerLayout(prefix: String, title: String, status: [String], width: Int)
        -> (prefix: String, title: String, status: String)
    {
        // StatusLine keeps a cell free at both ends; two more keep title and status apart.
        let room = width - 4
        let prefixWidth = DisplayWidth.width(of: prefix)
        let titleWidth = DisplayWidth.width(of: title)
        // A title cut below this says too little; drop status words before cutting further.
        let shortestTitle = min(titleWidth, 12)
        for candidate in status {
            let left = room - DisplayWidth.width(of: candidate)
            if left >= prefixWidth + shortestTitle {
                return (prefix, DisplayWidth.truncate(title, to: left - prefixWidth), candidate)
            }
        }
        let last = status.last ?? ""
        let left = max(0, room - DisplayWidth.width(of: last))
        return ("", DisplayWidth.truncate(title, to: left), left > 0 ? last : "")
    }
}
