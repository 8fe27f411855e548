import Plot
import TerminalCore

extension VisualizerScreen {
    /// Draws the title bar, the picture, the status line and the key hints into `area`,
    /// with the help overlay on top when it is open.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let rows = area.rows([.length(1), .fill(1), .length(1), .length(1)])
        let title = titleParts(width: area.width)
        StatusLine(left: Line(title.left), right: Line(title.right), style: ScreenStyle.titleBar)
            .render(into: &buffer, area: rows[0])
        picture.render(into: &buffer, area: rows[1])
        let state = isPlaying ? "▶ playing" : "❚❚ paused"
        let rate = Self.speeds[speedIndex]
        let speed = "\(rate.steps * 1000 / rate.milliseconds) steps/s"
        // A notice (the surface's one-line lesson) needs the room more than the speed does.
        let details =
            notice != nil && area.width < DescentPicture.wideWidth
            ? "step \(stepCount)" : "step \(stepCount) · \(speed)"
        let left = Line([Span(" \(state) ", style: ScreenStyle.heading), Span(details)])
        let right = notice.map { Line($0, style: ScreenStyle.notice) } ?? Line("")
        StatusLine(left: left, right: right, style: .plain).render(into: &buffer, area: rows[2])
        KeyHints(keyHints).render(into: &buffer, area: rows[3])
        if isShowingHelp {
            Modal.help(title: "Visualizer keys", hints: helpHints).render(into: &buffer, area: area)
        }
    }

    /// The title bar's text for the screen width: the surface, its formula and where its
    /// minimum is, dropping the screen's name and then the minimum when they do not fit.
    func titleParts(width: Int) -> (left: String, right: String) {
        let minimum =
            surface.minimum.map {
                "min \(ValueText.short(surface.value($0))) at \(ValueText.point($0.x, $0.y))"
            }
            ?? "no minimum (saddle at (0, 0))"
        let full = " Gradient descent · \(surface.name)  \(surface.formula)"
        let short = " \(surface.name)  \(surface.formula)"
        for left in [full, short]
        where DisplayWidth.width(of: left) + DisplayWidth.width(of: minimum) + 3 <= width {
            return (left, minimum)
        }
        return (short, "")
    }

    /// The shared picture for the current state.
    var picture: DescentPicture {
        DescentPicture(
            surface: surface, field: field,
            entries: racers.map { racer in
                DescentLegendEntry(
                    optimizer: racer.optimizer, name: racer.name,
                    isEnabled: enabled.contains(racer.optimizer),
                    points: racer.points, lossSeries: racer.lossSeries, loss: racer.loss,
                    status: racer.status,
                    learningRate: settings.learningRate(for: racer.optimizer))
            },
            settingsLines: [
                "lr \(ValueText.short(settings.gradientRate)) · adaptive lr \(ValueText.short(settings.adaptiveRate))",
                "μ \(ValueText.short(settings.momentum)) · β₁ \(ValueText.short(settings.beta1)) · β₂ \(ValueText.short(settings.beta2))",
                "start \(ValueText.point(startPoint.x, startPoint.y))",
            ], theme: theme)
    }
}
