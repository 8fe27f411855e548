import TerminalCore
import Testing

@Test func wrapsAtSpacesWithinTheWidth() {
    #expect(WordWrap.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
}

@Test func keepsParagraphIndentationButNotSpacesAtBreaks() {
    #expect(WordWrap.wrap("  indented text here", width: 10) == ["  indented", "text here"])
}

@Test func breaksLongWordsAcrossLines() {
    #expect(WordWrap.wrap("ab abcdefghijkl", width: 5) == ["ab ab", "cdefg", "hijkl"])
}

@Test func breaksBetweenChineseCharactersByWidth() {
    // Every character is two cells wide: four fit in 8 columns.
    let lines = WordWrap.wrap("深度学习是机器学习的一个分支", width: 8)
    #expect(lines == ["深度学习", "是机器学", "习的一个", "分支"])
    #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 8 })
}

@Test func closingPunctuationStaysWithThePrecedingCharacter() {
    let lines = WordWrap.wrap("你好世界，再见", width: 8)
    #expect(lines == ["你好世", "界，再见"])
}

@Test func mixedLatinAndChineseWrapByDisplayWidth() {
    let lines = WordWrap.wrap("ReLU 激活函数 is simple", width: 9)
    #expect(lines == ["ReLU 激活", "函数 is", "simple"])
}

@Test func emojiCountTwoCells() {
    #expect(WordWrap.wrap("🎉🎉🎉 ok", width: 4) == ["🎉🎉", "🎉", "ok"])
}

@Test func keepsStylesAcrossBreaks() {
    let bold = Style(attributes: .bold)
    let line = Line([Span("plain "), Span("bold words", style: bold)])
    let wrapped = WordWrap.wrap(line, width: 10)
    #expect(wrapped.count == 2)
    #expect(wrapped[0].spans == [Span("plain "), Span("bold", style: bold)])
    #expect(wrapped[1].spans == [Span("words", style: bold)])
}

@Test func emptyLinesSurviveWrapping() {
    #expect(WordWrap.wrap("a\n\nb", width: 5) == ["a", "", "b"])
}

@Test func truncationAddsAnEllipsisByWidth() {
    #expect(DisplayWidth.truncate("hello world", to: 8) == "hello w…")
    #expect(DisplayWidth.truncate("short", to: 8) == "short")
    #expect(DisplayWidth.truncate("中文字符串", to: 6) == "中文…")
    #expect(DisplayWidth.truncate("abc", to: 0) == "")
}

@Test func slicingPadsCutWideCharacters() {
    #expect(DisplayWidth.slice("ab中文cd", from: 3, width: 4) == " 文c")
    #expect(DisplayWidth.slice("abcdef", from: 2, width: 3) == "cde")
}
