import TerminalCore
import Testing

@Test func diffListsOnlyChangedCells() {
    var before = Buffer(width: 10, height: 2)
    before.setString("hello", x: 0, y: 0)
    var after = before
    after.setString("j", x: 0, y: 0)
    after.setString("!", x: 9, y: 1)
    let updates = after.updates(since: before)
    #expect(updates.map { Position(x: $0.x, y: $0.y) } == [Position(x: 0, y: 0), Position(x: 9, y: 1)])
    #expect(updates.map(\.cell.symbol) == ["j", "!"])
}

@Test func diffAgainstAnotherSizeIsComplete() {
    let small = Buffer(width: 3, height: 2)
    let big = Buffer(width: 4, height: 3)
    #expect(big.updates(since: small).count == 12)
}

@Test func styleChangesAreUpdates() {
    var before = Buffer(width: 4, height: 1)
    before.setString("ab", x: 0, y: 0)
    var after = before
    after.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.adding(.bold) }
    #expect(after.updates(since: before).map(\.x) == [1])
}

@Test func wideCharactersTakeTwoCells() {
    var buffer = Buffer(width: 6, height: 1)
    let end = buffer.setString("中a文", x: 0, y: 0)
    #expect(end == 5)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer.text == "中a文 ")
}

@Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.setString("中文", x: 0, y: 0)
    buffer.setString("x", x: 1, y: 0)
    #expect(buffer.text == " x文")
}

@Test func wideCharacterAtTheEdgeBecomesABlank() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.setString("ab中", x: 0, y: 0)
    #expect(buffer.text == "ab ")
}

@Test func emojiAndCombiningMarksHaveTerminalWidths() {
    #expect(DisplayWidth.width(of: "🎉") == 2)
    #expect(DisplayWidth.width(of: "e\u{301}") == 1)
    #expect(DisplayWidth.width(of: "❤️") == 2)
    #expect(DisplayWidth.width(of: "👩‍💻") == 2)
}

@Test func resetReusesTheAreaAndClearsTheCursor() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.setString("abc", x: 0, y: 0)
    buffer.cursor = Position(x: 1, y: 0)
    buffer.reset(to: buffer.area)
    #expect(buffer.text == "   ")
    #expect(buffer.cursor == nil)
}
