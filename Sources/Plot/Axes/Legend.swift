import TerminalCore

/// One legend entry: a coloured swatch (or ASCII symbol), a name, and an optional warning
/// such as "3 NaN".
struct LegendEntry {
    var name: String
    var ink: Ink
    var warning: String?
}

/// Draws legend entries right-aligned on one row.
enum Legend {
    /// The cells `entries` take on one line, two spaces apart.
    static func width(of entries: [LegendEntry]) -> Int {
        guard !entries.isEmpty else { return 0 }
        let items = entries.map { entry in
            2 + DisplayWidth.width(of: entry.name)
                + (entry.warning.map { 1 + DisplayWidth.width(of: $0) } ?? 0)
        }
        return items.reduce(0, +) + 2 * (entries.count - 1)
    }

    /// Draws the entries ending at `maxX` on `row`, if they fit between `minX` and `maxX`;
    /// returns whether they were drawn (a legend that does not fit is dropped whole).
    @discardableResult
    static func draw(
        _ entries: [LegendEntry], row: Int, minX: Int, maxX: Int, theme: PlotTheme,
        into buffer: inout Buffer
    ) -> Bool {
        let total = width(of: entries)
        guard total > 0, total <= maxX - minX else { return false }
        var column = maxX - total
        for (index, entry) in entries.enumerated() {
            if index > 0 { column += 2 }
            let swatch: Character = theme.usesColor ? "━" : entry.ink.symbol
            buffer.setCell(Cell(swatch, style: Style(foreground: entry.ink.color)), x: column, y: row)
            column = buffer.setString(entry.name, x: column + 2, y: row, style: theme.labelStyle)
            if let warning = entry.warning {
                column = buffer.setString(warning, x: column + 1, y: row, style: theme.warningStyle)
            }
        }
        return true
    }
}
