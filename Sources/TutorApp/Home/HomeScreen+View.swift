import TerminalCore

extension HomeScreen {
    /// Draws the continue line and total progress on top, then the stage list and the detail
    /// pane into `area` (the screen minus its title bar and footer).
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 4, area.width >= 20 else { return }
        let top = renderBanner(into: &buffer, area: area)
        let body = Rect(x: area.x, y: top, width: area.width, height: area.maxY - top)
        let listWidth = min(48, max(32, (area.width + 8) / 2))
        let columns = body.columns([.length(listWidth), .length(1), .fill(1)])
        guard columns.count == 3 else { return }
        renderStageList(into: &buffer, area: columns[0].inset(top: 0, left: 1, bottom: 0, right: 1))
        for y in columns[1].y..<columns[1].maxY {
            buffer.setString("│", x: columns[1].x, y: y, style: TutorTheme.separator)
        }
        if let entry = selectedEntry {
            let detail = StageDetail(
                entry: entry, isRecommended: selection == recommendedIndex && !entry.isComplete)
            buffer.render(detail, in: columns[2].inset(top: 0, left: 2, bottom: 0, right: 1))
        }
    }

    /// The continue line and the total; returns the first free row.
    private func renderBanner(into buffer: inout Buffer, area: Rect) -> Int {
        var y = area.y
        let x = area.x + 1
        let width = area.width - 2
        if let continueLabel {
            let line = Line([
                Span("c ", style: Style(attributes: [.bold, .reverse])),
                Span(" Continue: ", style: TutorTheme.accent),
                Span(continueLabel),
            ])
            _ = line.draw(into: &buffer, x: x, y: y, maxWidth: width)
        } else {
            let line = Line([Span("New here? ", style: TutorTheme.accent), Span(welcomeText)])
            _ = line.draw(into: &buffer, x: x, y: y, maxWidth: width)
        }
        y += 1
        let (passed, total) = totals
        let label = "Total: \(passed)/\(total) exercises passed  "
        buffer.setString(label, x: x, y: y, style: TutorTheme.muted, maxWidth: width)
        let barWidth = min(30, width - label.count)
        if barWidth >= 8 {
            let bar = ProgressBar(fraction: total == 0 ? 0 : Double(passed) / Double(total), label: "")
            buffer.render(bar, in: Rect(x: x + label.count, y: y, width: barWidth, height: 1))
        }
        y += 1
        for notice in notices.prefix(area.height >= 22 ? 2 : 1) {
            buffer.setString("! " + notice, x: x, y: y, style: TutorTheme.notice, maxWidth: width)
            y += 1
        }
        return y + (area.height >= 20 ? 1 : 0)
    }

    /// The list: a heading, then two rows per stage (number, title and count; a bar or state),
    /// the selected stage highlighted and scrolled into view when the area is short.
    private func renderStageList(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 2 else { return }
        buffer.setString(
            "Stages, in the recommended order", x: area.x, y: area.y, style: TutorTheme.heading,
            maxWidth: area.width)
        let rows = area.inset(top: 1, left: 0, bottom: 0, right: 0)
        let visible = max(1, rows.height / 2)
        let offset = ListState.offset(keeping: selection, visible: visible, from: 0)
        let recommended = recommendedIndex
        for (row, index) in (offset..<min(entries.count, offset + visible)).enumerated() {
            let entry = entries[index]
            let y = rows.y + row * 2
            let isSelected = index == selection
            let marker = isSelected ? "▸ " : "  "
            var x = buffer.setString(marker, x: rows.x, y: y, style: TutorTheme.accent, maxWidth: rows.width)
            x = buffer.setString(
                "\(entry.number)  ", x: x, y: y, style: TutorTheme.muted, maxWidth: rows.maxX - x)
            let count = entry.stage == nil ? "" : " \(entry.passedCount)/\(entry.exerciseCount)"
            let titleWidth = max(1, rows.maxX - x - count.count)
            buffer.setString(entry.title, x: x, y: y, style: TutorTheme.heading, maxWidth: titleWidth)
            buffer.setString(count, x: rows.maxX - count.count, y: y, style: TutorTheme.muted)
            let indent = rows.x + 5
            if y + 1 < rows.maxY {
                let second = Rect(x: indent, y: y + 1, width: max(1, rows.maxX - indent), height: 1)
                switch entry.availability {
                case .ready:
                    let (tag, tagStyle) = Self.tag(
                        isComplete: entry.isComplete, isRecommended: index == recommended,
                        isLater: recommended.map { index > $0 } == true)
                    let barWidth = max(4, second.width - DisplayWidth.width(of: tag))
                    buffer.render(
                        ProgressBar(fraction: entry.fraction, label: ""),
                        in: Rect(x: second.x, y: second.y, width: barWidth, height: 1))
                    buffer.setString(tag, x: second.x + barWidth, y: second.y, style: tagStyle)
                case .broken:
                    buffer.setString(
                        "⚠ lesson file broken", x: second.x, y: second.y, style: TutorTheme.notice,
                        maxWidth: second.width)
                case .comingSoon:
                    buffer.setString(
                        "coming soon", x: second.x, y: second.y, style: TutorTheme.muted,
                        maxWidth: second.width)
                }
            }
            if isSelected {
                let highlight = Rect(x: rows.x, y: y, width: rows.width, height: 1)
                buffer.restyle(highlight) { $0.patched(with: TutorTheme.selection) }
            }
        }
    }
}

