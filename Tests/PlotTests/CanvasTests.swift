import Plot
import TerminalCore
import Testing

@Suite struct CanvasTests {
    private func symbol(_ canvas: Canvas, _ column: Int, _ row: Int) -> Character? {
        canvas.glyph(column: column, row: row)?.symbol
    }

    @Test func brailleDotsFollowTheUnicodeLayout() {
        let ink = Ink(color: .red)
        let expected: [(Int, Int, UInt32)] = [
            (0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (0, 3, 0x40), (1, 0, 0x08), (1, 1, 0x10), (1, 2, 0x20),
            (1, 3, 0x80),
        ]
        for (x, y, bit) in expected {
            var canvas = Canvas(columns: 1, rows: 1)
            canvas.setDot(x: x, y: y, ink: ink)
            #expect(symbol(canvas, 0, 0) == Character(Unicode.Scalar(0x2800 + bit)!))
        }
        var full = Canvas(columns: 1, rows: 1)
        for x in 0..<2 { full.verticalRun(x: x, from: 0, to: 3, ink: ink) }
        #expect(symbol(full, 0, 0) == "⣿")
    }

    @Test func blockAndAsciiMarkers() {
        var block = Canvas(columns: 1, rows: 1, marker: .block)
        block.setDot(x: 1, y: 1, ink: Ink(color: .red))
        #expect(symbol(block, 0, 0) == "▗")
        var ascii = Canvas(columns: 2, rows: 1, marker: .ascii)
        ascii.setDot(x: 1, y: 0, ink: Ink(color: .red, symbol: "+"))
        #expect(symbol(ascii, 1, 0) == "+")
        #expect(symbol(ascii, 0, 0) == nil)
    }

    @Test func lastDrawnInkOwnsTheCell() {
        var canvas = Canvas(columns: 1, rows: 1)
        canvas.setDot(x: 0, y: 0, ink: Ink(color: .red))
        canvas.setDot(x: 1, y: 3, ink: Ink(color: .blue))
        #expect(canvas.glyph(column: 0, row: 0)?.ink.color == .blue)
        #expect(symbol(canvas, 0, 0) == "⢁")
    }

    @Test func linesAreContinuousAndClipped() {
        var canvas = Canvas(columns: 10, rows: 5)
        canvas.line(x0: 0, y0: 0, x1: 19, y1: 19, ink: Ink(color: .green))
        for column in 0..<5 { #expect(canvas.isOccupied(column: column * 2, row: column)) }
        var far = Canvas(columns: 4, rows: 2)
        far.line(x0: -1e15, y0: 4, x1: 1e15, y1: 4, ink: Ink(color: .green))
        for column in 0..<4 { #expect(far.isOccupied(column: column, row: 1)) }
        far.line(x0: .nan, y0: 0, x1: 3, y1: 3, ink: Ink(color: .red))
        far.line(x0: 100, y0: 100, x1: 200, y1: 300, ink: Ink(color: .red))
        #expect(!far.isOccupied(column: 0, row: 0))
    }

    @Test func polylineBreaksAtNaNAndFillsArea() {
        var canvas = Canvas(columns: 5, rows: 2)
        canvas.polyline([(0, 0), (3, 0), (.nan, .nan), (6, 7), (9, 7)], ink: Ink(color: .red))
        #expect(canvas.isOccupied(column: 1, row: 0))
        #expect(!canvas.isOccupied(column: 2, row: 1) || canvas.isOccupied(column: 3, row: 1))
        var area = Canvas(columns: 2, rows: 2)
        area.fillArea([(0, 0), (3, 0)], baseline: 7, ink: Ink(color: .red))
        #expect(area.glyph(column: 0, row: 1)?.symbol == "⣿")
    }

    @Test func renderKeepsTheBackgroundBelow() {
        var buffer = Buffer(width: 2, height: 1)
        buffer.setCell(
            Cell("▀", style: Style(foreground: .rgb(0, 0, 0), background: .rgb(200, 100, 50))), x: 0, y: 0)
        var canvas = Canvas(columns: 2, rows: 1)
        canvas.setDot(x: 0, y: 0, ink: Ink(color: .white))
        canvas.render(into: &buffer, x: 0, y: 0)
        #expect(buffer[0, 0].symbol == "⠁")
        #expect(buffer[0, 0].style.background == .rgb(100, 50, 25))
        #expect(buffer[1, 0].symbol == " ")
        canvas.render(into: &buffer, x: 5, y: 5)
    }

    @Test func negativeOrZeroSizesAreEmpty() {
        var canvas = Canvas(columns: -3, rows: 0)
        canvas.setDot(x: 0, y: 0, ink: Ink(color: .red))
        canvas.line(x0: 0, y0: 0, x1: 5, y1: 5, ink: Ink(color: .red))
        #expect(canvas.dotWidth == 0)
        #expect(canvas.glyph(column: 0, row: 0) == nil)
    }
}
