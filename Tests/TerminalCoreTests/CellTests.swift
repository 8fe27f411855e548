import TerminalCore
import Testing

@Test(arguments: ["a", " ", "中", "🎉", "❤️", "👩‍💻", "e\u{301}", "👨‍👩‍👧‍👦", "🏳️‍🌈"])
func cellSymbolsRoundTrip(symbol: String) {
    let cell = Cell(symbol)
    #expect(cell.symbol == symbol)
    #expect(cell == Cell(Character(symbol)))
    #expect(cell.width == (symbol.first?.asciiValue == nil ? (symbol == "e\u{301}" ? 1 : 2) : 1))
}

@Test func longClustersAreStoredAndCompareByContent() {
    // 25 UTF-8 bytes: too long to store inline, so it goes through the symbol table.
    let family = "👨‍👩‍👧‍👦"
    #expect(family.utf8.count > 15)
    var cell = Cell("x")
    cell.symbol = family
    cell.width = 2
    #expect(cell.symbol == family)
    #expect(cell == Cell(family))
    #expect(cell != Cell("👩‍💻"))
    var buffer = Buffer(width: 4, height: 1)
    buffer.setString(family + "!", x: 0, y: 0)
    #expect(buffer.text == family + "! ")
}

@Test func loneCombiningMarksSitOnASpace() {
    let cell = Cell("\u{301}")
    #expect(cell.width == 1)
    #expect(cell.symbol == " \u{301}")
}

@Test func blankAndContinuationCells() {
    #expect(Cell.blank().symbol == " ")
    #expect(Cell.blank().isSpace)
    #expect(Cell.blank() == Cell(" "))
    #expect(Cell.continuation(.plain).symbol == "")
    #expect(Cell.continuation(.plain).isContinuation)
    #expect(!Cell("a").isSpace)
}

@Test func cellsDifferingOnlyInStyleAreDifferent() {
    #expect(Cell("a", style: Style(attributes: .bold)) != Cell("a"))
    #expect(
        Cell("a", style: Style(foreground: .rgb(1, 2, 3)))
            == Cell("a", style: Style(foreground: .rgb(1, 2, 3))))
}
