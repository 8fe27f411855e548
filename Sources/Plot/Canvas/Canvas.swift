import TerminalCore

/// A grid of dots laid over a block of terminal cells: braille (2x4 dots per cell), block
/// quadrants (2x2) or ASCII (1x1). Dot (0, 0) is the top-left; y grows downwards.
///
/// Overlap rule: a cell has one foreground colour, so the ink of the most recently drawn
/// dot in a cell colours the whole cell (and, for ASCII, picks its symbol). Charts rely on
/// this by drawing the least important layers first (raw curves before smoothed ones,
/// series in list order, so the last series is on top).
public struct Canvas: Sendable {
    /// Width in cells.
    public let columns: Int
    /// Height in cells.
    public let rows: Int
    /// How dots become characters.
    public let marker: CanvasMarker
    /// Dots per cell horizontally.
    public let dotsPerCellX: Int
    /// Dots per cell vertically.
    public let dotsPerCellY: Int
    private var masks: [UInt8]
    private var inks: [Ink?]

    /// A blank canvas of `columns` x `rows` cells (negative or absurdly large sizes give an
    /// empty canvas).
    public init(columns: Int, rows: Int, marker: CanvasMarker = .braille) {
        (self.columns, self.rows) = GridSize.clamped(width: columns, height: rows)
        self.marker = marker
        switch marker {
        case .braille: (dotsPerCellX, dotsPerCellY) = (2, 4)
        case .block: (dotsPerCellX, dotsPerCellY) = (2, 2)
        case .ascii: (dotsPerCellX, dotsPerCellY) = (1, 1)
        }
        masks = Array(repeating: 0, count: self.columns * self.rows)
        inks = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Width in dots.
    public var dotWidth: Int { columns * dotsPerCellX }
    /// Height in dots.
    public var dotHeight: Int { rows * dotsPerCellY }

    /// Whether any dot is set in the cell at (`column`, `row`).
    public func isOccupied(column: Int, row: Int) -> Bool {
        guard column >= 0, column < columns, row >= 0, row < rows else { return false }
        return masks[row * columns + column] != 0
    }

    /// Sets one dot; dots outside the canvas are ignored, so callers may draw freely.
    public mutating func setDot(x: Int, y: Int, ink: Ink) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let column = x / dotsPerCellX
        let row = y / dotsPerCellY
        let bit = (y - row * dotsPerCellY) * dotsPerCellX + (x - column * dotsPerCellX)
        let index = row * columns + column
        masks[index] |= UInt8(1 << bit)
        inks[index] = ink
    }

    /// Sets a dot at a fractional position (rounded to the nearest dot); NaN is ignored.
    public mutating func point(x: Double, y: Double, ink: Ink) {
        guard let column = Canvas.roundedDot(x), let row = Canvas.roundedDot(y) else { return }
        setDot(x: column, y: row, ink: ink)
    }

    /// Sets every dot of column `x` between rows `y0` and `y1` (inclusive, either order).
    public mutating func verticalRun(x: Int, from y0: Int, to y1: Int, ink: Ink) {
        guard x >= 0, x < dotWidth else { return }
        let top = max(0, min(y0, y1))
        let bottom = min(dotHeight - 1, max(y0, y1))
        guard top <= bottom else { return }
        for y in top...bottom { setDot(x: x, y: y, ink: ink) }
    }

    /// Converts a fractional dot coordinate to an integer one, or nil when it is not finite
    /// or too far away to matter (which also keeps the conversion from trapping).
    static func roundedDot(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 1e9 else { return nil }
        return Int(value.rounded())
    }

    private func maskAt(_ column: Int, _ row: Int) -> UInt8 { masks[row * columns + column] }

    /// The character and ink of the cell at (`column`, `row`), or nil when it has no dots.
    public func glyph(column: Int, row: Int) -> (symbol: Character, ink: Ink)? {
        guard column >= 0, column < columns, row >= 0, row < rows else { return nil }
        let index = row * columns + column
        let mask = masks[index]
        guard mask != 0, let ink = inks[index] else { return nil }
        switch marker {
        case .braille: return (CanvasGlyphs.brailleTable[Int(mask)], ink)
        case .block: return (CanvasGlyphs.quadrants[Int(mask & 0x0F)], ink)
        case .ascii: return (ink.symbol, ink)
        }
    }

    /// Draws the occupied cells into `buffer` with the canvas's top-left at (`x`, `y`).
    /// Empty cells are left untouched, so a canvas can be laid over a heatmap or bars: the
    /// cell keeps its background, and a block character underneath (a half-block heatmap
    /// cell, a bar) lends the mean of its two colours to the background, so the picture below
    /// stays readable instead of showing a hole.
    public func render(into buffer: inout Buffer, x: Int, y: Int) {
        for row in 0..<rows {
            for column in 0..<columns {
                guard let (symbol, ink) = glyph(column: column, row: row) else { continue }
                let existing = buffer[x + column, y + row]
                var style = existing.style
                style.foreground = ink.color
                style.attributes = ink.attributes
                if CanvasGlyphs.isBlockElement(existing.symbol) {
                    style.background = ColorMath.mix(existing.style.foreground, existing.style.background)
                }
                var cell =
                    marker == .braille ? CanvasGlyphs.brailleCells[Int(maskAt(column, row))] : Cell(symbol)
                cell.style = style
                buffer.setCell(cell, x: x + column, y: y + row)
            }
        }
    }
}
