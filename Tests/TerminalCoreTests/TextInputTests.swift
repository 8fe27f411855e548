import TerminalCore
import Testing

private func input(after keys: [Key], start: String = "", width: Int = 40) -> TextInputState {
    var state = TextInputState(text: start, viewWidth: width)
    for key in keys { state.handle(key) }
    return state
}

@Test func typingInsertsAtTheCursor() {
    let state = input(after: typing("helo") + [.left, .character("l")])
    #expect(state.text == "hello")
    #expect(state.cursor == 4)
}

@Test func backspaceAndDeleteRemoveAroundTheCursor() {
    let state = input(after: [.home, .delete, .end, .backspace], start: "abcd")
    #expect(state.text == "bc")
    #expect(state.cursor == 2)
}

@Test func editingAtTheEdgesIsHarmless() {
    let state = input(after: [.backspace, .left, .home, .backspace, .end, .delete, .right])
    #expect(state.text == "")
    #expect(state.cursor == 0)
}

@Test func controlKeysDeleteToLineEndsAndWords() {
    #expect(input(after: [.ctrl("w")], start: "learning rate ").text == "learning ")
    #expect(input(after: [.left, .left, .ctrl("u")], start: "abcdef").text == "ef")
    #expect(input(after: [.ctrl("a"), .right, .ctrl("k")], start: "abcdef").text == "a")
}

@Test func unicodeCharactersAreSingleSteps() {
    let state = input(after: typing("中文é🎉") + [.left, .backspace])
    #expect(state.text == "中文🎉")
    #expect(state.cursorColumn == 4)
}

@Test func scrollingKeepsTheCursorInView() {
    var state = input(after: typing("abcdefghijklmnop"), width: 10)
    #expect(state.scroll == 7)
    state = input(after: [.home], start: "abcdefghijklmnop", width: 10)
    #expect(state.scroll == 0)
    #expect(state.visibleScroll(width: 10) == 0)
}

@Test func pastedNewlinesAreDropped() {
    var state = TextInputState()
    state.insert("one\ntwo")
    #expect(state.text == "onetwo")
}

@Test func unusedKeysAreReported() {
    var state = TextInputState()
    #expect(state.handle(.up) == false)
    #expect(state.handle(.function(1)) == false)
}
