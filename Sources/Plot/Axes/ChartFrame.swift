import TerminalCore

/// The layout shared by every chart with axes: where the plot area, tick labels, axis
/// lines, titles and the header row (legend) go inside the rectangle a chart is given.
///
/// Space is given up in this order as the rectangle shrinks: the x-axis title (below 16
/// rows), the header row with the y title and legend (below 8 rows: which line is which matters
/// more than one more row of plot), the x tick labels
/// (below 6 rows), the y tick labels (below 16 columns).
struct ChartFrame {
    let area: Rect
    /// The cells the data is drawn in.
    let plot: Rect
    let x: AxisMapping
    let y: AxisMapping
    let xTicks: [AxisTick]
    let yTicks: [AxisTick]
    /// Dots (or samples) per cell of whatever is drawn in `plot`, so ticks line up with it.
    let dotsPerCellX: Int
    let dotsPerCellY: Int
    let xTitle: String?
    let yTitle: String?
    /// The top row for the y title and legend, when there is room.
    let headerRow: Int?
    let xLabelRow: Int?
    let xTitleRow: Int?

    /// Lays out a frame; nil when the area is too small for any plot at all.
    init?(
        area: Rect, x: AxisMapping, y: AxisMapping, xTitle: String?, yTitle: String?,
        wantsHeader: Bool, dotsPerCellX: Int, dotsPerCellY: Int, reservedRight: Int = 0
    ) {
        guard area.width >= 4, area.height >= 2 else { return nil }
        let height = area.height
        let hasHeader = (wantsHeader || yTitle != nil) && height >= 8
        let hasXTitle = xTitle != nil && height >= 16
        let hasXLabels = height >= 6
        let plotRows = height - 1 - (hasHeader ? 1 : 0) - (hasXTitle ? 1 : 0) - (hasXLabels ? 1 : 0)
        guard plotRows >= 1 else { return nil }

        let hasYLabels = area.width >= 16
        let yTickLimit = min(8, max(2, plotRows / 3))
        let yTicks =
            hasYLabels ? ChartFrame.ticks(for: y, maxCount: yTickLimit) : []
        let labelWidth = yTicks.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
        let right = max(0, reservedRight) + (area.width >= 20 ? 1 : 0)
        let plotWidth = area.width - labelWidth - 1 - right
        guard plotWidth >= 2 else { return nil }
        let top = area.y + (hasHeader ? 1 : 0)
        self.plot = Rect(x: area.x + labelWidth + 1, y: top, width: plotWidth, height: plotRows)
        self.area = area
        self.x = x
        self.y = y
        self.yTicks = yTicks
        self.xTicks = hasXLabels ? ChartFrame.xTicks(for: x, width: plotWidth) : []
        self.dotsPerCellX = max(1, dotsPerCellX)
        self.dotsPerCellY = max(1, dotsPerCellY)
        self.xTitle = hasXTitle ? xTitle : nil
        self.yTitle = hasHeader ? yTitle : nil
        self.headerRow = hasHeader ? area.y : nil
        self.xLabelRow = hasXLabels ? top + plotRows + 1 : nil
        self.xTitleRow = hasXTitle ? area.maxY - 1 : nil
    }

    /// The row of the x-axis line, just below the plot.
    var xAxisRow: Int { plot.maxY }
    /// The column of the y-axis line, just left of the plot.
    var yAxisColumn: Int { plot.x - 1 }

    private static func ticks(for mapping: AxisMapping, maxCount: Int) -> [AxisTick] {
        switch mapping.scale {
        case .linear: return AxisTicks.linear(lower: mapping.lower, upper: mapping.upper, maxCount: maxCount)
        case .logarithmic:
            return AxisTicks.logarithmic(lower: mapping.lower, upper: mapping.upper, maxCount: maxCount)
        }
    }

