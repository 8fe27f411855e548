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

    private func renderHeader(into buffer: inout Buffer, area: Rect) {
        let (words, style) =
            hasPassed
            ? ("✓ passed", Style(foreground: .green, attributes: .bold))
            : attempts > 0
                ? ("● not passed yet", Style(foreground: .yellow)) : ("○ not started", TutorTheme.muted)
        let attemptText = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        // The attempt count goes first when the title needs the room.
        let titleWidth = DisplayWidth.width(of: "Exercise (\(exercise.kind.name)) · \(exercise.title)")
        let showsAttempts = titleWidth + DisplayWidth.width(of: words + attemptText) + 4 <= area.width
        // Narrower still: only the status symbol.
        let showsWords = titleWidth + DisplayWidth.width(of: words) + 2 <= area.width
        let header = StatusLine(
            left: Line([
                Span("Exercise (\(exercise.kind.name)) · ", style: TutorTheme.muted),
                Span(exercise.title, style: TutorTheme.accent),
            ]),
            right: Line([
                Span(showsWords ? words : String(words.prefix(1)), style: style),
                Span(showsAttempts ? "  \(attemptText)" : "", style: TutorTheme.muted),
            ]),
            style: .plain)
        buffer.render(header, in: area)
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
            var line = Line(
                [
                    Span(marker, style: TutorTheme.accent), Span("\(box) \(ChoiceSpec.label(for: index))) "),
                ] + MarkdownInline.spans(option.text))
            if index == cursor {
                line = Line(
                    line.spans.map { Span($0.text, style: $0.style.patched(with: TutorTheme.selection)) })
            }
            lines += WordWrap.wrap(line, width: width)
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
    /// the bottom, with a PgUp/PgDn mark when there is more.
    func renderPane(_ lines: [Line], scroll: Int? = nil, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let maximum = max(0, lines.count - area.height)
        let top = min(scroll ?? paneScroll, maximum)
        for row in 0..<area.height where top + row < lines.count {
            _ = lines[top + row].draw(into: &buffer, x: area.x, y: area.y + row, maxWidth: area.width)
        }
        if lines.count > area.height {
            let mark = top < maximum ? "↓ PgDn" : "↑ PgUp"
            buffer.setString(
                mark, x: area.maxX - DisplayWidth.width(of: mark), y: area.maxY - 1, style: TutorTheme.muted)
        }
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
        let editorArea = renderPromptAndResult(into: &buffer, area: area, editorRows: 8)
        renderEditor(editor, into: &buffer, area: editorArea)
    }

    /// Draws the prompt on top and the result at the bottom of `area`, leaving at least
    /// `editorRows` between them; returns the rows left between them (for the editor).
    @discardableResult
    private func renderPromptAndResult(into buffer: inout Buffer, area: Rect, editorRows: Int) -> Rect {
        let result = resultLines(width: area.width)
        let prompt = paneLines(width: area.width, includingResult: false)
        // A fresh report may take half the height: its first failure is what the learner needs.
        let resultLimit = editorRows == 0 ? area.height * 2 / 3 : max(4, area.height / 2)
        let resultHeight = result.isEmpty ? 0 : min(result.count, resultLimit)
        let remaining = area.height - resultHeight
        let promptLimit = editorRows == 0 ? remaining : max(3, min(remaining - editorRows, remaining / 3 + 1))
        let promptHeight = max(1, min(prompt.count, promptLimit))
        renderPane(
            prompt, scroll: paneScroll, into: &buffer,
            area: Rect(x: area.x, y: area.y, width: area.width, height: promptHeight))
        if resultHeight > 0 {
            let resultArea = Rect(
                x: area.x, y: area.maxY - resultHeight, width: area.width, height: resultHeight)
            renderPane(result, scroll: resultScroll, into: &buffer, area: resultArea)
        }
        return Rect(
            x: area.x, y: area.y + promptHeight, width: area.width,
            height: max(2, area.height - promptHeight - resultHeight))
    }

    private func renderEditor(_ editor: CodeEditorState, into buffer: inout Buffer, area: Rect) {
        guard area.height >= 2 else { return }
        // While typing, the rule names the line-deleting keys too when there is room (the
        // footer is full at 80 columns); a narrow editor keeps the short form.
        let long = "your code · editing · Esc leaves · ^K delete to end · ^D delete line"
        let title =
            !isTyping
            ? "your code (Enter edits)"
            : DisplayWidth.width(of: long) + 4 <= area.width ? long : "your code (editing; Esc leaves)"
        let rule = "── " + title + " " + String(repeating: "─", count: max(0, area.width - title.count - 4))
        buffer.setString(
            rule, x: area.x, y: area.y, style: isTyping ? TutorTheme.accent : TutorTheme.separator,
            maxWidth: area.width)
        let view = CodeEditorView(
            state: editor, isFocused: isTyping, highlighter: { CodeHighlighter.python.spans($0) })
        buffer.render(view, in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1))
    }
}
