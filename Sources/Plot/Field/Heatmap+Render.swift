import TerminalCore

extension Heatmap {
    /// Draws the heatmap into `area`: the colour bar goes first when space is short, then
    /// the legend and axis titles; an empty area or field draws nothing but the frame.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        // One pass over the field serves the value range, the empty check and the contours.
        let summary = field.summary
        let values = resolvedValueRange(summary: summary)
        let barWidth = showsColorBar && area.width >= 40 ? ColorBar.width(for: values, scale: colorScale) : 0
        let x = AxisMapping(lower: field.xRange.lowerBound, upper: field.xRange.upperBound, scale: .linear)
        let y = AxisMapping(lower: field.yRange.lowerBound, upper: field.yRange.upperBound, scale: .linear)
        let named = trajectories.filter { !$0.name.isEmpty }
        let plot: Rect
        var frame: ChartFrame?
        if showsAxes {
            frame = ChartFrame(
                area: area, x: x, y: y, xTitle: xTitle, yTitle: yTitle, wantsHeader: !named.isEmpty,
                dotsPerCellX: 1, dotsPerCellY: 2, reservedRight: barWidth)
            guard let frame else { return }
            plot = frame.plot
        } else {
            plot = area.inset(right: barWidth)
        }
        guard !plot.isEmpty else { return }

        drawField(into: &buffer, plot: plot, values: values)
        if !summary.hasFiniteValues {
            let message = "no data"
            let start = plot.x + max(0, (plot.width - message.count) / 2)
            buffer.setString(
                message, x: start, y: plot.y + plot.height / 2, style: theme.labelStyle,
                maxWidth: plot.maxX - start)
        }
        frame?.draw(into: &buffer, theme: theme)
        drawOverlays(into: &buffer, plot: plot, x: x, y: y, summary: summary)
        if barWidth > 0 {
            ColorBar.draw(
                ramp: ramp, values: values, scale: colorScale, theme: theme,
                area: Rect(x: plot.maxX + 1, y: plot.y, width: barWidth - 1, height: plot.height),
                into: &buffer)
        }
        if let frame, let row = frame.headerRow, !named.isEmpty {
            let entries = trajectories.indices.filter { !trajectories[$0].name.isEmpty }.map {
                LegendEntry(name: trajectories[$0].name, ink: ink(forTrajectory: $0), warning: nil)
            }
            let titleWidth = frame.yTitle.map { DisplayWidth.width(of: $0) + 2 } ?? 0
            Legend.draw(
                entries, row: row, minX: area.x + titleWidth, maxX: area.maxX, theme: theme, into: &buffer)
        }
    }

    /// Fills `plot` with the field: in colour, the upper half block with the top sample as
    /// foreground and the bottom one as background; in monochrome, a density character.
    private func drawField(into buffer: inout Buffer, plot: Rect, values: ClosedRange<Double>) {
        let mapping = AxisMapping(lower: values.lowerBound, upper: values.upperBound, scale: colorScale)
        let sampleRows = plot.height * 2
        let xs = (0..<plot.width).map { Field2D.position($0, count: plot.width, range: field.xRange) }
        let halfBlock = Cell(CanvasGlyphs.upperHalf)
        var topRow = [Double](repeating: .nan, count: plot.width)
        var bottomRow = topRow
        for row in 0..<plot.height {
            // Sample rows count down from the top of the field.
            let yTop = Field2D.position(sampleRows - 1 - 2 * row, count: sampleRows, range: field.yRange)
            let yBottom = Field2D.position(sampleRows - 2 - 2 * row, count: sampleRows, range: field.yRange)
            for column in 0..<plot.width {
                topRow[column] = mapping.fraction(field.value(x: xs[column], y: yTop)) ?? .nan
                bottomRow[column] = mapping.fraction(field.value(x: xs[column], y: yBottom)) ?? .nan
            }
            for column in 0..<plot.width {
                if theme.usesColor {
                    var cell = halfBlock
                    cell.style = Style(
                        foreground: ramp.color(at: topRow[column]),
                        background: ramp.color(at: bottomRow[column]))
                    buffer.setCell(cell, x: plot.x + column, y: plot.y + row)
                } else {
                    let mean = meanIgnoringNaN(topRow[column], bottomRow[column])
                    buffer.setCell(Cell(DensityRamp.character(at: mean)), x: plot.x + column, y: plot.y + row)
                }
            }
        }
    }

    private func meanIgnoringNaN(_ a: Double, _ b: Double) -> Double {
        if a.isNaN { return b }
        if b.isNaN { return a }
        return (a + b) / 2
    }

    /// Contours and trajectories on one canvas (contours first, so paths win shared
    /// cells), then the start and current-position markers.
    private func drawOverlays(
        into buffer: inout Buffer, plot: Rect, x: AxisMapping, y: AxisMapping, summary: SampleSummary
    ) {
        guard contours != nil || !trajectories.isEmpty else { return }
        var canvas = Canvas(columns: plot.width, rows: plot.height, marker: theme.effectiveMarker)
        let maxX = Double(canvas.dotWidth - 1)
        let maxY = Double(canvas.dotHeight - 1)
        func dot(_ point: PlotPoint) -> (x: Double, y: Double) {
            let fx = x.fraction(point.x) ?? .nan
            let fy = y.fraction(point.y) ?? .nan
            return (fx * maxX, (1 - fy) * maxY)
        }
        if let contours {
            let ink = Ink(color: resolvedContourColor, symbol: "~", attributes: [])
            for level in contours.levels(for: summary) {
                for segment in MarchingSquares.segments(in: field, level: level) {
                    let a = dot(segment.start)
                    let b = dot(segment.end)
                    canvas.line(x0: a.x, y0: a.y, x1: b.x, y1: b.y, ink: ink)
                }
            }
        }
        for index in trajectories.indices {
            canvas.polyline(trajectories[index].points.map(dot), ink: ink(forTrajectory: index))
        }
        canvas.render(into: &buffer, x: plot.x, y: plot.y)
        for index in trajectories.indices {
            let points = trajectories[index].points.filter(\.isFinite)
            let style = Style(foreground: ink(forTrajectory: index).color)
            for (point, marker) in [
                (points.first, Trajectory.startMarker), (points.last, Trajectory.currentMarker),
            ] {
                guard let point else { continue }
                let position = dot(point)
                guard let column = Canvas.roundedDot(position.x), let row = Canvas.roundedDot(position.y),
                    column >= 0, row >= 0, column < canvas.dotWidth, row < canvas.dotHeight
                else { continue }
                let cellX = plot.x + column / canvas.dotsPerCellX
                let cellY = plot.y + row / canvas.dotsPerCellY
                var markerStyle = style
                markerStyle.background = buffer[cellX, cellY].style.background
                buffer.setCell(Cell(marker, style: markerStyle), x: cellX, y: cellY)
            }
        }
    }
}
