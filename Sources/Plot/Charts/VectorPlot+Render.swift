import Foundation
import TerminalCore

extension VectorPlot {
    /// Draws the plot into `area` with equal units per dot on both axes.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let marker = theme.effectiveMarker
        let probe = Canvas(columns: 1, rows: 1, marker: marker)
        let half = resolvedExtent()
        // Lay out with a square range first to learn the plot's shape in dots.
        let square = AxisMapping(lower: -half, upper: half, scale: .linear)
        guard
            let draft = ChartFrame(
                area: area, x: square, y: square, xTitle: nil, yTitle: nil, wantsHeader: false,
                dotsPerCellX: probe.dotsPerCellX, dotsPerCellY: probe.dotsPerCellY)
        else { return }
        // Terminal cells are about twice as tall as wide, so braille and quadrant dots are
        // square, while ASCII cells are 1 wide by 2 tall.
        let dotAspect = marker == .ascii ? 2.0 : 1.0
        let widthUnits = Double(draft.dotWidth)
        let heightUnits = Double(draft.dotHeight) * dotAspect
        let perUnit = max(2 * half / widthUnits, 2 * half / heightUnits)
        let halfX = perUnit * widthUnits / 2
        let halfY = perUnit * heightUnits / 2
        guard
            let frame = ChartFrame(
                area: area, x: AxisMapping(lower: -halfX, upper: halfX, scale: .linear),
                y: AxisMapping(lower: -halfY, upper: halfY, scale: .linear), xTitle: nil, yTitle: nil,
                wantsHeader: false, dotsPerCellX: probe.dotsPerCellX, dotsPerCellY: probe.dotsPerCellY)
        else { return }
        var canvas = Canvas(columns: frame.plot.width, rows: frame.plot.height, marker: marker)
        func dot(_ point: PlotPoint) -> (x: Double, y: Double) {
            (frame.dotX(point.x) ?? .nan, frame.dotY(point.y) ?? .nan)
        }
        func segment(_ from: PlotPoint, _ to: PlotPoint, _ ink: Ink) {
            let a = dot(from)
            let b = dot(to)
            canvas.line(x0: a.x, y0: a.y, x1: b.x, y1: b.y, ink: ink)
        }
        let axisInk = Ink(color: .brightBlack, symbol: ".")
        segment(PlotPoint(x: -halfX, y: 0), PlotPoint(x: halfX, y: 0), axisInk)
        segment(PlotPoint(x: 0, y: -halfY), PlotPoint(x: 0, y: halfY), axisInk)
        if let transform {
            drawGrid(transform, reach: max(halfX, halfY), dotsPerUnit: 1 / perUnit, segment: segment)
        }
        if showsUnitCircle {
            let circleInk = Ink(color: .brightBlack, symbol: ".")
            // Dotted: every other sample, so the original circle reads as a guide.
            for step in stride(from: 0, to: 96, by: 2) {
                let angle = Double(step) / 96 * 2 * Double.pi
                let point = dot(PlotPoint(x: cos(angle), y: sin(angle)))
                canvas.point(x: point.x, y: point.y, ink: circleInk)
            }
            if let transform {
                let ellipse = (0...96).map { step -> (x: Double, y: Double) in
                    let angle = Double(step) / 96 * 2 * Double.pi
                    return dot(transform.apply(PlotPoint(x: cos(angle), y: sin(angle))))
                }
                canvas.polyline(ellipse, ink: Ink(color: .yellow, symbol: "o"))
            }
        }
        // User arrows take palette colours by their own position (cyan first), so they do not
        // repeat the red and green of the transformed basis.
        let basis = basisArrows()
        let allArrows = basis + arrows
        let colorPositions = Array(repeating: 0, count: basis.count) + Array(arrows.indices)
        for (index, arrow) in allArrows.enumerated() {
            drawArrow(
                arrow, ink: ink(for: arrow, colorIndex: colorPositions[index], symbolIndex: index),
                canvas: &canvas, dot: dot)
        }
        frame.draw(into: &buffer, theme: theme)
        canvas.render(into: &buffer, x: frame.plot.x, y: frame.plot.y)
        for (index, arrow) in allArrows.enumerated() {
            drawLabel(
                arrow, ink: ink(for: arrow, colorIndex: colorPositions[index], symbolIndex: index),
                frame: frame, canvas: canvas,
                dot: dot,
                into: &buffer)
        }
    }

    /// The ink of an arrow; ASCII symbols follow the overall position so that every arrow,
    /// basis ones included, stays distinguishable in monochrome.
    private func ink(for arrow: Arrow, colorIndex: Int, symbolIndex: Int) -> Ink {
        Ink(color: arrow.color ?? theme.seriesColor(colorIndex), symbol: theme.seriesSymbol(symbolIndex))
    }

    /// The images of the integer grid lines x = k and y = k under `transform`; where the images
    /// of neighbouring lines would lie closer than `minimumGap` dots (a small plot, or a map that
    /// squeezes one direction), only every n-th line is drawn, so the grid never becomes a wall.
    private func drawGrid(
        _ transform: LinearMap2D, reach: Double, dotsPerUnit: Double,
        segment: (PlotPoint, PlotPoint, Ink) -> Void
    ) {
        let ink = Ink(color: .blue, symbol: ".", attributes: [.dim])
        // Enough lines to cover the view even when the map shrinks the plane.
        let areaScale = max(abs(transform.determinant), 1e-9)
        let stretch = max(hypot(transform.a, transform.c), hypot(transform.b, transform.d), 1e-9)
        let count = Int(min(8, max(2, (reach * stretch / areaScale).rounded(.up))))
        let far = Double(count)
        // The images of x = k and x = k + 1 are parallel lines |det| / |A e₂| apart (and
        // likewise for y = k with A e₁).
        let minimumGap = 3.0
        func every(_ imageOfDirection: Double) -> Int {
            let gap = abs(transform.determinant) / max(imageOfDirection, 1e-9) * dotsPerUnit
            guard gap.isFinite, gap > 0 else { return 1 }
            return gap >= minimumGap ? 1 : Int(min(Double(count), (minimumGap / gap).rounded(.up)))
        }
        let verticalStep = every(hypot(transform.b, transform.d))
        let horizontalStep = every(hypot(transform.a, transform.c))
        for k in -count...count {
            let value = Double(k)
            if k % verticalStep == 0 {
                segment(
                    transform.apply(PlotPoint(x: value, y: -far)),
                    transform.apply(PlotPoint(x: value, y: far)), ink)
            }
            if k % horizontalStep == 0 {
                segment(
                    transform.apply(PlotPoint(x: -far, y: value)),
                    transform.apply(PlotPoint(x: far, y: value)), ink)
            }
        }
    }

    /// The shaft and a two-stroke head, 25 degrees either side of the shaft.
    private func drawArrow(
        _ arrow: Arrow, ink: Ink, canvas: inout Canvas, dot: (PlotPoint) -> (x: Double, y: Double)
    ) {
        let start = dot(arrow.origin)
        let tip = dot(arrow.tip)
        canvas.line(x0: start.x, y0: start.y, x1: tip.x, y1: tip.y, ink: ink)
        let dx = start.x - tip.x
        let dy = start.y - tip.y
        let length = hypot(dx, dy)
        guard length > 1, length.isFinite else { return }
        let headLength = min(4.0, length / 2) * (canvas.marker == .ascii ? 0.5 : 1)
        for turn in [-0.44, 0.44] {
            let ux = (dx * cos(turn) - dy * sin(turn)) / length
            let uy = (dx * sin(turn) + dy * cos(turn)) / length
            canvas.line(
                x0: tip.x, y0: tip.y, x1: tip.x + ux * headLength, y1: tip.y + uy * headLength, ink: ink)
        }
    }

    /// The arrow's label just beyond its head, where that lies inside the plot.
    private func drawLabel(
        _ arrow: Arrow, ink: Ink, frame: ChartFrame, canvas: Canvas,
        dot: (PlotPoint) -> (x: Double, y: Double),
        into buffer: inout Buffer
    ) {
        guard let label = arrow.label, arrow.tip.isFinite, arrow.origin.isFinite else { return }
        let start = dot(arrow.origin)
        let tip = dot(arrow.tip)
        let length = max(hypot(tip.x - start.x, tip.y - start.y), 1e-9)
        let beyond = (
            x: tip.x + (tip.x - start.x) / length * 3, y: tip.y + (tip.y - start.y) / length * 3
        )
        guard let column = Canvas.roundedDot(beyond.x), let row = Canvas.roundedDot(beyond.y) else { return }
        let width = DisplayWidth.width(of: label)
        var x = frame.plot.x + column / canvas.dotsPerCellX
        if tip.x < start.x { x -= width - 1 }
        let y = frame.plot.y + row / canvas.dotsPerCellY
        x = min(max(x, frame.plot.x), frame.plot.maxX - width)
        guard y >= frame.plot.y, y < frame.plot.maxY, x >= frame.plot.x else { return }
        buffer.setString(label, x: x, y: y, style: Style(foreground: ink.color, attributes: [.bold]))
    }
}
