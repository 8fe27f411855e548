import TerminalCore

/// The verdict under the curves: the first line and the job's report below it, scrolled with
/// PgUp/PgDn once the task is closed (a comparison's report runs longer than its pane at
/// 80x24), with a mark saying there is more.
struct LabVerdictPane {
    var verdict: LabVerdict
    /// The first shown row (clamped here so the end stays at the bottom).
    var scroll: Int

    /// The narrowest pane (a 60-column tutor): scrolling stops where its last line shows, so no
    /// line is ever out of reach; wider panes clamp further when drawn.
    static let narrowestWidth = 29

    /// The scroll position `wanted` kept within what the message needs.
    static func clampedScroll(_ wanted: Int, message: String) -> Int {
        let last = max(0, Paragraph(StyledText(message)).lineCount(width: narrowestWidth) - 1)
        return min(max(0, wanted), last)
    }

    private var style: Style {
        verdict.passed ? ScreenStyle.success : (verdict.stopped ? ScreenStyle.notice : ScreenStyle.alarm)
    }

    /// Rows the whole message needs at `width`.
    func lineCount(width: Int) -> Int {
        Paragraph(StyledText(verdict.message)).lineCount(width: width)
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let count = lineCount(width: area.width)
        let maximum = max(0, count - area.height)
        let top = min(max(0, scroll), maximum)
        buffer.render(Paragraph(StyledText(verdict.message, style: style), scroll: top), in: area)
        guard count > area.height else { return }
        let mark = top < maximum ? "↓ PgDn" : "↑ PgUp"
        let width = DisplayWidth.width(of: mark)
        buffer.setString(mark, x: area.maxX - width, y: area.maxY - 1, style: ScreenStyle.muted)
    }
}