extension HomeScreen {
    /// The word after a stage's bar: a completed stage is done wherever it lies on the path;
    /// otherwise the recommended one is next and those after it are for later.
    static func tag(isComplete: Bool, isRecommended: Bool, isLater: Bool) -> (String, Style) {
        if isComplete { return (" ✓ done", Style(foreground: .green)) }
        if isRecommended { return (" next", Style(foreground: .green, attributes: .bold)) }
        return (isLater ? " later" : "", TutorTheme.muted)
    }
}

/// What one stage teaches and where the learner stands in it, as the right-hand pane shows it.
struct StageDetail: Widget {
    var entry: StageEntry
    var isRecommended: Bool

    /// The pane's lines at `width` cells.
    func lines(width: Int) -> [Line] {
        var lines: [Line] = [
            Line(
                "Stage \(entry.number)" + (isRecommended ? "  (recommended next)" : ""),
                style: TutorTheme.muted),
            Line(entry.title, style: TutorTheme.accent),
        ]
        lines += WordWrap.wrap(Line(entry.tagline, style: TutorTheme.tagline), width: width)
        lines.append("")
        switch entry.availability {
        case .ready(let stage):
            let counts =
                "\(stage.steps.count) steps · \(entry.exerciseCount) exercises · \(entry.passedCount) passed"
            lines += WordWrap.wrap(Line(counts), width: width)
            if entry.attemptedCount > 0 {
                lines.append(
                    Line("\(entry.attemptedCount) tried, not passed yet", style: Style(foreground: .yellow)))
            }
            if entry.isComplete {
                lines.append(Line("✓ Every exercise passed.", style: Style(foreground: .green)))
            }
            let opening =
                stage.steps.indices.contains(entry.openingStep) && entry.openingStep > 0
                ? "Enter opens the lesson where you left it: step \(entry.openingStep + 1)/\(stage.steps.count)."
                : "Enter opens the lesson."
            lines += WordWrap.wrap(Line(opening, style: Style(foreground: .green)), width: width)
        case .broken(let message):
            lines += WordWrap.wrap(
                Line("This lesson file could not be read:", style: TutorTheme.notice), width: width)
            lines += WordWrap.wrap(Line(message, style: TutorTheme.notice), width: width)
        case .comingSoon:
            lines += WordWrap.wrap(
                Line(
                    "Coming soon: the lessons for this stage are not written yet.", style: TutorTheme.notice),
                width: width)
        }
        if !entry.topics.isEmpty {
            lines.append("")
            lines.append(Line("What it teaches", style: TutorTheme.heading))
            for topic in entry.topics {
                let wrapped = WordWrap.wrap(topic, width: max(1, width - 2))
                for (index, text) in wrapped.enumerated() {
                    lines.append(Line(index == 0 ? "• " + text : "  " + text))
                }
            }
        }
        if !entry.exerciseStatuses.isEmpty {
            lines.append("")
            lines.append(Line("Exercises", style: TutorTheme.heading))
            for (title, status) in entry.exerciseStatuses {
                let (mark, style) =
                    switch status {
                    case .passed: ("✓ ", Style(foreground: .green))
                    case .attempted: ("● ", Style(foreground: .yellow))
                    case .notStarted: ("○ ", TutorTheme.muted)
                    }
                lines.append(
                    Line([
                        Span(mark, style: style), Span(DisplayWidth.truncate(title, to: max(1, width - 2))),
                    ]))
            }
        }
        return lines
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var shown = lines(width: area.width)
        if shown.count > area.height {
            // Say that something was cut rather than end mid-list without a sign.
            shown = Array(shown.prefix(max(0, area.height - 1)))
            shown.append(
                Line(
                    DisplayWidth.truncate("… (more in a larger window)", to: area.width),
                    style: TutorTheme.muted))
        }
        for (row, line) in shown.enumerated() {
            _ = line.draw(into: &buffer, x: area.x, y: area.y + row, maxWidth: area.width)
        }
    }
}
