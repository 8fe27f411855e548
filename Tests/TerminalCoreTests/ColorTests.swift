import TerminalCore
import Testing

@Test func trueColorReducesToTheNearestPaletteEntry() {
    #expect(Color.rgb(255, 0, 0).reduced(to: .palette256) == .indexed(196))
    #expect(Color.rgb(128, 128, 128).reduced(to: .palette256) == .indexed(244))
    #expect(Color.rgb(0, 0, 0).reduced(to: .palette256) == .indexed(16))
}

@Test func colorsReduceToSixteenAndEight() {
    #expect(Color.rgb(250, 10, 10).reduced(to: .ansi16) == .brightRed)
    #expect(Color.rgb(250, 10, 10).reduced(to: .ansi8) == .red)
    #expect(Color.brightGreen.reduced(to: .ansi8) == .green)
    #expect(Color.indexed(4).reduced(to: .ansi16) == .blue)
    #expect(Color.indexed(226).reduced(to: .ansi8) == .yellow)
}

@Test func monochromeDropsColorsAndTrueColorKeepsThem() {
    #expect(Color.rgb(1, 2, 3).reduced(to: .monochrome) == .terminalDefault)
    #expect(Color.rgb(1, 2, 3).reduced(to: .trueColor) == .rgb(1, 2, 3))
    #expect(Color.terminalDefault.reduced(to: .ansi8) == .terminalDefault)
}

@Test func stylePatchingLaysColoursOverAndAddsAttributes() {
    let base = Style(foreground: .red, background: .blue, attributes: .bold)
    let patched = base.patched(with: Style(background: .yellow, attributes: .reverse))
    #expect(patched == Style(foreground: .red, background: .yellow, attributes: [.bold, .reverse]))
}
