/// A point in data coordinates.
public struct PlotPoint: Sendable, Hashable {
    /// Horizontal data coordinate.
    public var x: Double
    /// Vertical data coordinate (up is positive).
    public var y: Double

    /// The point (`x`, `y`).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The origin.
    public static let zero = PlotPoint(x: 0, y: 0)

    /// Whether both coordinates are finite.
    public var isFinite: Bool { x.isFinite && y.isFinite }
}
