/// A 2x2 matrix acting on the plane: (x, y) -> (a x + b y, c x + d y).
public struct LinearMap2D: Sendable, Hashable {
    /// Row 1, column 1.
    public var a: Double
    /// Row 1, column 2.
    public var b: Double
    /// Row 2, column 1.
    public var c: Double
    /// Row 2, column 2.
    public var d: Double

    /// The matrix [[a, b], [c, d]].
    public init(a: Double, b: Double, c: Double, d: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// The identity map.
    public static let identity = LinearMap2D(a: 1, b: 0, c: 0, d: 1)

    /// The image of `point`.
    public func apply(_ point: PlotPoint) -> PlotPoint {
        PlotPoint(x: a * point.x + b * point.y, y: c * point.x + d * point.y)
    }

    /// The determinant (area scale factor; negative when orientation flips).
    public var determinant: Double { a * d - b * c }
}
