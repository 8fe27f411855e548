/// A run of text in one style.
public struct Span: Hashable, Sendable {
    /// The text (no newlines; `StyledText` splits lines).
    public var text: String
    /// How it is drawn.
    public var style: Style

    /// `text` drawn in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// The cells the text takes.
    public var width: Int { DisplayWidth.width(of: text) }
}

/// One line of styled text: spans drawn one after another.
public struct Line: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// The spans, left to right.
    public var spans: [Span]

    /// A line made of `spans`.
    public init(_ spans: [Span]) {
        self.spans = spans
    }

    /// A line of plain text in one style.
    public init(_ text: String, style: Style = .plain) {
        self.spans = [Span(text, style: style)]
    }

    /// A plain line from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// The cells the line takes.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// Draws the line at (`x`, `y`), clipped to `maxWidth` cells; returns the next column.
    @discardableResult
    public func draw(into buffer: inout Buffer, x: Int, y: Int, maxWidth: Int) -> Int {
        var column = x
        for span in spans {
            let remaining = x + maxWidth - column
            if remaining <= 0 { break }
            column = buffer.setString(span.text, x: column, y: y, style: span.style, maxWidth: remaining)
        }
        return column
    }
}

/// Several lines of styled text, as written (before wrapping).
public struct StyledText: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// The lines, top to bottom.
    public var lines: [Line]

    /// Text made of `lines`.
    public init(lines: [Line]) {
        self.lines = lines
    }

    /// Plain text split at newlines, every line in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Line(String($0), style: style)
        }
    }

    /// Plain text from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Spans that may contain newlines, split into lines at them.
    public init(spans: [Span]) {
        var lines: [Line] = [Line([])]
        for span in spans {
            let pieces = span.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append(Line([])) }
                if !piece.isEmpty {
                    lines[lines.count - 1].spans.append(Span(String(piece), style: span.style))
                }
            }
        }
        self.lines = lines
    }

    /// The lines wrapped to `width` cells (see `WordWrap`).
    public func wrapped(width: Int) -> [Line] {
        lines.flatMap { WordWrap.wrap($0, width: width) }
    }
}

extension Line {
    /// Draws the part of the line from display column `skip` on, at (`x`, `y`), clipped to
    /// `maxWidth` cells: horizontal scrolling. A wide character cut by the left edge shows
    /// as a space so the columns after it stay aligned.
    @discardableResult
    public func draw(into buffer: inout Buffer, x: Int, y: Int, maxWidth: Int, skippingColumns skip: Int)
        -> Int
    {
        guard skip > 0 else { return draw(into: &buffer, x: x, y: y, maxWidth: maxWidth) }
        var column = 0
        var output = x
        let limit = x + maxWidth
        for span in spans {
            for character in span.text {
                let width = DisplayWidth.width(of: character)
                defer { column += width }
                if column + width <= skip { continue }
                if output >= limit { return output }
                if column < skip {
                    // Only the right half of a wide character is in view.
                    buffer.setCell(.blank(span.style), x: output, y: y)
                    output += 1
                    continue
                }
                if let ascii = character.asciiValue, ascii == 0x0A || ascii == 0x0D { return output }
                if width == 0 { continue }
                if output + width > limit {
                    buffer.setCell(.blank(span.style), x: output, y: y)
                    return limit
                }
                buffer.setCell(Cell(character, style: span.style), x: output, y: y)
                output += width
            }
        }
        return output
    }
}
