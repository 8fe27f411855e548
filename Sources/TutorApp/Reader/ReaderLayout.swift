import Grading
import Lessons
import TerminalCore

/// One row of a step as laid out for the screen: a line of text, or a row of a visual's live
/// preview (drawn by the visual's own screen).
enum ReaderRow {
    case line(Line)
    case preview(visualID: String, row: Int, height: Int)
}

/// A step laid out at a width: its rows, and which rows each card occupies (for scrolling a
/// focused card into view).
struct ReaderLayout {
    /// The rows from the top of the step.
    var rows: [ReaderRow] = []
    /// The rows of card `i` (its index in `ReaderScreen.cards`).
    var cardRows: [Int: Range<Int>] = [:]

    /// The widest text column, so lines stay readable on wide terminals.
    static let maximumTextWidth = 100

    /// The text width used inside an area `width` cells wide.
    static func textWidth(for width: Int) -> Int { max(20, min(maximumTextWidth, width - 4)) }

    init(reader: ReaderScreen, width: Int) {
        guard let step = reader.step else { return }
        let textWidth = Self.textWidth(for: width)
        rows += WordWrap.wrap(Line(step.title, style: MarkdownRenderer.headingStyle), width: textWidth).map {
            .line($0)
        }
        rows.append(.line(Line([])))
        var cardIndex = 0
        for block in step.blocks {
            switch block {
            case .text(let markdown):
                rows += MarkdownRenderer.lines(markdown, width: textWidth).map { .line($0) }
                rows.append(.line(Line([])))
            case .exercise(let exercise):
                let start = rows.count
                rows += Self.exerciseCard(
                    exercise, status: reader.status(of: exercise), focused: reader.focus == cardIndex,
                    width: textWidth
                ).map { .line($0) }
                cardRows[cardIndex] = start..<rows.count
                rows.append(.line(Line([])))
                cardIndex += 1
            case .visual(let visual):
                let start = rows.count
                rows += Self.visualHeader(visual, focused: reader.focus == cardIndex, width: textWidth).map {
                    .line($0)
                }
                switch reader.previews[visual.id] {
                case .success:
                    let height = Self.previewHeight(viewportHeight: reader.viewport.height)
                    rows += (0..<height).map { .preview(visualID: visual.id, row: $0, height: height) }
                case .failure(let failure):
                    rows += WordWrap.wrap(
                        Line("  " + failure.description, style: TutorTheme.notice), width: textWidth
                    )
                    .map { .line($0) }
                case nil:
                    break
                }
                cardRows[cardIndex] = start..<rows.count
                rows.append(.line(Line([])))
                cardIndex += 1
            }
        }
        while case .line(let last) = rows.last, last.plainText.isEmpty { rows.removeLast() }
    }

    /// How tall a visual's preview is: a third to a half of the reader, so prose stays in view.
    static func previewHeight(viewportHeight: Int) -> Int { min(16, max(8, viewportHeight / 2)) }

    /// The marker and words for an exercise status.
    static func statusText(_ status: ExerciseStatus) -> (String, Style) {
        switch status {
        case .passed: ("✓ passed", Style(foreground: .green, attributes: .bold))
        case .attempted: ("● tried, not passed yet", Style(foreground: .yellow))
        case .notStarted: ("○ not started", TutorTheme.muted)
        }
    }

    /// An exercise as a card: kind and title with its status, the prompt's first lines, how to open.
    static func exerciseCard(_ exercise: Exercise, status: ExerciseStatus, focused: Bool, width: Int)
        -> [Line]
    {
        let bar = Span(focused ? "▶ " : "▌ ", style: TutorTheme.accent)
        let (statusWords, statusStyle) = statusText(status)
        var title = Line([
            bar, Span("Exercise (\(exercise.kind.name)): ", style: TutorTheme.accent),
            Span(exercise.title, style: TutorTheme.heading), Span("  "),
            Span(statusWords, style: statusStyle),
        ])
        if focused {
            title = Line(
                title.spans.map { Span($0.text, style: $0.style.patched(with: TutorTheme.selection)) })
        }
        var lines = WordWrap.wrap(title, width: width)
        let prompt = exercise.prompt.split(separator: "\n").first.map(String.init) ?? ""
        let promptLines = WordWrap.wrap(Line(MarkdownInline.spans(prompt)), width: width - 2).prefix(2)
        lines += promptLines.map { Line([Span("▌ ", style: TutorTheme.accent)] + $0.spans) }
        lines.append(
            Line([
                Span("▌ ", style: TutorTheme.accent),
                Span(
                    focused ? "Enter opens this exercise" : "Tab to focus, Enter to open",
                    style: TutorTheme.muted),
            ]))
        return lines
    }

    /// A visual's header line above its preview.
    static func visualHeader(_ visual: Visualization, focused: Bool, width: Int) -> [Line] {
        let bar = Span(focused ? "▶ " : "▌ ", style: TutorTheme.accent)
        var line = Line([
            bar, Span("Visual: ", style: TutorTheme.accent),
            Span(visual.title ?? visual.kind, style: TutorTheme.heading),
            Span(
                focused ? "  (Enter: interactive, r: replay)" : "  (Tab, Enter: interactive)",
                style: TutorTheme.muted),
        ])
        if focused {
            line = Line(line.spans.map { Span($0.text, style: $0.style.patched(with: TutorTheme.selection)) })
        }
        return WordWrap.wrap(line, width: width)
    }
}
