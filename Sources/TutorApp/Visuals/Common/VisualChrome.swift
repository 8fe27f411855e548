import TerminalCore

/// The frame every lesson visualization shares: a title bar, the picture, a status line
/// and a footer of key hints, with the `?` help box drawn over everything when open.
struct VisualChrome {
    /// The title bar's left text.
    var title: String
    /// The title bar's right text (a formula or the current setting).
    var subtitle: String
    /// The status line's left part (state and numbers).
    var status: Line
    /// The status line's right part (what just happened), shown in the notice style.
    var notice: String?
    /// The footer hints, most important first (the footer drops what does not fit).
    var hints: [KeyHints.Hint]
    /// Every key, for the help box.
    var helpHints: [KeyHints.Hint]
    /// Whether the help box is open.
    var showsHelp: Bool

    /// Draws the frame into `area` and the picture into the middle through `body`.
    func render(into buffer: inout Buffer, area: Rect, body: (inout Buffer, Rect) -> Void) {
        guard !area.isEmpty else { return }
        let rows = area.rows([.length(1), .fill(1), .length(1), .length(1)])
        let bar = Self.titleBar(title: " " + title, subtitle: subtitle, width: area.width)
        StatusLine(left: Line(bar.0), right: Line(bar.1), style: ScreenStyle.titleBar)
            .render(into: &buffer, area: rows[0])
        if !rows[1].isEmpty { body(&buffer, rows[1]) }
        let right = notice.map { Line($0, style: ScreenStyle.notice) } ?? Line("")
        StatusLine(left: status, right: right, style: .plain).render(into: &buffer, area: rows[2])
        KeyHints(hints).render(into: &buffer, area: rows[3])
        if showsHelp {
            Modal.help(title: title + " · keys", hints: helpHints).render(into: &buffer, area: area)
        }
    }

    /// The title bar's two parts for `width` columns. The subtitle is usually a formula, which
    /// means nothing cut short, so the title gives way first (ending in "…"); a subtitle that
    /// cannot fit beside a few letters of title is left out whole.
    static func titleBar(title: String, subtitle: String, width: Int) -> (String, String) {
        let titleWidth = DisplayWidth.width(of: title)
        let subtitleWidth = DisplayWidth.width(of: subtitle)
        guard titleWidth + 1 + subtitleWidth > width else { return (title, subtitle) }
        let room = width - subtitleWidth - 2
        guard room >= 12 else { return (title, "") }
        return (DisplayWidth.truncate(title, to: room), subtitle)
    }
}
