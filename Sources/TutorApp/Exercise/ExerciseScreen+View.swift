import Grading
import Lessons
import TerminalCore

extension ExerciseScreen {
    /// Draws the exercise into `area`: a header, then the prompt pane and the answer input laid
    /// out for the kind and the width, and the solution question on top when it is asked.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 6, area.width >= 20 else { return }
        renderHeader(into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1))
        let body = Rect(x: area.x + 1, y: area.y + 2, width: area.width - 2, height: area.height - 2)
        switch input {
        case .code(let editor): renderCode(editor, into: &buffer, area: body)
        case .numeric(let state): renderNumeric(state, into: &buffer, area: body)
        case .choice, .lab: renderPane(paneLines(width: body.width), into: &buffer, area: body)
        }
        if let confirmation = solutionConfirmation {
            let question = StyledText(
                "You have not passed yet. Show the solution anyway? Trying once more with the hints "
                    + "usually teaches more.")
            buffer.render(Modal.confirm(title: "Solution", question: question, state: confirmation), in: area)
        }
    }

    /// The prompt, the choice options, the hints shown, the result and the solution, as lines.
    func paneLines(width: Int, includingResult: Bool = true) -> [Line] {
        var lines = MarkdownRenderer.lines(exercise.prompt, width: width)
        if case .choice(let cursor, let picked) = input, case .choice(let spec) = exercise.kind {
            lines.append(Line([]))
            lines += optionLines(spec, cursor: cursor, picked: picked, width: width)
        }
        if isCode {
            // Code keeps hints and the solution beside the report, below the editor, where
            // they stay in view while the prompt pane is short.
            if !exercise.hints.isEmpty && hintsShown == 0 {
                lines.append(Line([]))
                lines.append(hintsAvailableLine)
            }
            return lines
        }
        lines += hintLines(width: width)
        if includingResult { lines += resultLines(width: width) }
        lines += solutionLines(width: width)
        return lines
    }

    /// Whether this is a code exercise (laid out with the editor).
    var isCode: Bool {
        if case .code = exercise.kind { return true }
        return false
    }

    /// "3 hints available (h / F2)."
    private var hintsAvailableLine: Line {
        let count = exercise.hints.count
        return Line("\(count) hint\(count == 1 ? "" : "s") available (h / F2).", style: TutorTheme.muted)
    }

    /// The hints revealed so far (or how many there are, before the first).
    func hintLines(width: Int) -> [Line] {
        var lines: [Line] = []
        if hintsShown > 0 {
            lines.append(Line([]))
            for (index, hint) in exercise.hints.prefix(hintsShown).enumerated() {
                let label = Span(
                    "Hint \(index + 1)/\(exercise.hints.count): ",
                    style: Style(foreground: .yellow, attributes: .bold))
                lines += WordWrap.wrap(Line([label] + MarkdownInline.spans(hint)), width: width)
            }
        } else if !exercise.hints.isEmpty && !isCode {
            lines.append(Line([]))
            lines.append(hintsAvailableLine)
        }
        return lines
    }

    /// The solution, once shown.
    func solutionLines(width: Int) -> [Line] {
        guard isShowingSolution else { return [] }
        var lines: [Line] = [Line([]), Line("Solution", style: TutorTheme.heading)]
        if isCode {
            lines += MarkdownRenderer.codeBlock(
                solutionText.components(separatedBy: "\n"), language: "python", width: width)
        } else {
            lines += solutionText.components(separatedBy: "\n").flatMap {
                WordWrap.wrap(Line($0), width: width)
            }
        }
        return lines
    }

    /// The grade, the notice, or what is happening, as lines (empty when there is nothing to say).
    func resultLines(width: Int) -> [Line] {
        var lines: [Line] = []
        if isGrading {
            lines.append(Line("Checking your answer…", style: Style(foreground: .yellow)))
        } else if let report {
            let verdict =
                report.passed
                ? Span("✓ Passed: ", style: Style(foreground: .green, attributes: .bold))
                : Span("✗ Not yet: ", style: Style(foreground: .red, attributes: .bold))
            lines += WordWrap.wrap(Line([verdict, Span(report.summary)]), width: width)
            if case .choice = exercise.kind {
            } else {
                for detail in report.details {
                    lines += detail.components(separatedBy: "\n").flatMap {
                        WordWrap.wrap(Line($0), width: width)
                    }
                }
            }
            if report.passed && !isShowingSolution {
                lines += WordWrap.wrap(Line(afterPassText, style: TutorTheme.muted), width: width)
            }
        } else if hasPassed && !isShowingSolution {
            // Reopened after a pass: say so, and what the keys do now that they are commands.
            let passed = Span("✓ Passed before. ", style: Style(foreground: .green, attributes: .bold))
            lines += WordWrap.wrap(
                Line([passed, Span(afterPassText, style: TutorTheme.muted)]), width: width)
        }
        if let notice {
            lines += WordWrap.wrap(Line(notice, style: TutorTheme.notice), width: width)
        }
        if !lines.isEmpty { lines.insert(Line([]), at: 0) }
        if isCode {
            lines = hintLines(width: width) + lines + solutionLines(width: width)
            if lines.first?.plainText.isEmpty == true { lines.removeFirst() }
        }
        return lines
    }

    /// What the keys do once the exercise has passed, in the words of its kind: Enter types
    /// again in a numeric or code answer, but grades the highlighted (or picked) options in a
    /// choice, as `choiceKey` does.
    var afterPassText: String {
        let enter =
            switch exercise.kind {
            case .choice(let spec):
                spec.allowsMultiple
                    ? "Enter checks the picked options" : "Enter checks the highlighted option"
            case .numeric: "Enter edits the answer again"
            case .code, .lab: "Enter edits the code again"
            }
        return "s shows the reference solution, q goes back, \(enter)."
    }

    private func optionLines(_ spec: ChoiceSpec, cursor: Int, picked: Set<Int>, width: Int) -> [Line] {
        var lines: [Line] = []
        let graded = gradedAnswer.map { answer in
            Set(
                answer.split(separator: ",").compactMap { label in
                    label.first?.asciiValue.map { Int($0) - 97 }
                })
        }
        for (index, option) in spec.options.enumerated() {
            let box =
                spec.allowsMultiple
                ? (picked.contains(index) ? "[x]" : "[ ]") : (picked.contains(index) ? "(•)" : "( )")
            let marker = index == cursor ? "▸ " : "  "
            let head = "\(box) \(ChoiceSpec.label(for: index))) "
            // Lines after the first hang under the option's text, not under its box.
            let indent = DisplayWidth.width(of: marker + head)
            let wrapped = WordWrap.wrap(
                Line(MarkdownInline.spans(option.text)), width: max(8, width - indent))
            for (row, text) in wrapped.enumerated() {
                let lead =
                    row == 0
                    ? [Span(marker, style: TutorTheme.accent), Span(head)]
                    : [Span(String(repeating: " ", count: indent))]
                var line = Line(lead + text.spans)
                if index == cursor {
                    line = Line(
                        line.spans.map { Span($0.text, style: $0.style.patched(with: TutorTheme.selection)) })
                }
                lines.append(line)
            }
            if let graded, graded.contains(index), !isGrading {
                let verdict =
                    option.isCorrect
                    ? Span("✓ right", style: Style(foreground: .green))
                    : Span("✗ not right", style: Style(foreground: .red))
                let feedback = option.feedback.map { ": " + $0 } ?? ""
                let wrapped = WordWrap.wrap(Line([verdict, Span(feedback)]), width: max(8, width - 6))
                lines += wrapped.map { Line([Span("      ")] + $0.spans) }
            }
        }
        if spec.allowsMultiple {
            lines.append(Line("More than one option may be right.", style: TutorTheme.muted))
        }
        return lines
    }

    /// Draws `lines` scrolled by `scroll` (by default the pane's), clamped so the end stays at
    /// the bottom. When there is more than fits, a "↓ PgDn" / "↑ PgUp" mark says so without
    /// covering any text: it is returned for the caller to draw on the border below the pane
    /// when `markBelow` is set, else the pane's last row is kept for it. A pane the paging
    /// keys do not scroll (`pages` false) is marked "↓ more" instead.
    @discardableResult
    func renderPane(
        _ lines: [Line], scroll: Int? = nil, into buffer: inout Buffer, area: Rect, markBelow: Bool = false,
        pages: Bool = true
    ) -> String? {
        guard !area.isEmpty else { return nil }
        let overflows = lines.count > area.height
        let markRow = overflows && !markBelow && area.height > 1
        let rows = markRow ? area.height - 1 : area.height
        let maximum = max(0, lines.count - rows)
        let top = min(scroll ?? paneScroll, maximum)
        let mark = top < maximum ? (pages ? "↓ PgDn" : "↓ more") : (pages ? "↑ PgUp" : "↑ more")
        let markWidth = DisplayWidth.width(of: mark)
        // A one-row pane has no row to spare: its text ends where the mark begins.
        let cramped = overflows && !markBelow && !markRow
        for row in 0..<rows where top + row < lines.count {
            let width = cramped ? max(0, area.width - markWidth - 1) : area.width
            _ = lines[top + row].draw(into: &buffer, x: area.x, y: area.y + row, maxWidth: width)
        }
        guard overflows else { return nil }
        if markBelow { return mark }
        buffer.setString(mark, x: area.maxX - markWidth, y: area.maxY - 1, style: TutorTheme.muted)
        return nil
    }

    private func renderNumeric(_ state: TextInputState, into buffer: inout Buffer, area: Rect) {
        let pane = Rect(x: area.x, y: area.y, width: area.width, height: max(1, area.height - 2))
        renderPane(paneLines(width: area.width), into: &buffer, area: pane)
        let y = area.maxY - 1
        let label = "Your answer: "
        buffer.setString(label, x: area.x, y: y, style: TutorTheme.heading)
        let field = Rect(
            x: area.x + label.count, y: y, width: max(1, area.width - label.count), height: 1)
        buffer.render(
            TextInputView(
                state: state, placeholder: "a number like 0.25 or 1/4, or a list like [1, 2]",
                isFocused: isTyping,
                style: Style(attributes: .underline)),
            in: field)
    }

    private func renderCode(_ editor: CodeEditorState, into buffer: inout Buffer, area: Rect) {
        if area.width >= 120 {
            let columns = area.columns([.percentage(42), .length(1), .fill(1)])
            guard columns.count == 3 else { return }
            renderPromptAndResult(
                into: &buffer, area: columns[0].inset(top: 0, left: 0, bottom: 0, right: 1), editorRows: 0)
            for y in columns[1].y..<columns[1].maxY {
                buffer.setString("│", x: columns[1].x, y: y, style: TutorTheme.separator)
            }
            renderEditor(editor, into: &buffer, area: columns[2].inset(top: 0, left: 1, bottom: 0, right: 0))
            return
        }
        let (editorArea, promptMark) = renderPromptAndResult(into: &buffer, area: area, editorRows: 8)
        renderEditor(editor, into: &buffer, area: editorArea, promptMark: promptMark)
    }

    /// Draws the prompt on top and the result at the bottom of `area`, leaving at least
    /// `editorRows` between them; returns the rows left between them (for the editor) and,
    /// when the editor goes there, the prompt's scroll mark for the editor's rule to show.
    @discardableResult
    private func renderPromptAndResult(into buffer: inout Buffer, area: Rect, editorRows: Int) -> (
        editor: Rect, promptMark: String?
    ) {
        let result = resultLines(width: area.width)
        let prompt = paneLines(width: area.width, includingResult: false)
        // A fresh report may take half the height: its first failure is what the learner needs.
        let resultLimit = editorRows == 0 ? area.height * 2 / 3 : max(4, area.height / 2)
        let resultHeight = result.isEmpty ? 0 : min(result.count, resultLimit)
        let remaining = area.height - resultHeight
        let promptLimit = editorRows == 0 ? remaining : max(3, min(remaining - editorRows, remaining / 3 + 1))
        let promptHeight = max(1, min(prompt.count, promptLimit))
        let promptMark = renderPane(
            prompt, scroll: paneScroll, into: &buffer,
            area: Rect(x: area.x, y: area.y, width: area.width, height: promptHeight),
            markBelow: editorRows > 0, pages: !scrollsResult)
        if resultHeight > 0 {
            let resultArea = Rect(
                x: area.x, y: area.maxY - resultHeight, width: area.width, height: resultHeight)
            renderPane(result, scroll: resultScroll, into: &buffer, area: resultArea)
        }
        let editor = Rect(
            x: area.x, y: area.y + promptHeight, width: area.width,
            height: max(2, area.height - promptHeight - resultHeight))
        return (editor, promptMark)
    }

    /// Draws the editor's rule (with `promptMark`, the scroll mark of the prompt above, at its
    /// right end) and the editor below it.
    private func renderEditor(
        _ editor: CodeEditorState, into buffer: inout Buffer, area: Rect, promptMark: String? = nil
    ) {
        guard area.height >= 2 else { return }
        // While typing, the rule names undo and the line-deleting keys too when there is room
        // (the footer is full at 80 columns); a narrow editor keeps the short form.
        // The prompt's scroll mark, when there is one, needs room at the rule's end as well.
        let markRoom = promptMark.map { DisplayWidth.width(of: $0) + 3 } ?? 0
        let typingTitles = [
            "your code · editing · Esc leaves · ^U undo · ^K delete to end · ^D delete line",
            "your code · editing · Esc leaves · ^U undo · ^K del to end · ^D del line",
            "your code · editing · Esc leaves · ^U undo",
        ]
        let title =
            !isTyping
            ? "your code (Enter edits)"
            : typingTitles.first { DisplayWidth.width(of: $0) + 4 + markRoom <= area.width }
                ?? "your code (editing; Esc leaves)"
        let rule = "── " + title + " " + String(repeating: "─", count: max(0, area.width - title.count - 4))
        buffer.setString(
            rule, x: area.x, y: area.y, style: isTyping ? TutorTheme.accent : TutorTheme.separator,
            maxWidth: area.width)
        if let promptMark {
            // On the rule's filler, clear of its title: "── your code … ──── ↓ PgDn ─".
            let text = " \(promptMark) "
            let x = area.maxX - 1 - DisplayWidth.width(of: text)
            if x >= area.x + DisplayWidth.width(of: title) + 5 {
                buffer.setString(text, x: x, y: area.y, style: TutorTheme.muted)
            }
        }
        let view = CodeEditorView(
            state: editor, isFocused: isTyping, highlighter: { CodeHighlighter.python.spans($0) })
        buffer.render(view, in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1))
    }
}
