import TerminalCore

/// Bars for labelled values, horizontal or vertical, with value labels; negative values
/// grow the other way from zero. Bar ends have eighth-cell resolution growing away from
/// the label side (positive) and half-cell resolution the other way (negative), because
/// terminals only have partial blocks anchored at the left and bottom.
public struct BarChart: Sendable {
    /// One labelled value.
    public struct Bar: Sendable {
        /// The category label.
        public var label: String
        /// The value (non-finite values show their label and no bar).
        public var value: Double
        /// The bar colour; nil uses the chart's positive or negative colour.
        public var color: Color?

        /// A bar for `value` labelled `label`.
        public init(label: String, value: Double, color: Color? = nil) {
            self.label = label
            self.value = value
            self.color = color
        }
    }

    /// Which way bars grow.
    public enum Orientation: Sendable {
        /// Bars grow to the right (negative to the left), one row each.
        case horizontal
        /// Bars grow up (negative down), side by side.
        case vertical
    }

    /// The bars, in order (top to bottom, or left to right).
    public var bars: [Bar]
    /// Which way bars grow.
    public var orientation: Orientation
    /// Whether to print each value next to its bar.
    public var showsValues: Bool
    /// Colour of positive bars without their own colour.
    public var positiveColor: Color
    /// Colour of negative bars without their own colour.
    public var negativeColor: Color
    /// Colours and fallbacks.
    public var theme: PlotTheme

    /// A chart of `bars`.
    public init(
        bars: [Bar], orientation: Orientation = .horizontal, showsValues: Bool = true,
        positiveColor: Color = .cyan, negativeColor: Color = .red, theme: PlotTheme = .standard
    ) {
        self.bars = bars
        self.orientation = orientation
        self.showsValues = showsValues
        self.positiveColor = positiveColor
        self.negativeColor = negativeColor
        self.theme = theme
    }

    /// A chart from parallel arrays of labels and values (extra entries are ignored).
    public init(
        labels: [String], values: [Double], orientation: Orientation = .horizontal,
        theme: PlotTheme = .standard
    ) {
        self.init(
            bars: zip(labels, values).map { Bar(label: $0, value: $1) }, orientation: orientation,
            theme: theme)
    }

    /// The value range bars are scaled to: always includes zero.
    func valueBounds() -> (low: Double, high: Double) {
        let finite = bars.map(\.value).filter(\.isFinite)
        let low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 0)
        if low == high { high = 1 }
        return (low, high)
    }

    /// The style of a bar.
    func style(for bar: Bar) -> Style {
        Style(foreground: bar.color ?? (bar.value < 0 ? negativeColor : positiveColor))
    }

    /// Draws the chart into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !bars.isEmpty else { return }
        switch orientation {
        case .horizontal: renderHorizontal(into: &buffer, area: area)
        case .vertical: renderVertical(into: &buffer, area: area)
        }
    }

    /// The characters for a bar `units` long, whole cells first, with the partial cell from
    /// `partials` (index = number of sub-units filled).
    static func segments(units: Int, perCell: Int, partials: [Character]) -> [Character] {
        guard units > 0 else { return [] }
        var result = [Character](repeating: CanvasGlyphs.fullBlock, count: units / perCell)
        let remainder = units % perCell
        if remainder > 0 { result.append(partials[remainder]) }
        return result
    }
}
