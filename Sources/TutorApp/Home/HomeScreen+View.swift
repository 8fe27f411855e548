import TerminalCore

extension HomeScreen {
    /// Draws the stage list and the detail pane into `area` (the screen minus its title bar
    /// and footer).
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let listWidth = min(46, max(30, (area.width + 8) / 2))
        let columns = area.columns([.length(listWidth), .length(1), .fill(1)])
        guard columns.count == 3 else { return }
        // A blank row under the title bar when there is room; at the minimum height every
        // row is needed to show all seven stages.
        let top = area.height >= 17 ? 1 : 0
        renderStageList(into: &buffer, area: columns[0].inset(top: top, left: 1, bottom: 0, right: 1))
        for y in columns[1].y..<columns[1].maxY {
            buffer.setString("│", x: columns[1].x, y: y, style: TutorTheme.separator)
        }
        if let stage = selectedStage {
            let detail = StageDetail(stage: stage, stageCount: stages.count)
            buffer.render(detail, in: columns[2].inset(top: top, left: 2, bottom: 0, right: 1))
        }
    }

    /// The list: a heading, then two rows per stage (number and title; tagline), the
    /// selected stage highlighted and scrolled into view when the area is short.
    private func renderStageList(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 1 else { return }
        buffer.setString("Curriculum", x: area.x, y: area.y, style: TutorTheme.heading, maxWidth: area.width)
        let rows = area.inset(top: 2, left: 0, bottom: 0, right: 0)
        let visibleStages = max(1, rows.height / 2)
        let offset = ListState.offset(keeping: selection, visible: visibleStages, from: 0)
        for (row, index) in (offset..<min(stages.count, offset + visibleStages)).enumerated() {
            let stage = stages[index]
            let y = rows.y + row * 2
            let isSelected = index == selection
            let marker = isSelected ? "▸ " : "  "
            let number = "\(stage.number)  "
            var x = buffer.setString(marker, x: rows.x, y: y, style: TutorTheme.accent, maxWidth: rows.width)
            x = buffer.setString(number, x: x, y: y, style: TutorTheme.muted, maxWidth: rows.maxX - x)
            buffer.setString(stage.title, x: x, y: y, style: TutorTheme.heading, maxWidth: rows.maxX - x)
            let taglineX = rows.x + DisplayWidth.width(of: marker + number)
            if y + 1 < rows.maxY {
                let tagline = DisplayWidth.truncate(stage.tagline, to: rows.maxX - taglineX)
                buffer.setString(tagline, x: taglineX, y: y + 1, style: TutorTheme.muted)
            }
            if isSelected {
                let highlight = Rect(x: rows.x, y: y, width: rows.width, height: min(2, rows.maxY - y))
                buffer.restyle(highlight) { $0.patched(with: TutorTheme.selection) }
            }
        }
    }
}

/// What one stage teaches, as the home screen's right-hand pane shows it.
struct StageDetail: Widget {
    var stage: CurriculumStage
    var stageCount: Int

    /// The pane's lines at `width` cells: position, title, tagline, the state of its lessons,
    /// then the topics as wrapped bullets.
    func lines(width: Int) -> [Line] {
        var lines: [Line] = [
            Line("Stage \(stage.number) of \(stageCount)", style: TutorTheme.muted),
            Line(stage.title, style: TutorTheme.accent),
        ]
        lines += WordWrap.wrap(Line(stage.tagline, style: TutorTheme.tagline), width: width)
        lines.append("")
        lines += WordWrap.wrap(
            Line("Lessons for this stage are not written yet.", style: TutorTheme.notice), width: width)
        lines.append("")
        lines.append(Line("What it teaches", style: TutorTheme.heading))
        for topic in stage.topics {
            let wrapped = WordWrap.wrap(topic, width: max(1, width - 2))
            for (index, text) in wrapped.enumerated() {
                lines.append(Line(index == 0 ? "• " + text : "  " + text))
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
            let note = DisplayWidth.truncate("… (more in a larger window)", to: area.width)
            shown.append(Line(note, style: TutorTheme.muted))
        }
        for (row, line) in shown.enumerated() {
            line.draw(into: &buffer, x: area.x, y: area.y + row, maxWidth: area.width)
        }
    }
}
