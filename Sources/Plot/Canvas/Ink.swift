import TerminalCore

/// What a canvas draws dots with: a colour, plus the symbol an ASCII canvas prints.
public struct Ink: Sendable, Hashable {
    /// The dot colour (the cell's foreground).
    public var color: Color
    /// The character an ASCII-marker canvas prints for these dots.
    public var symbol: Character
    /// Extra attributes (for example `.dim` for a raw curve under its smoothed one).
    public var attributes: TextAttributes

    /// Ink of the given colour and ASCII symbol.
    public init(color: Color, symbol: Character = "*", attributes: TextAttributes = []) {
        self.color = color
        self.symbol = symbol
        self.attributes = attributes
    }
}
