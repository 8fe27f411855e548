/// A rectangle of cells that widgets draw into. Backends flush the difference between the
/// previous frame's buffer and this one, so drawing everything every frame stays cheap.
public struct Buffer: Equatable, Sendable {
    /// The screen area this buffer covers.
    public private(set) var area: Rect
    /// Cells row by row, `area.width * area.height` of them.
    public private(set) var cells: [Cell]
    /// Where the text cursor should be shown after this frame (nil: hidden). A focused
    /// input widget sets it while drawing; the program passes it to the backend.
    public var cursor: Position?

    /// A buffer covering `area`, every cell set to `fill`.
    public init(area: Rect, fill: Cell = .blank()) {
        self.area = area
        self.cells = Array(repeating: fill, count: area.area)
    }

    /// A buffer of the given size at the origin.
    public init(width: Int, height: Int) {
        self.init(area: Rect(x: 0, y: 0, width: width, height: height))
    }

    private func index(_ x: Int, _ y: Int) -> Int? {
        guard area.contains(x: x, y: y) else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    /// The cell at screen position (`x`, `y`); reading outside gives a blank cell and
    /// writing outside is ignored, so widgets can clip by simply drawing.
    public subscript(x: Int, y: Int) -> Cell {
        get { index(x, y).map { cells[$0] } ?? .blank() }
        set { setCell(newValue, x: x, y: y) }
    }

    /// Writes one cell, keeping wide characters whole: overwriting either half of a wide
    /// character blanks its other half, and a wide cell at the right edge becomes a space.
    public mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard let position = index(x, y) else { return }
        clearWideNeighbours(x: x, y: y)
        if cell.width == 2 {
            guard let next = index(x + 1, y) else {
                cells[position] = .blank(cell.style)
                return
            }
            clearWideNeighbours(x: x + 1, y: y)
            cells[position] = cell
            cells[next] = .continuation(cell.style)
        } else {
            cells[position] = cell
        }
    }

    private mutating func clearWideNeighbours(x: Int, y: Int) {
        guard let position = index(x, y) else { return }
        let current = cells[position]
        if current.isContinuation, let left = index(x - 1, y), cells[left].width == 2 {
            cells[left] = .blank(cells[left].style)
        }
        if current.width == 2, let right = index(x + 1, y), cells[right].isContinuation {
            cells[right] = .blank(cells[right].style)
        }
    }

    /// Draws `string` starting at (`x`, `y`) on one line, clipped to `maxWidth` cells and to
    /// the buffer. Returns the column after the last cell written.
    @discardableResult
    public mutating func setString(
        _ string: some StringProtocol,
        x: Int,
        y: Int,
        style: Style = .plain,
        maxWidth: Int = Int.max
    ) -> Int {
        var column = x
        let limit = maxWidth == Int.max ? area.maxX : min(area.maxX, x + maxWidth)
        for character in string {
            // A line ends at a newline ("\r\n" is one Character whose ASCII value is 10).
            if let ascii = character.asciiValue, ascii == 0x0A || ascii == 0x0D { break }
            let cell = Cell(character, style: style)
            if column + cell.width > limit {
                if cell.width == 2 && column < limit { setCell(.blank(style), x: column, y: y) }
                break
            }
            if cell.width == 0 { continue }
            setCell(cell, x: column, y: y)
            column += cell.width
        }
        return column
    }

    /// Sets every cell of `rect` (clipped to the buffer) to `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { setCell(cell, x: x, y: y) }
        }
    }

    /// Applies `transform` to the style of every cell in `rect`, leaving symbols alone.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                let position = (y - area.y) * area.width + (x - area.x)
                cells[position].style = transform(cells[position].style)
            }
        }
    }

    /// Replaces the whole buffer with a blank one covering `newArea`.
    public mutating func reset(to newArea: Rect, fill: Cell = .blank()) {
        area = newArea
        cursor = nil
        if cells.count == newArea.area {
            // Reuse the storage: a program resets its frame buffer every frame.
            for index in cells.indices { cells[index] = fill }
        } else {
            cells = Array(repeating: fill, count: newArea.area)
        }
    }

    /// Stores `cell` exactly as given, without keeping wide characters whole. Backends
    /// replaying `Update`s use it, because updates carry continuation cells explicitly.
    mutating func storeRaw(_ cell: Cell, x: Int, y: Int) {
        guard let position = index(x, y) else { return }
        cells[position] = cell
    }

    /// The buffer as plain text lines (styles dropped, trailing spaces kept).
    public var lines: [String] {
        var result: [String] = []
        result.reserveCapacity(area.height)
        for row in 0..<area.height {
            var line = ""
            for column in 0..<area.width {
                let cell = cells[row * area.width + column]
                if !cell.isContinuation { line += cell.symbol }
            }
            result.append(line)
        }
        return result
    }

    /// The buffer as text, one line per row, joined by newlines.
    public var text: String { lines.joined(separator: "\n") }

    /// One changed cell, as a backend needs it to redraw.
    public struct Update: Equatable, Sendable {
        /// The column of the changed cell.
        public var x: Int
        /// The row of the changed cell.
        public var y: Int
        /// What the cell now holds.
        public var cell: Cell
    }

    /// The cells that differ from `previous`. When the areas differ, every cell is an update.
    public func updates(since previous: Buffer) -> [Update] {
        var result: [Update] = []
        let full = previous.area != area
        for row in 0..<area.height {
            for column in 0..<area.width {
                let position = row * area.width + column
                let cell = cells[position]
                if full || cell != previous.cells[position] {
                    result.append(Update(x: area.x + column, y: area.y + row, cell: cell))
                }
            }
        }
        return result
    }
}
