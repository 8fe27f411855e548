import TerminalCore

extension BarChart {
    func renderHorizontal(into buffer: inout Buffer, area: Rect) {
        let (low, high) = valueBounds()
        let labelWidth = min(bars.map { DisplayWidth.width(of: $0.label) }.max() ?? 0, area.width / 3)
        let texts = bars.map { ValueFormat.short($0.value) }
        var valueWidth = showsValues ? (texts.map { DisplayWidth.width(of: $0) }.max() ?? 0) + 1 : 0
        let hasNegative = low < 0
        let hasPositive = high > 0
        var barWidth =
            area.width - labelWidth - 1 - valueWidth * ((hasNegative ? 1 : 0) + (hasPositive ? 1 : 0))
        if barWidth < 4 {
            valueWidth = 0
            barWidth = area.width - labelWidth - 1
        }
        guard barWidth >= 1 else { return }
        let barStart = area.x + labelWidth + 1 + (hasNegative ? valueWidth : 0)
        let span = high - low
        let zero = barStart + Int(((0 - low) / span * Double(barWidth)).rounded())
        let visible = bars.count <= area.height ? bars.count : max(0, area.height - 1)
        for index in 0..<visible {
            let bar = bars[index]
            let row = area.y + index
            buffer.setString(bar.label, x: area.x, y: row, style: theme.labelStyle, maxWidth: labelWidth)
            let text = texts[index]
            guard bar.value.isFinite else {
                if valueWidth > 0 { buffer.setString(text, x: zero, y: row, style: theme.warningStyle) }
                continue
            }
            let style = style(for: bar)
            if bar.value >= 0 {
                let units = Int((bar.value / span * Double(barWidth * 8)).rounded())
                var column = zero
                let glyphs = BarChart.segments(
                    units: units, perCell: 8,
                    partials: theme.usesColor ? CanvasGlyphs.leftEighths : asciiPartials(8))
                for glyph in glyphs {
                    buffer.setCell(Cell(theme.usesColor ? glyph : "#", style: style), x: column, y: row)
                    column += 1
                }
                if valueWidth > 0 { buffer.setString(text, x: column + 1, y: row, style: theme.labelStyle) }
            } else {
                let units = Int((-bar.value / span * Double(barWidth * 2)).rounded())
                var column = zero - 1
                for glyph in BarChart.segments(units: units, perCell: 2, partials: [" ", "▐"]) {
                    buffer.setCell(Cell(theme.usesColor ? glyph : "=", style: style), x: column, y: row)
                    column -= 1
                }
                if valueWidth > 0 {
                    let width = DisplayWidth.width(of: text)
                    buffer.setString(text, x: column - width, y: row, style: theme.labelStyle)
                }
            }
        }
        if visible < bars.count {
            buffer.setString(
                "+\(bars.count - visible) more", x: area.x, y: area.maxY - 1, style: theme.labelStyle,
                maxWidth: area.width)
        }
    }

    private func asciiPartials(_ count: Int) -> [Character] { Array(repeating: "#", count: count + 1) }

    func renderVertical(into buffer: inout Buffer, area: Rect) {
        let (low, high) = valueBounds()
        let labelRows = area.height >= 4 ? 1 : 0
        let valueRows = showsValues && area.height >= 6 ? ((low < 0 ? 1 : 0) + (high > 0 ? 1 : 0)) : 0
        let chartHeight = area.height - labelRows - valueRows
        guard chartHeight >= 1 else { return }
        let slot = max(2, min(9, area.width / bars.count))
        let barWidth = slot - 1
        let visible = min(bars.count, area.width / slot)
        let top = area.y + (showsValues && high > 0 && valueRows > 0 ? 1 : 0)
        let span = high - low
        // The zero line sits between rows: rows above it hold positive bars.
        let positiveRows = Int(((high / span) * Double(chartHeight)).rounded())
        let zeroRow = top + positiveRows
        for index in 0..<visible {
            let bar = bars[index]
            let left = area.x + index * slot
            let style = style(for: bar)
            let text = ValueFormat.short(bar.value)
            if labelRows == 1 {
                let label = bar.label
                let width = min(DisplayWidth.width(of: label), barWidth)
                buffer.setString(
                    label, x: left + max(0, (barWidth - width) / 2), y: area.maxY - 1,
                    style: theme.labelStyle,
                    maxWidth: barWidth)
            }
            guard bar.value.isFinite else {
                buffer.setString(text, x: left, y: zeroRow - 1, style: theme.warningStyle, maxWidth: slot)
                continue
            }
            let textStart = left + max(0, (barWidth - DisplayWidth.width(of: text)) / 2)
            if bar.value >= 0 {
                let units = Int((bar.value / span * Double(chartHeight * 8)).rounded())
                let glyphs = BarChart.segments(units: units, perCell: 8, partials: CanvasGlyphs.lowerEighths)
                for (offset, glyph) in glyphs.enumerated() {
                    for column in 0..<barWidth {
                        buffer.setCell(
                            Cell(theme.usesColor ? glyph : "#", style: style), x: left + column,
                            y: zeroRow - 1 - offset)
                    }
                }
                if valueRows > 0 {
                    buffer.setString(
                        text, x: textStart, y: zeroRow - 1 - glyphs.count, style: theme.labelStyle,
                        maxWidth: slot)
                }
            } else {
                let units = Int((-bar.value / span * Double(chartHeight * 2)).rounded())
                let glyphs = BarChart.segments(units: units, perCell: 2, partials: [" ", "▀"])
                for (offset, glyph) in glyphs.enumerated() {
                    for column in 0..<barWidth {
                        buffer.setCell(
                            Cell(theme.usesColor ? glyph : "=", style: style), x: left + column,
                            y: zeroRow + offset)
                    }
                }
                if valueRows > 0 {
                    buffer.setString(
                        text, x: textStart, y: zeroRow + glyphs.count, style: theme.labelStyle, maxWidth: slot
                    )
                }
            }
        }
    }
}
