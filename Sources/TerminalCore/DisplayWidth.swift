/// Display widths of characters in a terminal: 0 for combining marks and other invisible
/// scalars, 2 for East Asian wide/fullwidth characters and emoji, 1 otherwise.
public enum DisplayWidth {
    /// Ranges of East Asian Wide (W) and Fullwidth (F) code points, from Unicode's
    /// EastAsianWidth.txt, merged into the blocks a terminal renders two cells wide.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// The width of one Unicode scalar on its own.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        // Fast path: CJK unified ideographs (no marks in this block).
        if value >= 0x4E00 && value <= 0x9FFF { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        if isWide(value) { return 2 }
        return 1
    }

    /// The width of a grapheme cluster: its base scalar's width, widened to 2 by an
    /// emoji presentation selector (U+FE0F) or a zero-width-joiner emoji sequence.
    public static func width(of character: Character) -> Int {
        // Fast path: printable ASCII is most of what a tutor draws.
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        var result = width(of: first)
        // Most characters are one scalar: one pass, no counting.
        guard let second = scalars.next() else { return result }
        var rest = [second]
        while let scalar = scalars.next() { rest.append(scalar) }
        if result == 1 && first.properties.isEmoji
            && rest.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D })
        {
            result = 2
        }
        if result == 0 {
            result = rest.map { width(of: $0) }.max() ?? 0
        }
        return result
    }

    /// The width of a string in cells.
    public static func width(of string: some StringProtocol) -> Int {
        var total = 0
        for character in string { total += width(of: character) }
        return total
    }

    private static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
