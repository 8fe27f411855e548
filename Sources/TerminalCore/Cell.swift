/// One terminal cell: a grapheme cluster and its style. A wide character occupies its own
/// cell (width 2) and the next one, which holds a `continuation` cell (width 0).
///
/// The grapheme is kept as inline UTF-8 (`InlineSymbol`), which makes a cell plain data:
/// buffers of thousands of cells copy and diff without reference counting.
public struct Cell: Hashable, Sendable {
    private var storage: InlineSymbol
    /// The cells the symbol takes: 1, 2 (wide), or 0 (continuation of a wide symbol).
    public var width: Int
    /// How the symbol is drawn.
    public var style: Style

    /// The grapheme drawn in the cell ("" for a continuation cell).
    public var symbol: String {
        get { storage.string }
        set { storage = InlineSymbol(newValue) }
    }

    /// A cell showing `symbol` (one grapheme), its width measured.
    public init(_ symbol: String, style: Style = .plain) {
        self.init(storage: InlineSymbol(symbol), width: DisplayWidth.width(of: symbol), style: style) {
            " " + symbol
        }
    }

    /// A cell showing `character`, its width measured.
    public init(_ character: Character, style: Style = .plain) {
        self.init(storage: InlineSymbol(character), width: DisplayWidth.width(of: character), style: style) {
            " " + String(character)
        }
    }

    private init(storage: InlineSymbol, width: Int, style: Style, onSpace: () -> String) {
        self.storage = storage
        self.width = width
        self.style = style
        if width == 0 && storage != .empty {
            // A lone combining mark or control character: show it on a space so it has a place.
            self.storage = InlineSymbol(onSpace())
            self.width = 1
        }
    }

    private init(storage: InlineSymbol, width: Int, style: Style) {
        self.storage = storage
        self.width = width
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(storage: .space, width: 1, style: style)
    }

    /// The placeholder behind the right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell(storage: .empty, width: 0, style: style) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }

    /// Whether the cell shows a plain space (whatever its style).
    public var isSpace: Bool { storage.isASCII(0x20) }
}
