import TerminalCore

/// Character tables for the canvas markers and for partial block bars.
enum CanvasGlyphs {
    /// Braille dot bits indexed by `row * 2 + column` within a cell (rows 0-3 top to bottom,
    /// columns 0-1): the Unicode braille layout puts dots 1-3 and 4-6 in the first three rows
    /// and dots 7, 8 in the fourth.
    static let brailleBits: [UInt32] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

    /// The braille character for a canvas mask (bit `row * 2 + column` set per dot).
    static func braille(mask: UInt8) -> Character {
        var code: UInt32 = 0x2800
        for bit in 0..<8 where mask & (1 << UInt8(bit)) != 0 { code |= brailleBits[bit] }
        return Character(Unicode.Scalar(code) ?? " ")
    }

    /// All 256 braille characters, indexed by canvas mask, built once.
    static let brailleTable: [Character] = (0..<256).map { braille(mask: UInt8($0)) }

    /// Braille cells (plain style), indexed by canvas mask, so rendering does not measure
    /// the display width of the same 256 characters over and over.
    static let brailleCells: [Cell] = brailleTable.map { Cell($0) }

    /// Quadrant characters indexed by mask bits: 1 top-left, 2 top-right, 4 bottom-left,
    /// 8 bottom-right.
    static let quadrants: [Character] = [
        " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
    ]

    /// Lower partial blocks, from one eighth to a full cell (index 1...8; 0 is a space).
    static let lowerEighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Left partial blocks, from one eighth to a full cell (index 1...8; 0 is a space).
    static let leftEighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// Whether `symbol` is one of the block elements (U+2580-U+259F) plots draw with.
    static func isBlockElement(_ symbol: String) -> Bool {
        guard let scalar = symbol.unicodeScalars.first, symbol.unicodeScalars.count == 1 else { return false }
        return (0x2580...0x259F).contains(scalar.value)
    }

    /// The upper half block used by half-block images and heatmaps (fg top, bg bottom).
    static let upperHalf: Character = "▀"
    /// The full block.
    static let fullBlock: Character = "█"
}
