/// A cell position in screen coordinates.
public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// The column, 0 at the left edge.
    public var x: Int
    /// The row, 0 at the top edge.
    public var y: Int

    /// The position at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// "(x, y)", for test messages.
    public var description: String { "(\(x), \(y))" }
}
