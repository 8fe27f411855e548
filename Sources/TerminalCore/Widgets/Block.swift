/// A frame around a region: borders on chosen sides and a title in the top border.
/// Draw the block, then draw the content into `inner(area)`.
public struct Block: Widget, Hashable, Sendable {
    /// The title shown in the top border (or the first row when there is no top border).
    public var title: Line?
    /// Where the title sits.
    public var titleAlignment: Alignment
    /// The sides that get a border.
    public var borders: Borders
    /// The border characters.
    public var symbols: BorderSymbols
    /// The border's style.
    public var borderStyle: Style
    /// A style to fill the whole area with first (nil leaves the cells as they are).
    public var background: Style?

    /// A block with the given title and borders.
    public init(
        title: Line? = nil,
        titleAlignment: Alignment = .left,
        borders: Borders = .all,
        symbols: BorderSymbols = .plain,
        borderStyle: Style = .plain,
        background: Style? = nil
    ) {
        self.title = title
        self.titleAlignment = titleAlignment
        self.borders = borders
        self.symbols = symbols
        self.borderStyle = borderStyle
        self.background = background
    }

    /// The area left for content inside the borders.
    public func inner(_ area: Rect) -> Rect {
        area.inset(
            top: borders.contains(.top) || title != nil ? 1 : 0,
            left: borders.contains(.left) ? 1 : 0,
            bottom: borders.contains(.bottom) ? 1 : 0,
            right: borders.contains(.right) ? 1 : 0)
    }

    /// Draws the borders and the title.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        if let background { buffer.fill(area, with: .blank(background)) }
        let horizontal = Cell(symbols.horizontal, style: borderStyle)
        let vertical = Cell(symbols.vertical, style: borderStyle)
        if borders.contains(.top) {
            for x in area.x..<area.maxX { buffer.setCell(horizontal, x: x, y: area.y) }
        }
        if borders.contains(.bottom) {
            for x in area.x..<area.maxX { buffer.setCell(horizontal, x: x, y: area.maxY - 1) }
        }
        if borders.contains(.left) {
            for y in area.y..<area.maxY { buffer.setCell(vertical, x: area.x, y: y) }
        }
        if borders.contains(.right) {
            for y in area.y..<area.maxY { buffer.setCell(vertical, x: area.maxX - 1, y: y) }
        }
        let corners: [(Borders, Character, Int, Int)] = [
            ([.top, .left], symbols.topLeft, area.x, area.y),
            ([.top, .right], symbols.topRight, area.maxX - 1, area.y),
            ([.bottom, .left], symbols.bottomLeft, area.x, area.maxY - 1),
            ([.bottom, .right], symbols.bottomRight, area.maxX - 1, area.maxY - 1),
        ]
        for (sides, symbol, x, y) in corners where borders.isSuperset(of: sides) {
            buffer.setCell(Cell(symbol, style: borderStyle), x: x, y: y)
        }
        guard let title else { return }
        // The title keeps one border cell on each side so the corners stay visible.
        let left = area.x + (borders.contains(.left) ? 1 : 0)
        let right = area.maxX - (borders.contains(.right) ? 1 : 0)
        let titleArea = Rect(x: left, y: area.y, width: right - left, height: 1)
        let width = min(title.width, titleArea.width)
        title.draw(
            into: &buffer, x: titleAlignment.startColumn(textWidth: width, in: titleArea), y: area.y,
            maxWidth: titleArea.width)
    }
}
