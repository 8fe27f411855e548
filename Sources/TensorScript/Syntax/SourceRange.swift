/// A position in a script: 1-based line and column (in characters) plus the UTF-8 offset.
public struct SourcePosition: Sendable, Equatable, Hashable {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in characters from the start of the line.
    public var column: Int

    /// Creates a position from a line and a column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// The span of source text a token or syntax node covers; `end` is exclusive.
public struct SourceRange: Sendable, Equatable, Hashable {
    /// The first character of the span.
    public var start: SourcePosition
    /// The position just past the last character (on the same line or a later one).
    public var end: SourcePosition

    /// Creates a range between two positions.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The range covering both `self` and `other`.
    func joined(_ other: SourceRange) -> SourceRange {
        SourceRange(start: start, end: other.end)
    }
}
