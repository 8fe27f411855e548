/// Lines, polylines and filled areas on a canvas, in (fractional) dot coordinates.
extension Canvas {
    /// Draws a straight line between two dot positions (Bresenham), clipped to the canvas
    /// first so that far-away or huge coordinates cost nothing. Non-finite ends are ignored.
    public mutating func line(x0: Double, y0: Double, x1: Double, y1: Double, ink: Ink) {
        guard
            let clipped = Canvas.clip(
                x0: x0, y0: y0, x1: x1, y1: y1,
                maxX: Double(dotWidth - 1), maxY: Double(dotHeight - 1))
        else { return }
        guard let ax = Canvas.roundedDot(clipped.x0), let ay = Canvas.roundedDot(clipped.y0),
            let bx = Canvas.roundedDot(clipped.x1), let by = Canvas.roundedDot(clipped.y1)
        else { return }
        bresenham(ax, ay, bx, by, ink: ink)
    }

    /// Draws connected segments through `points`; a non-finite point breaks the line.
    public mutating func polyline(_ points: [(x: Double, y: Double)], ink: Ink) {
        var previous: (x: Double, y: Double)?
        for point in points {
            guard point.x.isFinite, point.y.isFinite else {
                previous = nil
                continue
            }
            if let start = previous {
                line(x0: start.x, y0: start.y, x1: point.x, y1: point.y, ink: ink)
            } else {
                self.point(x: point.x, y: point.y, ink: ink)
            }
            previous = point
        }
    }

    /// Fills the area between a polyline and the horizontal dot row `baseline`, one dot
    /// column at a time (interpolating between points), for area charts and density curves.
    public mutating func fillArea(_ points: [(x: Double, y: Double)], baseline: Double, ink: Ink) {
        guard let base = Canvas.roundedDot(min(max(baseline, -1), Double(dotHeight))) else { return }
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard finite.count >= 2 else {
            if let only = finite.first, let x = Canvas.roundedDot(only.x),
                let y = Canvas.roundedDot(min(max(only.y, -1), Double(dotHeight)))
            {
                verticalRun(x: x, from: y, to: base, ink: ink)
            }
            return
        }
        for index in 1..<finite.count {
            let a = finite[index - 1]
            let b = finite[index]
            let left = max(0, Int(min(a.x, b.x).rounded(.up)))
            let right = min(dotWidth - 1, Int(max(a.x, b.x).rounded(.down)))
            guard left <= right else { continue }
            for x in left...right {
                let t = b.x == a.x ? 0 : (Double(x) - a.x) / (b.x - a.x)
                let y = a.y + t * (b.y - a.y)
                guard let top = Canvas.roundedDot(min(max(y, -1), Double(dotHeight))) else { continue }
                verticalRun(x: x, from: top, to: base, ink: ink)
            }
        }
    }

    private mutating func bresenham(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, ink: Ink) {
        var x = x0
        var y = y0
        let dx = abs(x1 - x0)
        let dy = -abs(y1 - y0)
        let stepX = x0 < x1 ? 1 : -1
        let stepY = y0 < y1 ? 1 : -1
        var error = dx + dy
        while true {
            setDot(x: x, y: y, ink: ink)
            if x == x1 && y == y1 { break }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += stepX
            }
            if doubled <= dx {
                error += dx
                y += stepY
            }
        }
    }

    /// Liang-Barsky clipping of a segment to [0, maxX] x [0, maxY]; nil when nothing is left.
    static func clip(
        x0: Double, y0: Double, x1: Double, y1: Double, maxX: Double, maxY: Double
    ) -> (x0: Double, y0: Double, x1: Double, y1: Double)? {
        guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite, maxX >= 0, maxY >= 0 else { return nil }
        let dx = x1 - x0
        let dy = y1 - y0
        var enter = 0.0
        var leave = 1.0
        // Each pair is (p, q) for one edge: the segment is inside where p * t <= q.
        let edges = [(-dx, x0), (dx, maxX - x0), (-dy, y0), (dy, maxY - y0)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return nil }
                continue
            }
            let t = q / p
            if p < 0 {
                if t > leave { return nil }
                enter = max(enter, t)
            } else {
                if t < enter { return nil }
                leave = min(leave, t)
            }
        }
        return (x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy)
    }
}
