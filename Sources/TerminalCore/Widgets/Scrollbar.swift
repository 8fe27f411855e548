/// A vertical scrollbar: a track with a thumb whose size and place show which part of the
/// content is visible. Draws nothing when everything fits.
public struct Scrollbar: Widget, Hashable, Sendable {
    /// Rows of content.
    public var contentHeight: Int
    /// Rows visible at once.
    public var viewportHeight: Int
    /// The first visible content row.
    public var offset: Int
    /// Characters for the track and the thumb (ASCII fallback: "|" and "#").
    public var track: Character
    /// The thumb's character.
    public var thumb: Character
    /// Styles for the track and the thumb.
    public var trackStyle: Style
    /// The thumb's style.
    public var thumbStyle: Style

    /// A scrollbar for the given content and viewport.
    public init(
        contentHeight: Int, viewportHeight: Int, offset: Int, track: Character = "│", thumb: Character = "█",
        trackStyle: Style = Style(attributes: .dim), thumbStyle: Style = .plain
    ) {
        self.contentHeight = contentHeight
        self.viewportHeight = viewportHeight
        self.offset = offset
        self.track = track
        self.thumb = thumb
        self.trackStyle = trackStyle
        self.thumbStyle = thumbStyle
    }

    /// The thumb's first row and length within a track of `length` rows.
    public func thumbRange(length: Int) -> Range<Int> {
        guard contentHeight > viewportHeight, length > 0 else { return 0..<length }
        let size = max(1, length * viewportHeight / contentHeight)
        let maxOffset = contentHeight - viewportHeight
        let start = (length - size) * min(max(0, offset), maxOffset) / maxOffset
        return start..<(start + size)
    }

    /// Draws the bar in the first column of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, contentHeight > viewportHeight else { return }
        let thumbRows = thumbRange(length: area.height)
        for row in 0..<area.height {
            let cell =
                thumbRows.contains(row) ? Cell(thumb, style: thumbStyle) : Cell(track, style: trackStyle)
            buffer.setCell(cell, x: area.x, y: area.y + row)
        }
    }
}
