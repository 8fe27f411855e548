/// A one-line bar with text at the left, centre and right (mode, message, position).
/// When space is short the right part wins over the centre, and the left is cut last.
public struct StatusLine: Widget, Hashable, Sendable {
    /// Text at the left edge (kept when space is short).
    public var left: Line
    /// Text in the middle (dropped first when space is short).
    public var center: Line
    /// Text at the right edge.
    public var right: Line
    /// The style of the whole bar.
    public var style: Style

    /// A bar with the three parts.
    public init(
        left: Line = "", center: Line = "", right: Line = "", style: Style = Style(attributes: .reverse)
    ) {
        self.left = left
        self.center = center
        self.right = right
        self.style = style
    }

    /// Draws the bar on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: .blank(style))
        let leftEnd = draw(left, into: &buffer, x: area.x + 1, y: area.y, maxWidth: area.width - 2)
        let rightWidth = min(right.width, max(0, area.maxX - 1 - leftEnd - 1))
        let rightStart = area.maxX - 1 - rightWidth
        if rightWidth > 0 { draw(right, into: &buffer, x: rightStart, y: area.y, maxWidth: rightWidth) }
        let centerWidth = center.width
        let centerStart = area.x + (area.width - centerWidth) / 2
        if centerWidth > 0 && centerStart > leftEnd && centerStart + centerWidth < rightStart {
            draw(center, into: &buffer, x: centerStart, y: area.y, maxWidth: centerWidth)
        }
    }

    @discardableResult
    private func draw(_ line: Line, into buffer: inout Buffer, x: Int, y: Int, maxWidth: Int) -> Int {
        guard maxWidth > 0 else { return x }
        var column = x
        for span in line.spans {
            let remaining = x + maxWidth - column
            if remaining <= 0 { break }
            column = buffer.setString(
                span.text, x: column, y: y, style: style.patched(with: span.style),
                maxWidth: remaining)
        }
        return column
    }
}
