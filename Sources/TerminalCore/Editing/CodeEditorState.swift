/// A place in the editor's text: a line and a character index within it.
public struct TextPosition: Hashable, Sendable, Comparable {
    /// The line, from 0.
    public var line: Int
    /// The character index in the line, from 0 to the line's length.
    public var column: Int

    /// The position at `line`, `column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders positions by line, then column.
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The text, cursor, scroll and undo history of a multi-line code editor, with
/// Python-style indentation rules: Enter keeps the indentation and adds a level after a
/// line ending in `:`, Tab inserts spaces to the next multiple of 4 (4 at the line start),
/// Backspace in leading whitespace removes a whole level. Pure: every change goes through
/// `handle(_:)` or the mutating methods, so editing is unit-testable key by key.
public struct CodeEditorState: Hashable, Sendable {
    /// Spaces per indentation level.
    public static let indentWidth = 4
    /// How many undo steps are kept.
    public static let undoLimit = 500

    /// The lines, as characters (never empty: an empty text is one empty line).
    public internal(set) var lines: [[Character]]
    /// The cursor.
    public internal(set) var cursor: TextPosition
    /// The first line shown.
    public internal(set) var scrollRow: Int = 0
    /// The first display column shown.
    public internal(set) var scrollColumn: Int = 0
    /// Rows and columns of text the editor showed last (the model sets them from its
    /// layout); paging and scrolling use them.
    public var viewportHeight: Int
    /// Columns of text shown last (a hint, like `viewportHeight`).
    public var viewportWidth: Int

    /// The display column Up/Down try to keep when moving through shorter lines.
    var preferredColumn: Int?
    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []
    var lastEdit: EditKind?

    /// What an undo step restores.
    struct Snapshot: Hashable, Sendable {
        var lines: [[Character]]
        var cursor: TextPosition
    }

    /// Kinds of edits; consecutive edits of a mergeable kind form one undo step.
    enum EditKind: Hashable, Sendable {
        case typing, deleting, other
    }

    /// An editor holding `text`, cursor at the start.
    public init(text: String = "", viewportHeight: Int = 20, viewportWidth: Int = 80) {
        self.lines = Self.splitLines(text)
        self.cursor = TextPosition(line: 0, column: 0)
        self.viewportHeight = max(1, viewportHeight)
        self.viewportWidth = max(1, viewportWidth)
    }

    /// The whole text, lines joined by newlines.
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// The number of lines.
    public var lineCount: Int { lines.count }

    /// Line `index` as a string ("" outside the text).
    public func line(_ index: Int) -> String {
        lines.indices.contains(index) ? String(lines[index]) : ""
    }

    /// Whether there is something to undo / redo.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// Whether there is something to redo.
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The cursor's display column in its line (wide characters count 2).
    public var cursorDisplayColumn: Int { Self.displayColumn(of: cursor.column, in: lines[cursor.line]) }

    /// Replaces the whole text (a new exercise), clearing history and moving to the start.
    public mutating func setText(_ text: String) {
        lines = Self.splitLines(text)
        cursor = TextPosition(line: 0, column: 0)
        undoStack.removeAll()
        redoStack.removeAll()
        lastEdit = nil
        preferredColumn = nil
        scrollRow = 0
        scrollColumn = 0
    }

    /// Moves the cursor to `position`, clamped into the text.
    public mutating func moveCursor(to position: TextPosition) {
        let line = min(max(0, position.line), lines.count - 1)
        cursor = TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
        preferredColumn = nil
        lastEdit = nil
        keepCursorVisible()
    }

    /// Lines of `text` split at any newline ("\n", "\r\n", "\r"), tabs expanded to spaces.
    static func splitLines(_ text: String) -> [[Character]] {
        var result: [[Character]] = [[]]
        for character in text {
            switch character {
            case "\n", "\r\n", "\r": result.append([])
            case "\t": result[result.count - 1] += Array(repeating: " ", count: indentWidth)
            default: result[result.count - 1].append(character)
            }
        }
        return result
    }

    static func displayColumn(of index: Int, in line: [Character]) -> Int {
        var column = 0
        for character in line.prefix(index) { column += DisplayWidth.width(of: character) }
        return column
    }

    /// The character index whose display column is closest to `column` without passing it.
    static func index(ofDisplayColumn column: Int, in line: [Character]) -> Int {
        var used = 0
        for (index, character) in line.enumerated() {
            let width = DisplayWidth.width(of: character)
            if used + width > column { return index }
            used += width
        }
        return line.count
    }
}
