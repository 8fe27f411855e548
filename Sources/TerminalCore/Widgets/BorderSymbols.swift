/// The characters a border is drawn with.
public struct BorderSymbols: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
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
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let top = Borders(rawValue: 1)
    public static let bottom = Borders(rawValue: 2)
    public static let left = Borders(rawValue: 4)
    public static let right = Borders(rawValue: 8)
    /// All four sides.
    public static let all: Borders = [.top, .bottom, .left, .right]
}
