/// A 2-D function with a known minimum, for optimizer labs (and the tutor's descent visualizer).
public struct TestSurface: Sendable {
    /// The name lessons use (`dataset: rosenbrock`).
    public let name: String
    /// The minimizer.
    public let minimum: (x: Double, y: Double)
    /// f(x, y).
    public let value: @Sendable (Double, Double) -> Double
    /// ∇f(x, y).
    public let gradient: @Sendable (Double, Double) -> (Double, Double)

    /// The surfaces labs may name.
    public static let all: [TestSurface] = [bowl, valley, rosenbrock, beale]

    /// The surface called `name`, if any.
    public static func named(_ name: String) -> TestSurface? {
        all.first { $0.name == name }
    }

    /// f = x² + y²: the easy case.
    public static let bowl = TestSurface(
        name: "bowl", minimum: (0, 0), value: { x, y in x * x + y * y }, gradient: { x, y in (2 * x, 2 * y) })

    /// f = x²/2 + 10y²: ill-conditioned (curvatures 1 and 20), so one learning rate fits neither axis well.
    public static let valley = TestSurface(
        name: "valley", minimum: (0, 0), value: { x, y in 0.5 * x * x + 10 * y * y },
        gradient: { x, y in (x, 20 * y) })

    /// f = (1 - x)² + 100(y - x²)²: a curved, flat-bottomed valley; minimum at (1, 1).
    public static let rosenbrock = TestSurface(
        name: "rosenbrock", minimum: (1, 1),
        value: { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
        gradient: { x, y in (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)) })

    /// Beale's function; minimum 0 at (3, 0.5).
    public static let beale = TestSurface(
        name: "beale", minimum: (3, 0.5),
        value: { x, y in
            let a = 1.5 - x + x * y
            let b = 2.25 - x + x * y * y
            let c = 2.625 - x + x * y * y * y
            return a * a + b * b + c * c
        },
        gradient: { x, y in
            let a = 1.5 - x + x * y
            let b = 2.25 - x + x * y * y
            let c = 2.625 - x + x * y * y * y
            let dx = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1)
            let dy = 2 * a * x + 2 * b * (2 * x * y) + 2 * c * (3 * x * y * y)
            return (dx, dy)
        })
}
