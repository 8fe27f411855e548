import TerminalCore

extension TutorApplication {
    /// Draws the title bar, the current screen, the footer and, on top, the help overlay;
    /// or only the "make the window larger" notice when the terminal is too small.
    public func view(into buffer: inout Buffer) {
        let area = buffer.area
        let notice = MinimumSizeNotice(width: Self.minimumSize.width, height: Self.minimumSize.height)
        if notice.applies(width: area.width, height: area.height) {
            buffer.render(notice, in: area)
            return
        }
        let rows = area.rows([.length(1), .fill(1), .length(1)])
        guard rows.count == 3 else { return }
        let title = StatusLine(
            left: Line("dltutor"), right: Line("learn deep learning by doing"), style: TutorTheme.titleBar)
        buffer.render(title, in: rows[0])
        home.render(into: &buffer, area: rows[1])
        buffer.render(KeyHints(footerHints), in: rows[2])
        if isShowingHelp {
            buffer.render(Modal.help(title: "Keys", hints: helpHints), in: area)
        }
    }
}
