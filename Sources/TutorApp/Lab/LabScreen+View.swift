import Grading
import Lessons
import Plot
import TerminalCore

extension LabScreen {
    /// Rows the curves need to be worth drawing beside an open task; with fewer, the open task
    /// takes the whole column and `t` switches back to the curves.
    static let curvesMinimumRows = 16

    /// Draws the title, the knob form, the task, the curves and progress, and the key hints.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let rows = area.rows([.length(1), .fill(1), .length(1)])
        StatusLine(left: Line(" Lab · \(title)"), right: Line(headerState), style: ScreenStyle.titleBar)
            .render(into: &buffer, area: rows[0])
        let formWidth = rows[1].width >= 100 ? 40 : 30
        let columns = rows[1].columns([.length(formWidth), .fill(1)], spacing: 1)
        renderForm(into: &buffer, area: columns[0])
        renderTaskAndCurves(into: &buffer, area: columns[1])
        KeyHints(keyHints).render(into: &buffer, area: rows[2])
        if isShowingHelp {
            Modal.help(title: "Lab keys", hints: helpHints).render(into: &buffer, area: area)
        }
    }

    /// The title bar's right side: the run's state (the last run's verdict once it is over),
    /// then the exercise's saved status, which a failed experiment after a pass leaves passed.
    var headerState: String {
        let run: String
        switch phase {
        case .ready: run = "ready"
        case .running: run = "training…"
        case .paused: run = "paused"
        case .finished(let verdict):
            let result =
                verdict.passed
                ? "passed" : verdict.stopped ? "stopped" : verdict.diverged ? "diverged" : "not passed"
            run = "last run: " + result
        }
        // Short enough for an 80-column title bar beside the lab's name: the saved status is
        // only added where it says something the run's state does not.
        guard exerciseStatus == .passed else { return run }
        if case .finished(let verdict) = phase, verdict.passed { return "passed ✓" }
        return run + " · passed before ✓"
    }

    /// The right column: the open task above the curves when both fit, the open task alone when
    /// they do not, or the task's summary row above the curves when it is closed.
    private func renderTaskAndCurves(into buffer: inout Buffer, area: Rect) {
        guard !task.isEmpty, area.height > 2 else {
            picture.render(into: &buffer, area: area)
            return
        }
        guard task.isOpen else {
            task.renderSummary(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: 1))
            picture.render(into: &buffer, area: area.inset(top: 1, left: 0, bottom: 0, right: 0))
            return
        }
        let taskRows = task.lines(width: area.width).count
        guard taskRows + 1 + Self.curvesMinimumRows <= area.height else {
            task.renderOpen(into: &buffer, area: area)
            return
        }
        task.renderOpen(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: taskRows))
        let rule = String(repeating: "─", count: area.width)
        buffer.setString(
            rule, x: area.x, y: area.y + taskRows, style: ScreenStyle.muted, maxWidth: area.width)
        picture.render(into: &buffer, area: area.inset(top: taskRows + 1, left: 0, bottom: 0, right: 0))
    }

    /// The curves and progress for the current state.
    var picture: LabCurvesPicture {
        var verdict: LabVerdict? = nil
        if case .finished(let final) = phase { verdict = final }
        return LabCurvesPicture(
            curves: curves, metricName: spec.target.metric, targetValue: spec.target.value,
            budget: spec.budgetSteps, progress: progress, verdict: verdict, verdictScroll: verdictScroll,
            theme: theme)
    }

    private func renderForm(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var y = area.y
        buffer.setString("Knobs", x: area.x, y: y, style: ScreenStyle.heading, maxWidth: area.width)
        y += 1
        // A name and its value always have a space between them (`augmentation ◂ off ▸`); a name
        // longer than the column is cut with an ellipsis.
        let nameWidth = min(14, max(4, (fields.map { $0.knob.name.count }.max() ?? 4) + 1))
        for (index, field) in fields.enumerated() where y + 1 < area.maxY {
            let selected = index == selection
            let marker = selected ? "▸ " : "  "
            let name = DisplayWidth.truncate(field.knob.name, to: nameWidth - 1).padding(
                toLength: nameWidth, withPad: " ", startingAt: 0)
            var column = buffer.setString(
                marker + name, x: area.x, y: y, style: selected ? ScreenStyle.heading : .plain,
                maxWidth: area.width)
            let valueWidth = max(1, area.maxX - column)
            if selected && isEditing {
                var input = field.input
                input.viewWidth = valueWidth
                // The field places the terminal cursor itself; underlined so it reads as editable.
                buffer.render(
                    TextInputView(state: input, isFocused: true, style: Style(attributes: .underline)),
                    in: Rect(x: column, y: y, width: valueWidth, height: 1))
            } else {
                let text = field.isChoice ? "◂ \(field.value.description) ▸" : field.value.description
                column = buffer.setString(
                    text, x: column, y: y, style: selected ? ScreenStyle.selection : .plain,
                    maxWidth: valueWidth)
            }
            y += 1
            // Indented under the value, wrapped so no allowed value is cut off.
            for line in field.rangeLines(width: max(1, area.width - 4)) where y < area.maxY {
                buffer.setString(
                    "    " + line, x: area.x, y: y, style: ScreenStyle.muted, maxWidth: area.width)
                y += 1
            }
        }
        y += 1
        guard y < area.maxY else { return }
        buffer.setString("Target", x: area.x, y: y, style: ScreenStyle.heading, maxWidth: area.width)
        y += 1
        let target = Paragraph(StyledText(LabReport.target(spec, runs: runner.comparedRuns.count)))
        let targetHeight = min(target.lineCount(width: area.width), max(0, area.maxY - y))
        buffer.render(target, in: Rect(x: area.x, y: y, width: area.width, height: targetHeight))
        y += targetHeight + 1
        if let notice, y < area.maxY {
            let isError = fields.indices.contains(selection) && fields[selection].error != nil
            let paragraph = Paragraph(
                StyledText(notice, style: isError ? ScreenStyle.alarm : ScreenStyle.notice))
            buffer.render(paragraph, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y))
        }
    }
}
