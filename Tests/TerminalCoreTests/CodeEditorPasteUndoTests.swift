import TerminalCore
import Testing

/// Pasting into the code editor, and undo in word- and line-sized steps.
@Suite("Code editor: paste and undo steps")
struct CodeEditorPasteUndoTests {
    private let function = "def f(x):\n    if x:\n        return 1\n    return 0\n"

    private func editor(after keys: [Key], start: String = "") -> CodeEditorState {
        var state = CodeEditorState(text: start, viewportHeight: 5, viewportWidth: 40)
        for key in keys { state.handle(key) }
        return state
    }

    @Test("a paste keeps the pasted indentation, where typing the same keys would stack it")
    func pasteIsVerbatim() {
        var pasted = CodeEditorState()
        pasted.paste(function)
        #expect(pasted.text == function)
        #expect(pasted.cursor == TextPosition(line: 4, column: 0))
        let typed = editor(after: typing(function))
        #expect(typed.text != function)
    }

    @Test("a paste inside an indented block adds nothing to the pasted lines; \\r and \\r\\n are breaks")
    func pasteInsideABlock() {
        var state = editor(after: [.down, .end], start: "def g():\n    ")
        state.paste("a = 1\r    b = 2\r\nc = 3")
        #expect(state.text == "def g():\n    a = 1\n    b = 2\nc = 3")
        #expect(state.cursor == TextPosition(line: 3, column: 5))
    }

    @Test("a paste is one undo step, apart from the typing before and after it")
    func pasteUndoesInOneStep() {
        var state = editor(after: typing("x = 1"))
        state.paste(function)
        state.handle(.character("y"))
        state.handle(.ctrl("u"))
        #expect(state.text == "x = 1" + function)
        state.handle(.ctrl("u"))
        #expect(state.text == "x = 1")
        state.handle(.ctrl("u"))
        #expect(state.text == "")
    }

    @Test("a run of typing, spaces and Tab included, undoes in one step")
    func typingRunIsOneStep() {
        var state = editor(after: typing("total = a + b") + [.tab] + typing("# sum"))
        #expect(state.text == "total = a + b   # sum")
        state.handle(.ctrl("u"))
        #expect(state.text == "")
        #expect(!state.canUndo)
    }

    @Test("Enter and cursor moves end a run: undo goes back a line or a word at a time")
    func runsEndAtEnterAndMoves() {
        var state = editor(after: typing("a = 1\nb = 2") + [.left] + typing("0"))
        #expect(state.text == "a = 1\nb = 02")
        state.handle(.ctrl("u"))
        #expect(state.text == "a = 1\nb = 2")
        state.handle(.ctrl("u"))
        #expect(state.text == "a = 1\n")
        state.handle(.ctrl("u"))
        #expect(state.text == "a = 1")
        state.handle(.ctrl("u"))
        #expect(state.text == "")
    }

    @Test("holding Backspace is one step, separate from the typing before it")
    func deletionRunIsOneStep() {
        var state = editor(after: typing("hello world") + Array(repeating: .backspace, count: 5))
        #expect(state.text == "hello ")
        state.handle(.ctrl("u"))
        #expect(state.text == "hello world")
        state.handle(.ctrl("u"))
        #expect(state.text == "")
    }
}
