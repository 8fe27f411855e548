import TerminalCore

extension ReaderScreen {
    /// Draws the stage and step position on top, a notice (or, on the last step, the way to the
    /// next stage) under it, then the visible part of the step.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 3, area.width >= 10 else { return }
        let layout = ReaderLayout(reader: self, width: area.width)
        let visible = area.height - 2
        let top = min(scroll, max(0, layout.rows.count - visible))
        let position = "step \(stepIndex + 1)/\(max(1, stage.steps.count))"
        let more = layout.rows.count > top + visible ? "  ↓ more" : (top > 0 ? "  (end)" : "")
        let header = StatusLine(
            left: Line([
                Span("Stage \(stage.order) · ", style: TutorTheme.muted),
                Span(stage.title, style: TutorTheme.accent),
            ]),
            right: Line([Span(position, style: TutorTheme.heading), Span(more, style: TutorTheme.muted)]),
            style: .plain)
        buffer.render(header, in: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1))
        if let notice {
            buffer.setString(
                notice, x: area.x + 2, y: area.y + 1, style: TutorTheme.notice, maxWidth: area.width - 4)
        } else if let end = stageEndLine(width: area.width - 4) {
            // The last step says where the stage ends and what → does now, in the row a notice uses.
            _ = end.draw(into: &buffer, x: area.x + 2, y: area.y + 1, maxWidth: area.width - 4)
        }
        let x = area.x + 2
        let textWidth = ReaderLayout.textWidth(for: area.width)
        var renderedPreviews: [String: Buffer] = [:]
        for row in 0..<visible {
            let index = top + row
            guard layout.rows.indices.contains(index) else { break }
            let y = area.y + 2 + row
            switch layout.rows[index] {
            case .line(let line):
                _ = line.draw(into: &buffer, x: x, y: y, maxWidth: area.maxX - x)
            case .preview(let visualID, let previewRow, let height):
                if renderedPreviews[visualID] == nil, case .success(let screen) = previews[visualID] {
                    // Two rows more than shown: the visual's status and key lines are cut, since
                    // they speak of keys ("m draws 10", "entry b") that only work once the visual
                    // is opened with Enter.
                    var preview = Buffer(width: textWidth, height: height + 2)
                    screen.render(into: &preview, area: preview.area)
                    renderedPreviews[visualID] = preview
                }
                guard let preview = renderedPreviews[visualID] else { continue }
                for column in 0..<min(textWidth, area.maxX - x) {
                    buffer.setCell(preview[column, previewRow], x: x + column, y: y)
                }
            }
        }
    }
}
