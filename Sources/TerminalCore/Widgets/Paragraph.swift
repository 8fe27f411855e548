/// Styled text, word-wrapped to its area (or clipped when wrapping is off), scrolled so
/// that line `scroll` of the wrapped text is the first one shown.
public struct Paragraph: Widget {
    /// The text.
    public var text: StyledText
    /// Whether long lines wrap (true) or are cut at the right edge.
    public var wraps: Bool
    /// How each line is placed.
    public var alignment: Alignment
    /// The first wrapped line to show.
    public var scroll: Int

    /// A paragraph of `text`.
    public init(_ text: StyledText, wraps: Bool = true, alignment: Alignment = .left, scroll: Int = 0) {
        self.text = text
        self.wraps = wraps
        self.alignment = alignment
        self.scroll = scroll
    }

    /// The lines as they will be drawn at `width` cells.
    public func displayLines(width: Int) -> [Line] {
        wraps ? text.wrapped(width: width) : text.lines
    }

    /// How many rows the text needs at `width` cells (for scrolling and layout).
    public func lineCount(width: Int) -> Int { displayLines(width: width).count }

    /// Draws the visible lines.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let lines = displayLines(width: area.width)
        let first = min(max(0, scroll), lines.count)
        for (row, line) in lines[first...].prefix(area.height).enumerated() {
            let x = alignment.startColumn(textWidth: line.width, in: area)
            line.draw(into: &buffer, x: x, y: area.y + row, maxWidth: area.maxX - x)
        }
    }
}
