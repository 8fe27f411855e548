/// The characters a border is drawn with.
public struct BorderSymbols: Hashable, Sendable {
    /// Top and bottom edges.
    public var horizontal: Character
    /// Left and right edges.
    public var vertical: Character
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character

    /// A border set from its six characters.
    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
        bottomLeft: Character, bottomRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// Thin box-drawing lines.
    public static let plain = BorderSymbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    /// Thin lines with rounded corners.
    public static let rounded = BorderSymbols(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
    /// Double lines, for modal dialogs.
    public static let double = BorderSymbols(
        horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
    /// Heavy lines, for the focused pane.
    public static let thick = BorderSymbols(
        horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    /// Plain ASCII, for terminals or fonts without box drawing characters.
    public static let ascii = BorderSymbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}

/// Which sides of a block have a border.
public struct Borders: OptionSet, Hashable, Sendable {
    /// The side bits.
    public let rawValue: UInt8
    /// Sides from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The top side.
    public static let top = Borders(rawValue: 1)
    /// The bottom side.
    public static let bottom = Borders(rawValue: 2)
    /// The left side.
    public static let left = Borders(rawValue: 4)
    /// The right side.
    public static let right = Borders(rawValue: 8)
    /// All four sides.
    public static let all: Borders = [.top, .bottom, .left, .right]
}
