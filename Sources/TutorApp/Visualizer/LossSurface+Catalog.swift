import Plot

extension LossSurface {
    /// Every surface, in the order the visualizer cycles through them.
    public static let all: [LossSurface] = [bowl, valley, rosenbrock, saddle, beale]

    /// The surface whose `id` (or name, ignoring case) is `name`.
    public static func named(_ name: String) -> LossSurface? {
        let wanted = name.lowercased()
        return all.first { $0.id == wanted || $0.name.lowercased() == wanted }
    }

    /// The ids, for messages listing the choices.
    public static var ids: [String] { all.map(\.id) }

    /// f = x² + y²: every direction curves the same, so plain gradient descent heads straight in.
    public static let bowl = LossSurface(
        id: "bowl", name: "Quadratic bowl", formula: "f(x,y) = x² + y²",
        lesson: "Equal curvature: the gradient points at the minimum.",
        xRange: -2...2, yRange: -2...2,
        startPresets: [PlotPoint(x: -1.6, y: 1.4), PlotPoint(x: 1.8, y: 1.8), PlotPoint(x: 0.3, y: -1.7)],
        minimum: PlotPoint(x: 0, y: 0), spansDecades: true, gradientRate: 0.1, adaptiveRate: 0.1,
        value: { x, y in x * x + y * y }, gradient: { x, y in (2 * x, 2 * y) })

    /// f = x²/2 + 10y²: curvatures 1 and 20, so a rate that suits x makes y zig-zag.
    public static let valley = LossSurface(
        id: "valley", name: "Ill-conditioned valley", formula: "f(x,y) = x²/2 + 10y²",
        lesson: "Curvatures 1 and 20: no one learning rate suits both.",
        xRange: -3...3, yRange: -1.5...1.5,
        startPresets: [PlotPoint(x: -2.8, y: 1.2), PlotPoint(x: 2.5, y: -1.3), PlotPoint(x: -1, y: 1.4)],
        minimum: PlotPoint(x: 0, y: 0), spansDecades: true, gradientRate: 0.065, adaptiveRate: 0.15,
        value: { x, y in 0.5 * x * x + 10 * y * y }, gradient: { x, y in (x, 20 * y) })

    /// f = (1 − x)² + 100(y − x²)²: a curved, flat-floored valley; minimum 0 at (1, 1).
    public static let rosenbrock = LossSurface(
        id: "rosenbrock", name: "Rosenbrock", formula: "f(x,y) = (1−x)² + 100(y−x²)²",
        lesson: "A curved valley: easy to enter, slow to follow to (1, 1).",
        xRange: -2...2, yRange: -1...3,
        startPresets: [PlotPoint(x: -1.5, y: 2), PlotPoint(x: -1.2, y: 1), PlotPoint(x: 1.5, y: -0.5)],
        minimum: PlotPoint(x: 1, y: 1), spansDecades: true, gradientRate: 0.001, adaptiveRate: 0.05,
        value: { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
        gradient: { x, y in (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)) })

    /// f = x² − y²: a saddle at the origin with no minimum; descent must escape along y.
    public static let saddle = LossSurface(
        id: "saddle", name: "Saddle", formula: "f(x,y) = x² − y²",
        lesson: "Flat at (0, 0) but no minimum: who escapes first?",
        xRange: -2...2, yRange: -2...2,
        startPresets: [PlotPoint(x: -1.8, y: 0.01), PlotPoint(x: 1.8, y: -0.2), PlotPoint(x: -1, y: 0.5)],
        minimum: nil, spansDecades: false, gradientRate: 0.05, adaptiveRate: 0.05,
        value: { x, y in x * x - y * y }, gradient: { x, y in (2 * x, -2 * y) })

    /// Beale's function: flat plateaus and steep walls; minimum 0 at (3, 0.5).
    public static let beale = LossSurface(
        id: "beale", name: "Beale",
        formula: "f = (1.5−x+xy)² + (2.25−x+xy²)² + (2.625−x+xy³)²",
        lesson: "Plateaus and steep walls: gradient-sized steps struggle.",
        xRange: -4.5...4.5, yRange: -4.5...4.5,
        startPresets: [PlotPoint(x: 1, y: 1.4), PlotPoint(x: -2, y: 2), PlotPoint(x: 2, y: -2)],
        minimum: PlotPoint(x: 3, y: 0.5), spansDecades: true, gradientRate: 0.002, adaptiveRate: 0.05,
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
            let dy = 2 * a * x + 4 * b * x * y + 6 * c * x * y * y
            return (dx, dy)
        })
}
