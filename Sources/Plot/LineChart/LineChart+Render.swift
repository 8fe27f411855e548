import TerminalCore

extension LineChart {
    /// Draws the chart into `area` of `buffer`, adapting to its size: the legend, axis
    /// titles and tick labels are dropped as space runs out; an empty area draws nothing.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let x = xMapping()
        let y = yMapping(x: x)
        let marker = theme.effectiveMarker
        let probe = Canvas(columns: 1, rows: 1, marker: marker)
        let wantsLegend = showsLegend && !series.isEmpty
        guard
            let frame = ChartFrame(
                area: area, x: x, y: y, xTitle: xAxis.title, yTitle: yAxis.title, wantsHeader: wantsLegend,
                dotsPerCellX: probe.dotsPerCellX, dotsPerCellY: probe.dotsPerCellY)
        else { return }

        var canvas = Canvas(columns: frame.plot.width, rows: frame.plot.height, marker: marker)
        var skippedColumns = Set<Int>()
        for index in series.indices {
            let line = series[index]
            let range = visibleRange(of: line, x: x)
            if line.isSmoothed && showsRawCurve {
                draw(
                    line, range: range, smoothed: false, ink: ink(for: index, raw: true), frame: frame,
                    canvas: &canvas, skipped: &skippedColumns)
            }
            draw(
                line, range: range, smoothed: line.isSmoothed, ink: ink(for: index, raw: false),
                frame: frame, canvas: &canvas, skipped: &skippedColumns)
        }
        frame.draw(into: &buffer, theme: theme)
        canvas.render(into: &buffer, x: frame.plot.x, y: frame.plot.y)
        for dotColumn in skippedColumns {
            frame.markSkipped(
                column: frame.plot.x + dotColumn / canvas.dotsPerCellX, into: &buffer, theme: theme)
        }
        if series.allSatisfy({ !$0.ySummary.hasFiniteValues }) {
            let message = "no data"
            let start = frame.plot.x + max(0, (frame.plot.width - message.count) / 2)
            buffer.setString(
                message, x: start, y: frame.plot.y + frame.plot.height / 2, style: theme.labelStyle,
                maxWidth: frame.plot.maxX - start)
        }
        if wantsLegend, let row = frame.headerRow {
            let titleWidth = frame.yTitle.map { DisplayWidth.width(of: $0) + 2 } ?? 0
            Legend.draw(
                series.indices.map { legendEntry($0) }, row: row, minX: area.x + titleWidth, maxX: area.maxX,
                theme: theme, into: &buffer)
        }
    }

    /// Draws one curve: every point when there are few, else per dot column the min/max
    /// run plus a link from the previous column, which keeps single-point spikes visible.
    private func draw(
        _ line: LineSeries, range: Range<Int>, smoothed: Bool, ink: Ink, frame: ChartFrame,
        canvas: inout Canvas, skipped: inout Set<Int>
    ) {
        guard !range.isEmpty else { return }
        if !line.isMonotonic || range.count <= 2 * canvas.dotWidth {
            drawEveryPoint(
                line, range: range, smoothed: smoothed, ink: ink, frame: frame, canvas: &canvas,
                skipped: &skipped)
            return
        }
        let logarithmic = frame.y.scale == .logarithmic
        let width = canvas.dotWidth
        var previous: Double?
        for column in 0..<width {
            let start = frame.x.value(atFraction: (Double(column) - 0.5) / Double(max(1, width - 1)))
            let end = frame.x.value(atFraction: (Double(column) + 0.5) / Double(max(1, width - 1)))
            let low = max(
                range.lowerBound, column == 0 ? range.lowerBound : line.firstIndex(atOrAfter: start))
            let high = min(
                range.upperBound, column == width - 1 ? range.upperBound : line.firstIndex(atOrAfter: end))
            guard low < high else { continue }
            let summary = line.summary(low..<high, smoothed: smoothed)
            if summary.nonFiniteCount > 0 || (logarithmic && summary.nonPositiveCount > 0) {
                skipped.insert(column)
            }
            let bottom = logarithmic ? summary.minimumPositive : summary.minimum
            guard bottom <= summary.maximum, let top = frame.dotY(summary.maximum),
                let base = frame.dotY(bottom)
            else {
                previous = nil
                continue
            }
            canvas.verticalRun(
                x: column, from: clampedDot(top, canvas), to: clampedDot(base, canvas), ink: ink)
            let isDrawable = { (value: Double) in value.isFinite && (!logarithmic || value > 0) }
            var firstIndex = low
            while firstIndex < high && !isDrawable(line.y(at: firstIndex, smoothed: smoothed)) {
                firstIndex += 1
            }
            var lastIndex = high - 1
            while lastIndex > firstIndex && !isDrawable(line.y(at: lastIndex, smoothed: smoothed)) {
                lastIndex -= 1
            }
            if let before = previous, let first = frame.dotY(line.y(at: firstIndex, smoothed: smoothed)) {
                canvas.line(x0: Double(column - 1), y0: before, x1: Double(column), y1: first, ink: ink)
            }
            previous = frame.dotY(line.y(at: lastIndex, smoothed: smoothed))
        }
    }

    private func drawEveryPoint(
        _ line: LineSeries, range: Range<Int>, smoothed: Bool, ink: Ink, frame: ChartFrame,
        canvas: inout Canvas, skipped: inout Set<Int>
    ) {
        var points: [(x: Double, y: Double)] = []
        points.reserveCapacity(range.count)
        for index in range {
            let dotX = frame.dotX(line.x(at: index)) ?? .nan
            let value = line.y(at: index, smoothed: smoothed)
            guard let dotY = frame.dotY(value) else {
                if let column = Canvas.roundedDot(dotX), column >= 0, column < canvas.dotWidth {
                    skipped.insert(column)
                }
                points.append((dotX, .nan))
                continue
            }
            points.append((dotX, dotY))
        }
        canvas.polyline(points, ink: ink)
    }

    /// Keeps far-off dot positions just outside the canvas, so runs stay short and exact.
    private func clampedDot(_ value: Double, _ canvas: Canvas) -> Int {
        Int(min(max(value, -1), Double(canvas.dotHeight)).rounded())
    }
}
