/// The contents, cursor and horizontal scroll of a single-line text field. Pure: it changes
/// only through `handle(_:)` and the mutating methods, so typing is unit-testable.
public struct TextInputState: Hashable, Sendable {
    /// The characters typed so far.
    public private(set) var characters: [Character]
    /// The cursor, as a character index from 0 (before the first) to `characters.count`.
    public private(set) var cursor: Int
    /// The first display column shown.
    public private(set) var scroll: Int
    /// How many cells the field shows (the model sets it from its layout); scrolling uses it.
    public var viewWidth: Int

    /// A field holding `text` with the cursor at its end.
    public init(text: String = "", viewWidth: Int = 40) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.scroll = 0
        self.viewWidth = max(1, viewWidth)
        keepCursorVisible()
    }

    /// The text.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue.filter { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
            cursor = characters.count
            keepCursorVisible()
        }
    }

    /// The display column of the cursor (wide characters count 2).
    public var cursorColumn: Int { DisplayWidth.width(of: String(characters[..<cursor])) }

    /// Handles editing keys: printable characters insert; Left/Right, Home/End (Ctrl-A,
    /// Ctrl-E) move; Backspace/Delete remove; Ctrl-U/Ctrl-K delete to the start/end; Ctrl-W
    /// deletes the word before the cursor. Returns whether the key was used.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        case .ctrl("w"):
            var start = cursor
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        keepCursorVisible()
        return true
    }

    /// Inserts `text` at the cursor (newlines are dropped: this is one line).
    public mutating func insert(_ text: String) {
        let inserted = text.filter { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
        keepCursorVisible()
    }

    /// The first column to show in a field `width` cells wide: the stored scroll, moved just
    /// enough that the cursor cell is visible.
    public func visibleScroll(width: Int) -> Int {
        let column = cursorColumn
        let total = DisplayWidth.width(of: String(characters))
        if total < width { return 0 }
        var start = min(scroll, max(0, total + 1 - width))
        if column < start { start = column }
        if column > start + width - 1 { start = column - width + 1 }
        return max(0, start)
    }

    private mutating func keepCursorVisible() {
        scroll = visibleScroll(width: viewWidth)
    }
}