    /// As many x ticks as fit with two spaces between labels.
    private static func xTicks(for mapping: AxisMapping, width: Int) -> [AxisTick] {
        var limit = max(1, width / 6)
        while true {
            let ticks = ticks(for: mapping, maxCount: limit)
            let widest = ticks.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
            if limit == 1 || ticks.count * (widest + 2) <= width { return ticks }
            limit -= 1
        }
    }

    /// Dots across and down the plot area.
    var dotWidth: Int { plot.width * dotsPerCellX }
    var dotHeight: Int { plot.height * dotsPerCellY }

    /// The horizontal dot position of a data x value (fractional, may lie outside).
    func dotX(_ value: Double) -> Double? {
        x.fraction(value).map { $0 * Double(dotWidth - 1) }
    }

    /// The vertical dot position of a data y value (0 at the top).
    func dotY(_ value: Double) -> Double? {
        y.fraction(value).map { (1 - $0) * Double(dotHeight - 1) }
    }

    /// The screen column of a data x value, or nil when it is outside the plot.
    func column(forX value: Double) -> Int? {
        guard let dot = dotX(value), dot > -0.5, dot < Double(dotWidth) - 0.5 else { return nil }
        return plot.x + Int(dot.rounded()) / dotsPerCellX
    }

    /// The screen row of a data y value, or nil when it is outside the plot.
    func row(forY value: Double) -> Int? {
        guard let dot = dotY(value), dot > -0.5, dot < Double(dotHeight) - 0.5 else { return nil }
        return plot.y + Int(dot.rounded()) / dotsPerCellY
    }

    /// Draws the axis lines, tick marks, tick labels and titles.
    func draw(into buffer: inout Buffer, theme: PlotTheme) {
        let axis = theme.axisStyle
        let labels = theme.labelStyle
        for row in plot.y..<plot.maxY { buffer.setCell(Cell("│", style: axis), x: yAxisColumn, y: row) }
        buffer.setCell(Cell("└", style: axis), x: yAxisColumn, y: xAxisRow)
        for column in plot.x..<plot.maxX { buffer.setCell(Cell("─", style: axis), x: column, y: xAxisRow) }

        var usedRows = Set<Int>()
        for tick in yTicks {
            guard let row = row(forY: tick.value), usedRows.insert(row).inserted else { continue }
            buffer.setCell(Cell("┤", style: axis), x: yAxisColumn, y: row)
            let width = DisplayWidth.width(of: tick.label)
            buffer.setString(tick.label, x: yAxisColumn - width, y: row, style: labels)
        }

        var nextFree = area.x
        for tick in xTicks {
            guard let column = column(forX: tick.value) else { continue }
            buffer.setCell(Cell("┬", style: axis), x: column, y: xAxisRow)
            guard let labelRow = xLabelRow else { continue }
            let width = DisplayWidth.width(of: tick.label)
            let start = min(max(column - width / 2, area.x), area.maxX - width)
            guard start >= nextFree else { continue }
            buffer.setString(tick.label, x: start, y: labelRow, style: labels)
            nextFree = start + width + 1
        }

        if let titleRow = xTitleRow, let title = xTitle {
            let width = DisplayWidth.width(of: title)
            let start = max(plot.x, plot.x + (plot.width - width) / 2)
            buffer.setString(title, x: start, y: titleRow, style: labels, maxWidth: area.maxX - start)
        }
        if let header = headerRow, let title = yTitle {
            buffer.setString(title, x: area.x, y: header, style: labels, maxWidth: area.width)
        }
    }

    /// Marks a column of the x-axis line where points were skipped (NaN, infinities, or
    /// values <= 0 on a log axis), so gaps in the data do not go unnoticed.
    func markSkipped(column: Int, into buffer: inout Buffer, theme: PlotTheme) {
        guard column >= plot.x, column < plot.maxX else { return }
        buffer.setCell(Cell("×", style: theme.warningStyle), x: column, y: xAxisRow)
    }
}
