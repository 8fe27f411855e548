import TerminalCore
import Testing

/// Ctrl-K and Ctrl-D in the code editor: deleting to the end of a line and whole lines.
@Suite("Code editor: deleting lines")
struct CodeEditorLineKeysTests {
    private func editor(_ text: String, at position: TextPosition) -> CodeEditorState {
        var state = CodeEditorState(text: text, viewportHeight: 5, viewportWidth: 20)
        state.moveCursor(to: position)
        return state
    }

    @Test("Ctrl-K deletes from the cursor to the end of the line and keeps the cursor")
    func ctrlKDeletesToTheEnd() {
        var state = editor("adam_step(w, g)\nnext", at: TextPosition(line: 0, column: 9))
        let used = state.handle(.ctrl("k"))
        #expect(used)
        #expect(state.text == "adam_step\nnext")
        #expect(state.cursor == TextPosition(line: 0, column: 9))
    }

    @Test("Ctrl-K at the end of a line deletes the line break, joining the next line")
    func ctrlKAtTheEndJoins() {
        var state = editor("ab\ncd\nef", at: TextPosition(line: 0, column: 2))
        state.handle(.ctrl("k"))
        #expect(state.text == "abcd\nef")
        // Twice more from the line start empties the line and then joins the next one.
        state.moveCursor(to: TextPosition(line: 0, column: 0))
        state.handle(.ctrl("k"))
        state.handle(.ctrl("k"))
        #expect(state.text == "ef")
        // At the very end of the text it does nothing.
        state.handle(.end)
        state.handle(.ctrl("k"))
        #expect(state.text == "ef")
    }

    @Test("Ctrl-D deletes the whole line; the cursor keeps its column on the line below")
    func ctrlDDeletesTheLine() {
        var state = editor("first\nsecond line\nthird", at: TextPosition(line: 1, column: 3))
        let used = state.handle(.ctrl("d"))
        #expect(used)
        #expect(state.text == "first\nthird")
        #expect(state.cursor == TextPosition(line: 1, column: 3))
        // The last line: the cursor moves up to the new last line.
        state.handle(.ctrl("d"))
        #expect(state.text == "first")
        #expect(state.cursor.line == 0)
        // The only line is emptied, and the text stays one (empty) line.
        state.handle(.ctrl("d"))
        #expect(state.text == "")
        #expect(state.lineCount == 1)
    }

    @Test("each deletion is one undo step")
    func deletionsUndo() {
        var state = editor("ab\ncd", at: TextPosition(line: 0, column: 1))
        state.handle(.ctrl("k"))
        state.handle(.ctrl("d"))
        #expect(state.text == "cd")
        state.undo()
        #expect(state.text == "a\ncd")
        state.undo()
        #expect(state.text == "ab\ncd")
    }
}

/// Enter at the start of an indented line keeps its indentation.
@Test func enterAtColumnZeroOpensALineAboveAndKeepsTheIndentation() {
    var state = CodeEditorState(text: "def f(x):\n    return x")
    state.moveCursor(to: TextPosition(line: 1, column: 0))
    state.handle(.enter)
    #expect(state.text == "def f(x):\n\n    return x")
    #expect(state.cursor == TextPosition(line: 2, column: 0))
}

/// The editor's sideways scroll follows the cursor back to the start of lines.
@Suite("Code editor: horizontal scroll")
struct CodeEditorHorizontalScrollTests {
    private let code =
        "import numpy as np\nw = adam_step(w, grad, m, v, t, lr=0.001, beta1=0.9, beta2=0.999)\nprint(w)"

    @Test("moving back near column 0 shows the start of the lines again")
    func scrollReturnsToTheStart() {
        var state = CodeEditorState(text: code, viewportHeight: 5, viewportWidth: 20)
        state.handle(.down)
        state.handle(.end)
        #expect(state.scrollColumn > 0)
        // Back at a column that fits without scrolling: the view starts at column 0.
        for _ in 0..<(state.cursor.column - 5) { state.handle(.left) }
        #expect(state.visibleScrollColumn(width: 20) == 0)
        #expect(state.scrollColumn == 0)
        // Moving to a short line from deep in a long one does the same.
        state.handle(.end)
        state.handle(.up)
        #expect(state.visibleScrollColumn(width: 20) == 0)
    }

    @Test("a scroll computed for a narrower viewport does not cut the line starts when drawn wider")
    func widerViewShowsTheStart() {
        var state = CodeEditorState(text: code, viewportHeight: 5, viewportWidth: 10)
        state.handle(.end)
        // The cursor is at column 18: scrolled for 10 columns, but 30 are drawn.
        #expect(state.scrollColumn > 0)
        var buffer = Buffer(width: 33, height: 3)
        buffer.render(CodeEditorView(state: state), in: buffer.area)
        #expect(buffer.text.contains("1 import numpy as np"))
        #expect(buffer.text.contains("2 w = adam_step("))
    }

    @Test("an unfocused editor shows lines from their start, wherever the cursor is")
    func unfocusedViewStartsAtColumnZero() {
        var state = CodeEditorState(text: code, viewportHeight: 5, viewportWidth: 20)
        state.handle(.down)
        state.handle(.end)
        var focused = Buffer(width: 23, height: 3)
        focused.render(CodeEditorView(state: state), in: focused.area)
        #expect(!focused.text.contains("import"))
        var unfocused = Buffer(width: 23, height: 3)
        unfocused.render(CodeEditorView(state: state, isFocused: false), in: unfocused.area)
        #expect(unfocused.text.contains("1 import numpy as np"))
        #expect(unfocused.text.contains("2 w = adam_step(w, g"))
        #expect(unfocused.cursor == nil)
    }
}
