/// A one-line row of tab titles with the selected one highlighted, used as a screen header.
public struct Tabs: Widget, Hashable, Sendable {
    /// The titles, left to right.
    public var titles: [String]
    /// The index of the selected tab.
    public var selected: Int
    /// The style of the whole row.
    public var style: Style
    /// The style laid over the selected title.
    public var highlightStyle: Style
    /// Drawn between titles.
    public var divider: String

    /// Tabs with `titles`, `selected` highlighted.
    public init(
        _ titles: [String], selected: Int, style: Style = .plain,
        highlightStyle: Style = Style(attributes: [.reverse, .bold]), divider: String = "│"
    ) {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.highlightStyle = highlightStyle
        self.divider = divider
    }

    /// The index after `selected`, wrapping around (Tab).
    public func next() -> Int { titles.isEmpty ? 0 : (selected + 1) % titles.count }
    /// The index before `selected`, wrapping around (Shift-Tab).
    public func previous() -> Int { titles.isEmpty ? 0 : (selected - 1 + titles.count) % titles.count }

    /// Draws the titles on the first row of `area`, cutting the last that does not fit.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: .blank(style))
        var x = area.x
        for (index, title) in titles.enumerated() {
            if index > 0 {
                x = buffer.setString(divider, x: x, y: area.y, style: style, maxWidth: area.maxX - x)
            }
            if x >= area.maxX { break }
            let titleStyle = index == selected ? style.patched(with: highlightStyle) : style
            let label = " " + DisplayWidth.truncate(title, to: max(1, area.maxX - x - 2)) + " "
            x = buffer.setString(label, x: x, y: area.y, style: titleStyle, maxWidth: area.maxX - x)
        }
    }
}
