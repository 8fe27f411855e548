/// One terminal cell: a grapheme cluster and its style. A wide character occupies its own
/// cell (width 2) and the next one, which holds a `continuation` cell (width 0).
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in the cell ("" for a continuation cell).
    public var symbol: String
    /// The cells the symbol takes: 1, 2 (wide), or 0 (continuation of a wide symbol).
    public var width: Int
    public var style: Style

    public init(_ symbol: String, style: Style = .plain) {
        self.symbol = symbol
        self.width = DisplayWidth.width(of: symbol)
        self.style = style
        if width == 0 && !symbol.isEmpty {
            // A lone combining mark or control character: show it on a space so it has a place.
            self.symbol = " " + symbol
            self.width = 1
        }
    }

    public init(_ character: Character, style: Style = .plain) {
        self.init(String(character), style: style)
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// The placeholder behind the right half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.symbol = ""
        cell.width = 0
        return cell
    }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
