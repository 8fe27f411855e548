import TerminalCore
import TestSupport
import Testing

/// Text plus the style map, so highlights that text alone cannot show are snapshotted too.
private func styledSnapshot(_ size: SnapshotSize, _ draw: (inout Buffer, Rect) -> Void) -> String {
    var buffer = Buffer(width: size.width, height: size.height)
    draw(&buffer, buffer.area)
    return buffer.text + "\n--- styles\n" + buffer.styleSnapshot
}

@Test(arguments: SnapshotSize.both) func highlightedCodeSnapshots(size: SnapshotSize) {
    let code = "def loss(y, t):  # 均方误差\n    return sum((y - t) ** 2) / 2.5e1\nprint('done')"
    let text = styledSnapshot(size) { buffer, area in
        let highlighter = CodeHighlighter.python
        let view = CodeEditorView(
            state: CodeEditorState(text: code), isFocused: false, highlighter: { highlighter.spans($0) })
        buffer.render(view, in: area)
    }
    assertSnapshot(text, named: "code-highlighted-\(size)")
}

@Test(arguments: SnapshotSize.both) func selectionStyleSnapshots(size: SnapshotSize) {
    let text = styledSnapshot(size) { buffer, area in
        let rows = area.rows([.length(1), .fill(1)])
        buffer.render(Tabs(["一", "two"], selected: 1), in: rows[0])
        let items: [Line] = [
            Line([Span("red ", style: Style(foreground: .red)), Span("item")]), "二 item", "third",
        ]
        buffer.render(ListView(items, state: ListState(selected: 0)), in: rows[1])
    }
    assertSnapshot(text, named: "selection-styles-\(size)")
}

@Test func highlighterSplitsKeywordsStringsNumbersAndComments() {
    let spans = CodeHighlighter.python.spans("if x == 'a#b': return 3.5 # note")
    let theme = CodeHighlighter.Theme.standard
    #expect(spans.first == Span("if", style: theme.keyword))
    #expect(spans.contains(Span("'a#b'", style: theme.string)))
    #expect(spans.contains(Span("3.5", style: theme.number)))
    #expect(spans.last == Span("# note", style: theme.comment))
    #expect(spans.map(\.text).joined() == "if x == 'a#b': return 3.5 # note")
}

@Test func highlighterSurvivesUnterminatedStrings() {
    let spans = CodeHighlighter.python.spans("s = \"open \\")
    #expect(spans.map(\.text).joined() == "s = \"open \\")
}

@Test func styleSummariesAreReadable() {
    #expect(
        Style(foreground: .red, background: .indexed(236), attributes: [.bold, .reverse]).summary
            == "fg=ansi(1) bg=indexed(236) bold reverse")
    #expect(Style.plain.summary == "plain")
}
