/// Styled text in a scrollable area with a scrollbar in the rightmost column when the
/// text is taller than the area. The scroll position comes from a `ScrollState`.
public struct ScrollView: Widget {
    /// The text, wrapped to the area minus the scrollbar column.
    public var text: StyledText
    /// Where the view is scrolled to.
    public var state: ScrollState
    /// Whether to use "|" and "#" instead of box drawing characters.
    public var asciiOnly: Bool

    /// A scroll view of `text` at `state`'s position.
    public init(_ text: StyledText, state: ScrollState, asciiOnly: Bool = false) {
        self.text = text
        self.state = state
        self.asciiOnly = asciiOnly
    }

    /// The wrapped height of the text in an area `width` cells wide (leaving the bar column).
    public func contentHeight(width: Int) -> Int {
        text.wrapped(width: max(1, width - 1)).count
    }

    /// Draws the visible part and the scrollbar.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let textWidth = max(1, area.width - 1)
        let lines = text.wrapped(width: textWidth)
        let offset = state.clampedOffset(contentHeight: lines.count, visibleRows: area.height)
        for (row, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            line.draw(into: &buffer, x: area.x, y: area.y + row, maxWidth: textWidth)
        }
        let bar = Scrollbar(
            contentHeight: lines.count, viewportHeight: area.height, offset: offset,
            track: asciiOnly ? "|" : "│", thumb: asciiOnly ? "#" : "█")
        buffer.render(bar, in: Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height))
    }
}
