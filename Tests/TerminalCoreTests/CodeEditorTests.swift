import TerminalCore
import Testing

private func editor(after keys: [Key], start: String = "") -> CodeEditorState {
    var state = CodeEditorState(text: start, viewportHeight: 5, viewportWidth: 20)
    for key in keys { state.handle(key) }
    return state
}

@Test func enterAfterColonIndentsOneLevel() {
    let state = editor(after: typing("def f(x):\nreturn x"))
    #expect(state.text == "def f(x):\n    return x")
    #expect(state.cursor == TextPosition(line: 1, column: 12))
}

@Test func enterKeepsTheCurrentIndentation() {
    let state = editor(after: typing("for i in r:\nx = i\ny = x"))
    #expect(state.text == "for i in r:\n    x = i\n    y = x")
}

@Test func backspaceInLeadingSpacesDedentsAWholeLevel() {
    let state = editor(after: typing("if a:\nb\n") + [.backspace] + typing("c"))
    #expect(state.text == "if a:\n    b\nc")
}

@Test func backspaceAfterTextDeletesOneCharacter() {
    let state = editor(after: typing("    ab") + [.backspace])
    #expect(state.text == "    a")
}

@Test func tabInsertsSpacesToTheNextStop() {
    #expect(editor(after: [.tab]).text == "    ")
    #expect(editor(after: typing("ab") + [.tab]).text == "ab  ")
    #expect(editor(after: [.backTab], start: "        x").text == "    x")
}

@Test func backspaceAtLineStartJoinsLines() {
    let state = editor(after: [.down, .backspace], start: "ab\ncd")
    #expect(state.text == "abcd")
    #expect(state.cursor == TextPosition(line: 0, column: 2))
}

@Test func deleteAtLineEndJoinsTheNextLine() {
    let state = editor(after: [.end, .delete], start: "ab\ncd")
    #expect(state.text == "abcd")
}

@Test func enterInTheMiddleMovesTheRestDown() {
    let state = editor(after: [.right, .right, .enter], start: "ab  cd")
    #expect(state.text == "ab\ncd")
}

@Test func verticalMovesKeepThePreferredColumn() {
    var state = editor(after: [.end], start: "abcdef\nab\nabcdef")
    state.handle(.down)
    #expect(state.cursor == TextPosition(line: 1, column: 2))
    state.handle(.down)
    #expect(state.cursor == TextPosition(line: 2, column: 6))
    state.handle(.down)
    #expect(state.cursor == TextPosition(line: 2, column: 6))
}

@Test func smartHomeTogglesBetweenIndentationAndColumnZero() {
    var state = editor(after: [.end], start: "    code")
    state.handle(.home)
    #expect(state.cursor.column == 4)
    state.handle(.home)
    #expect(state.cursor.column == 0)
}

@Test func leftAndRightCrossLineBoundaries() {
    var state = editor(after: [.end, .right], start: "ab\ncd")
    #expect(state.cursor == TextPosition(line: 1, column: 0))
    state.handle(.left)
    #expect(state.cursor == TextPosition(line: 0, column: 2))
}

@Test func pagingMovesByTheViewportHeight() {
    let text = (1...20).map { "line \($0)" }.joined(separator: "\n")
    var state = editor(after: [.pageDown], start: text)
    #expect(state.cursor.line == 4)
    #expect(state.scrollRow == 0)
    state.handle(.pageDown)
    state.handle(.pageDown)
    #expect(state.cursor.line == 12)
    #expect(state.scrollRow == 8)
    state.handle(.pageUp)
    #expect(state.cursor.line == 8)
}

@Test func typedWordsUndoAsOneStep() {
    var state = editor(after: typing("x = 1\ny"))
    state.handle(.ctrl("u"))
    #expect(state.text == "x = 1\n")
    state.handle(.ctrl("u"))
    #expect(state.text == "x = 1")
    state.handle(.ctrl("y"))
    #expect(state.text == "x = 1\n")
    #expect(state.canRedo)
}

@Test func undoRestoresEverythingAndNewEditsClearRedo() {
    var state = editor(after: typing("ab") + [.backspace, .backspace])
    while state.canUndo { state.undo() }
    #expect(state.text == "")
    state.redo()
    #expect(state.text == "ab")
    state.handle(.character("c"))
    #expect(!state.canRedo)
    #expect(state.text == "abc")
}

@Test func longLinesScrollHorizontally() {
    let state = editor(after: [.end], start: String(repeating: "a", count: 30))
    #expect(state.scrollColumn == 11)
    #expect(state.visibleScrollColumn(width: 20) == 11)
}

@Test func pastedTextSplitsIntoLines() {
    var state = CodeEditorState()
    state.insert("a:\n\tb")
    #expect(state.text == "a:\n    b")
    state.undo()
    #expect(state.text == "")
}

@Test func editorLeavesScreenKeysAlone() {
    var state = CodeEditorState()
    #expect(state.handle(.ctrl("r")) == false)
    #expect(state.handle(.function(5)) == false)
    #expect(state.handle(.escape) == false)
}

@Test func ctrlZIsLeftToTheTerminalSoUndoIsOnCtrlU() {
    // The backend suspends on Ctrl-Z, so the editor must not claim it for undo.
    var state = editor(after: typing("ab"))
    let usedCtrlZ = state.handle(.ctrl("z"))
    #expect(!usedCtrlZ)
    #expect(state.text == "ab")
    let usedCtrlU = state.handle(.ctrl("u"))
    #expect(usedCtrlU)
    #expect(state.text.isEmpty)
}
