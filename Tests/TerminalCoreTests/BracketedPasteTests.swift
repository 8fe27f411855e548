import TerminalCore
import Testing

/// Collecting what a terminal sends between the bracketed-paste markers into one event.
@Suite("Bracketed paste")
struct BracketedPasteTests {
    /// Feeds `text` scalar by scalar between begin and finish, as a backend does.
    private func collect(_ text: String) -> Event? {
        var collector = BracketedPaste()
        collector.begin()
        for scalar in text.unicodeScalars { collector.append(scalar) }
        return collector.finish()
    }

    @Test("the sequences are xterm's mode 2004 and its markers")
    func sequences() {
        #expect(BracketedPaste.enableSequence == "\u{1B}[?2004h")
        #expect(BracketedPaste.disableSequence == "\u{1B}[?2004l")
        #expect(BracketedPaste.startMarker == "\u{1B}[200~")
        #expect(BracketedPaste.endMarker == "\u{1B}[201~")
    }

    @Test("text between the markers is one paste; \\r, \\n and \\r\\n all become \\n")
    func lineBreaksAreNormalised() {
        #expect(collect("def f(x):\r    return x\r") == .paste("def f(x):\n    return x\n"))
        #expect(collect("a\r\nb\nc") == .paste("a\nb\nc"))
        #expect(collect("a\r\rb") == .paste("a\n\nb"))
    }

    @Test("tabs and non-ASCII text stay; control characters (Esc, Ctrl-C, DEL, C1) are dropped")
    func controlsAreDropped() {
        #expect(collect("\ta·b ± 中\u{1B}\u{03}\u{7F}\u{85}!") == .paste("\ta·b ± 中!"))
    }

    @Test("an empty paste is no event; without a start nothing is collected")
    func emptyAndUnstarted() {
        #expect(collect("") == nil)
        var collector = BracketedPaste()
        let kept = collector.append("x")
        #expect(!kept)
        let event = collector.finish()
        #expect(event == nil)
        #expect(!collector.isCollecting)
    }

    @Test("a second start marker inside a paste keeps what was collected; the collector is reusable")
    func repeatedMarkers() {
        var collector = BracketedPaste()
        collector.begin()
        collector.append("a")
        collector.begin()
        collector.append("b")
        #expect(collector.isCollecting)
        let first = collector.finish()
        #expect(first == .paste("ab"))
        collector.begin()
        collector.append("c")
        let second = collector.finish()
        #expect(second == .paste("c"))
    }
}
