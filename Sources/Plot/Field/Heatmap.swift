import TerminalCore

/// A 2-D scalar field drawn as colour (two samples per cell with half blocks), with
/// optional axes, colour bar, contour lines and trajectories.
///
/// ```swift
/// let field = Field2D(xRange: -2...2, yRange: -1...3, columns: 120, rows: 120) { x, y in
///     (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
/// }
/// var map = Heatmap(field: field)
/// map.contours = .logarithmic(count: 8)
/// map.trajectories = [Trajectory(name: "SGD", points: path)]
/// map.render(into: &buffer, area: rect)
/// ```
///
/// On monochrome terminals each cell shows a character from `DensityRamp` instead.
public struct Heatmap: Sendable {
    /// The field to draw.
    public var field: Field2D
    /// The colour ramp; `.diverging` centres the automatic value range on 0.
    public var ramp: ColorRamp
    /// The values mapped to the ends of the ramp; nil (or an empty or non-finite range) uses
    /// the field's range.
    public var valueRange: ClosedRange<Double>?
    /// How values map onto the ramp: `.logarithmic` spreads fields that span decades (loss
    /// surfaces) over the whole ramp; values <= 0 are then left blank.
    public var colorScale: AxisScale
    /// Contour levels to draw over the colours, or nil for none.
    public var contours: ContourLevels?
    /// The contour line colour; nil picks one that shows on the ramp (white on viridis,
    /// near-black on the diverging ramp, whose middle is white).
    public var contourColor: Color?
    /// Paths drawn over everything, in order.
    public var trajectories: [Trajectory]
    /// Whether to draw a colour bar with values on the right when there is room.
    public var showsColorBar: Bool
    /// Whether to draw axes with ticks (and the titles below).
    public var showsAxes: Bool
    /// The x-axis title.
    public var xTitle: String?
    /// The y-axis title.
    public var yTitle: String?
    /// Colours and markers.
    public var theme: PlotTheme

    /// A heatmap of `field` with the viridis ramp, axes and a colour bar.
    public init(
        field: Field2D, ramp: ColorRamp = .viridis, valueRange: ClosedRange<Double>? = nil,
        colorScale: AxisScale = .linear, contours: ContourLevels? = nil, trajectories: [Trajectory] = [],
        showsColorBar: Bool = true,
        showsAxes: Bool = true, xTitle: String? = nil, yTitle: String? = nil, theme: PlotTheme = .standard
    ) {
        self.field = field
        self.ramp = ramp
        self.valueRange = valueRange
        self.colorScale = colorScale
        self.contours = contours
        self.contourColor = nil
        self.trajectories = trajectories
        self.showsColorBar = showsColorBar
        self.showsAxes = showsAxes
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.theme = theme
    }

    /// The values at the two ends of the ramp (for a log colour scale, the smallest positive
    /// value to the largest).
    public func resolvedValueRange() -> ClosedRange<Double> {
        resolvedValueRange(summary: field.summary)
    }

    /// The values at the ramp's ends for a field with the given (precomputed) summary.
    func resolvedValueRange(summary: SampleSummary) -> ClosedRange<Double> {
        if let valueRange, valueRange.lowerBound.isFinite, valueRange.upperBound.isFinite,
            valueRange.lowerBound < valueRange.upperBound
        {
            return valueRange
        }
        guard summary.hasFiniteValues else { return colorScale == .logarithmic ? 1...10 : 0...1 }
        if colorScale == .logarithmic {
            guard summary.minimumPositive.isFinite else { return 1...10 }
            let low = summary.minimumPositive
            return low < summary.maximum ? low...summary.maximum : (low / 2)...(low * 2)
        }
        if ramp.isDiverging {
            let extent = max(abs(summary.minimum), abs(summary.maximum))
            return extent > 0 ? -extent...extent : -1...1
        }
        return summary.minimum < summary.maximum
            ? summary.minimum...summary.maximum : (summary.minimum - 1)...(summary.maximum + 1)
    }

    /// The contour colour actually used.
    var resolvedContourColor: Color {
        contourColor ?? (ramp.isDiverging ? .rgb(30, 30, 30) : .brightWhite)
    }

    /// The ink of the `index`-th trajectory.
    /// Paths without their own colour take colours that no part of the ramp resembles
    /// (reds and magenta on viridis, green and purple on the blue-white-red ramp); in ASCII
    /// they use letters that the density ramp never prints.
    func ink(forTrajectory index: Int) -> Ink {
        let path = trajectories[index]
        let symbols = Trajectory.asciiSymbols
        let palette: [Color] =
            ramp.isDiverging
            ? [.rgb(0, 170, 0), .rgb(150, 0, 200), .rgb(255, 140, 0)]
            : [.rgb(255, 40, 40), .rgb(255, 0, 255), .rgb(255, 255, 255)]
        return Ink(
            color: path.color ?? palette[index % palette.count],
            symbol: path.symbol ?? symbols[index % symbols.count])
    }
}
