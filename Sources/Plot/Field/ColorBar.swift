import TerminalCore

/// A vertical colour bar: the ramp from high (top) to low (bottom) with nice value labels.
enum ColorBar {
    /// Columns needed: a gap, two ramp columns, a space, the widest label.
    static func width(for values: ClosedRange<Double>, scale: AxisScale) -> Int {
        let ticks = ticks(for: values, scale: scale, maxCount: 5)
        let labelWidth = ticks.map { DisplayWidth.width(of: $0.label) }.max() ?? 1
        return 1 + 2 + 1 + labelWidth
    }

    private static func ticks(for values: ClosedRange<Double>, scale: AxisScale, maxCount: Int) -> [AxisTick]
    {
        switch scale {
        case .linear:
            return AxisTicks.linear(lower: values.lowerBound, upper: values.upperBound, maxCount: maxCount)
        case .logarithmic:
            return AxisTicks.logarithmic(
                lower: values.lowerBound, upper: values.upperBound, maxCount: maxCount)
        }
    }

    /// Draws the bar into `area` (whose first two columns hold the ramp).
    static func draw(
        ramp: ColorRamp, values: ClosedRange<Double>, scale: AxisScale, theme: PlotTheme, area: Rect,
        into buffer: inout Buffer
    ) {
        guard area.width >= 3, area.height >= 2 else { return }
        let samples = area.height * 2
        for row in 0..<area.height {
            let top = 1 - Double(2 * row) / Double(samples - 1)
            let bottom = 1 - Double(2 * row + 1) / Double(samples - 1)
            for column in 0..<2 {
                let cell: Cell
                if theme.usesColor {
                    cell = Cell(
                        CanvasGlyphs.upperHalf,
                        style: Style(foreground: ramp.color(at: top), background: ramp.color(at: bottom)))
                } else {
                    cell = Cell(DensityRamp.character(at: (top + bottom) / 2))
                }
                buffer.setCell(cell, x: area.x + column, y: area.y + row)
            }
        }
        guard values.upperBound > values.lowerBound else { return }
        let ticks = ticks(for: values, scale: scale, maxCount: min(5, max(2, area.height / 3)))
        let mapping = AxisMapping(lower: values.lowerBound, upper: values.upperBound, scale: scale)
        var used = Set<Int>()
        for tick in ticks {
            guard let fraction = mapping.fraction(tick.value), fraction >= 0, fraction <= 1 else { continue }
            let row = area.y + Int(((1 - fraction) * Double(area.height - 1)).rounded())
            guard used.insert(row).inserted else { continue }
            buffer.setString(
                tick.label, x: area.x + 3, y: row, style: theme.labelStyle, maxWidth: area.width - 3)
        }
    }
}
