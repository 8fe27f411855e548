/// A table: a header row and data rows in columns sized by constraints, cells cut with an
/// ellipsis when too long, an optional selected row kept in view.
public struct Table: Widget {
    /// One column's title, width and alignment.
    public struct Column: Hashable, Sendable {
        /// The header text.
        public var title: String
        /// How wide the column is.
        public var width: Constraint
        /// How cells sit in the column.
        public var alignment: Alignment

        /// A column titled `title`.
        public init(_ title: String, width: Constraint = .fill(1), alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows; each holds one span per column (missing cells are blank).
    public var rows: [[Span]]
    /// The selected row and scroll position; nil for a table without selection.
    public var state: ListState?
    /// The header's style.
    public var headerStyle: Style
    /// The style laid over the selected row.
    public var highlightStyle: Style
    /// Cells between columns.
    public var columnSpacing: Int

    /// A table of styled cells.
    public init(
        columns: [Column], rows: [[Span]], state: ListState? = nil,
        headerStyle: Style = Style(attributes: [.bold, .underline]),
        highlightStyle: Style = Style(attributes: .reverse), columnSpacing: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.headerStyle = headerStyle
        self.highlightStyle = highlightStyle
        self.columnSpacing = columnSpacing
    }

    /// A table of plain strings.
    public init(columns: [Column], rows: [[String]], state: ListState? = nil) {
        self.init(columns: columns, rows: rows.map { $0.map { Span($0) } }, state: state)
    }

    /// The width each column gets in `width` cells.
    public func columnWidths(width: Int) -> [Int] {
        Layout(.horizontal, columns.map(\.width), spacing: columnSpacing).lengths(total: width)
    }

    /// Draws the header and the visible rows.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let cells = Layout(.horizontal, columns.map(\.width), spacing: columnSpacing).split(
            Rect(x: area.x, y: area.y, width: area.width, height: 1))
        for (column, cell) in zip(columns, cells) {
            draw(Span(column.title, style: headerStyle), alignment: column.alignment, at: cell, into: &buffer)
        }
        let body = area.inset(top: 1, left: 0, bottom: 0, right: 0)
        guard !body.isEmpty else { return }
        var offset = min(state?.offset ?? 0, max(0, rows.count - body.height))
        if let selected = state?.selected, rows.indices.contains(selected) {
            offset = ListState.offset(keeping: selected, visible: body.height, from: offset)
        }
        for row in 0..<min(body.height, max(0, rows.count - offset)) {
            let index = offset + row
            let y = body.y + row
            for (columnIndex, cell) in cells.enumerated() where columnIndex < rows[index].count {
                let place = Rect(x: cell.x, y: y, width: cell.width, height: 1)
                draw(
                    rows[index][columnIndex], alignment: columns[columnIndex].alignment, at: place,
                    into: &buffer)
            }
            if index == state?.selected {
                buffer.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) {
                    $0.patched(with: highlightStyle)
                }
            }
        }
    }

    private func draw(_ span: Span, alignment: Alignment, at cell: Rect, into buffer: inout Buffer) {
        let text = DisplayWidth.truncate(span.text, to: cell.width)
        let x = alignment.startColumn(textWidth: DisplayWidth.width(of: text), in: cell)
        buffer.setString(text, x: x, y: cell.y, style: span.style, maxWidth: cell.maxX - x)
    }
}
