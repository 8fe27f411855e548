import Plot

/// A 2-D loss surface for the gradient-descent visualizer: its formula, value and analytic
/// gradient, the box it is drawn in, where descent starts and where the minimum lies.
///
/// Gradients are analytic (checked against central differences in the tests) so every
/// optimizer sees the exact slope; the optimizers themselves are the engine's.
public struct LossSurface: Sendable {
    /// The short name used on the command line and in traces (`rosenbrock`).
    public let id: String
    /// The display name ("Rosenbrock").
    public let name: String
    /// The formula as shown to the learner.
    public let formula: String
    /// One sentence on what the surface teaches.
    public let lesson: String
    /// The x range drawn.
    public let xRange: ClosedRange<Double>
    /// The y range drawn.
    public let yRange: ClosedRange<Double>
    /// Start points the learner can cycle through; the first is the default.
    public let startPresets: [PlotPoint]
    /// The minimizer, or nil when the surface has none (the saddle).
    public let minimum: PlotPoint?
    /// Whether values span decades (drawn with a log colour scale and a log loss axis).
    public let spansDecades: Bool
    /// A learning rate that shows plain and momentum SGD well here.
    public let gradientRate: Double
    /// A learning rate that shows RMSProp and Adam well here (their steps are about lr long).
    public let adaptiveRate: Double
    private let valueFunction: @Sendable (Double, Double) -> Double
    private let gradientFunction: @Sendable (Double, Double) -> (Double, Double)

    /// A surface from its parts.
    public init(
        id: String, name: String, formula: String, lesson: String, xRange: ClosedRange<Double>,
        yRange: ClosedRange<Double>, startPresets: [PlotPoint], minimum: PlotPoint?, spansDecades: Bool,
        gradientRate: Double, adaptiveRate: Double,
        value: @escaping @Sendable (Double, Double) -> Double,
        gradient: @escaping @Sendable (Double, Double) -> (Double, Double)
    ) {
        self.id = id
        self.name = name
        self.formula = formula
        self.lesson = lesson
        self.xRange = xRange
        self.yRange = yRange
        self.startPresets =
            startPresets.isEmpty ? [PlotPoint(x: xRange.lowerBound, y: yRange.upperBound)] : startPresets
        self.minimum = minimum
        self.spansDecades = spansDecades
        self.gradientRate = gradientRate
        self.adaptiveRate = adaptiveRate
        self.valueFunction = value
        self.gradientFunction = gradient
    }

    /// f(x, y).
    public func value(_ point: PlotPoint) -> Double { valueFunction(point.x, point.y) }

    /// ∇f(x, y).
    public func gradient(_ point: PlotPoint) -> (x: Double, y: Double) {
        let (gx, gy) = gradientFunction(point.x, point.y)
        return (gx, gy)
    }

    /// The value at the minimum (nil for the saddle).
    public var minimumValue: Double? { minimum.map(value) }

    /// The loss as the loss-vs-step chart shows it: on surfaces drawn on a log axis, the gap
    /// to the minimum floored at 1e-12 (Float32 parameters reach exact zeros, which a log
    /// axis cannot show); elsewhere the value itself.
    public func chartValue(_ value: Double) -> Double {
        guard spansDecades, value.isFinite else { return value }
        return max(value - (minimumValue ?? 0), 1e-12)
    }

    /// The default start point.
    public var defaultStart: PlotPoint { startPresets[0] }

    /// Whether `point` is so far outside the box that the run counts as diverged: beyond
    /// ten box widths from the box's centre.
    public func isFarOutside(_ point: PlotPoint) -> Bool {
        let centerX = xRange.lowerBound / 2 + xRange.upperBound / 2
        let centerY = yRange.lowerBound / 2 + yRange.upperBound / 2
        let width = xRange.upperBound - xRange.lowerBound
        let height = yRange.upperBound - yRange.lowerBound
        return abs(point.x - centerX) > 10 * width || abs(point.y - centerY) > 10 * height
    }
}
