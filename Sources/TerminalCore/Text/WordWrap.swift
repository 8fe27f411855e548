/// Greedy word wrapping by display width. Lines break at spaces, between two wide (CJK)
/// characters, and inside words longer than a whole line; spaces at a break are dropped.
/// Styles are kept per character, so a span may continue on the next line.
public enum WordWrap {
    /// One character with its style and width.
    private struct Glyph {
        var character: Character
        var style: Style
        var width: Int
    }

    /// A piece of a line that is kept together when it fits.
    private enum Token {
        case space([Glyph])
        case word([Glyph])

        var glyphs: [Glyph] {
            switch self {
            case .space(let glyphs), .word(let glyphs): return glyphs
            }
        }
        var width: Int { glyphs.reduce(0) { $0 + $1.width } }
    }

    /// `line` broken into lines of at most `width` cells (at least one line, maybe empty).
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [line] }
        var result: [[Glyph]] = []
        var current: [Glyph] = []
        var currentWidth = 0
        func breakLine() {
            while let last = current.last, last.character.asciiValue == 0x20 {
                current.removeLast()
            }
            result.append(current)
            current = []
            currentWidth = 0
        }
        for token in tokens(of: line) {
            let tokenWidth = token.width
            switch token {
            case .space(let glyphs):
                // Spaces at the start of a wrapped line are dropped; the paragraph's own
                // indentation (the first line) is kept.
                if currentWidth == 0 && !result.isEmpty { continue }
                if currentWidth + tokenWidth <= width {
                    current += glyphs
                    currentWidth += tokenWidth
                } else {
                    breakLine()
                }
            case .word(let glyphs):
                if currentWidth + tokenWidth <= width {
                    current += glyphs
                    currentWidth += tokenWidth
                    continue
                }
                if tokenWidth <= width {
                    breakLine()
                    current = glyphs
                    currentWidth = tokenWidth
                    continue
                }
                // Longer than a whole line: fill this line, then continue on the next ones.
                for glyph in glyphs {
                    if currentWidth > 0 && currentWidth + glyph.width > width { breakLine() }
                    current.append(glyph)
                    currentWidth += glyph.width
                }
            }
        }
        if !current.isEmpty || result.isEmpty { result.append(current) }
        return result.map(line(from:))
    }

    /// Plain `text` wrapped to `width`, as strings (each paragraph separately).
    public static func wrap(_ text: String, width: Int) -> [String] {
        StyledText(text).wrapped(width: width).map(\.plainText)
    }

    /// Whether a line may break before and after `character`: true for wide characters
    /// (CJK ideographs, kana, hangul, fullwidth forms, emoji), which have no spaces between words.
    private static func breaksAround(_ glyph: Glyph) -> Bool {
        glyph.width == 2
    }

    /// Punctuation that must not begin a line in Chinese and Japanese text.
    private static func closesPhrase(_ character: Character) -> Bool {
        // Compared as scalars: this runs for every character of every wrapped line.
        guard character.asciiValue == nil, let scalar = character.unicodeScalars.first else { return false }
        return closingPunctuation.contains(scalar.value)
    }

    private static let closingPunctuation: Set<UInt32> = Set("，。、；：！？）」』】》〉…".unicodeScalars.map(\.value))

    private static func tokens(of line: Line) -> [Token] {
        var tokens: [Token] = []
        var word: [Glyph] = []
        var space: [Glyph] = []
        func flushWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = []
        }
        func flushSpace() {
            if !space.isEmpty { tokens.append(.space(space)) }
            space = []
        }
        for span in line.spans {
            for character in span.text {
                let glyph = Glyph(
                    character: character, style: span.style, width: DisplayWidth.width(of: character))
                if let ascii = character.asciiValue, ascii == 0x20 || ascii == 0x09 {
                    flushWord()
                    space.append(Glyph(character: " ", style: span.style, width: 1))
                } else if closesPhrase(character), let last = tokens.last, case .word(let glyphs) = last,
                    space.isEmpty, word.isEmpty
                {
                    // Closing punctuation (，。」) never starts a line: keep it with what precedes.
                    tokens[tokens.count - 1] = .word(glyphs + [glyph])
                } else if breaksAround(glyph) {
                    flushSpace()
                    flushWord()
                    tokens.append(.word([glyph]))
                } else {
                    flushSpace()
                    word.append(glyph)
                }
            }
        }
        flushWord()
        flushSpace()
        return tokens
    }

    /// Regroups glyphs into spans of equal style.
    private static func line(from glyphs: [Glyph]) -> Line {
        var spans: [Span] = []
        for glyph in glyphs {
            if let last = spans.last, last.style == glyph.style {
                spans[spans.count - 1].text.append(glyph.character)
            } else {
                spans.append(Span(String(glyph.character), style: glyph.style))
            }
        }
        return Line(spans)
    }
}
