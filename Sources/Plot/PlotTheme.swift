import TerminalCore

/// How a canvas turns its dots into characters.
public enum CanvasMarker: Sendable, Hashable {
    /// Braille patterns: 2x4 dots per cell, the finest resolution (needs a braille font).
    case braille
    /// Quadrant block characters: 2x2 dots per cell, drawn by almost every terminal font.
    case block
    /// Plain ASCII: one dot per cell, drawn with each series' own symbol (`*`, `+`, `o`, ...),
    /// so series stay distinguishable without colour.
    case ascii
}

/// Colours and drawing choices shared by every plot.
public struct PlotTheme: Sendable, Hashable {
    /// What the terminal can show; monochrome switches plots to their character fallbacks
    /// (ASCII markers, density ramps instead of colour).
    public var colorDepth: ColorDepth
    /// The canvas marker; nil picks braille in colour and ASCII in monochrome.
    public var marker: CanvasMarker?
    /// Colours given to series that do not choose their own, in order.
    public var seriesColors: [Color]
    /// Symbols used by ASCII-marker canvases for series that do not choose their own.
    public var seriesSymbols: [Character]
    /// Axis lines and tick marks.
    public var axisStyle: Style
    /// Tick labels, axis titles and legend text.
    public var labelStyle: Style
    /// Markers that flag skipped points (NaN, infinities, non-positive values on a log axis).
    public var warningStyle: Style

    /// A theme for a terminal with the given colour depth.
    public init(colorDepth: ColorDepth = .trueColor, marker: CanvasMarker? = nil) {
        self.colorDepth = colorDepth
        self.marker = marker
        self.seriesColors = [.cyan, .yellow, .magenta, .green, .red, .blue, .brightWhite]
        self.seriesSymbols = ["*", "+", "o", "x", "#", "%", "@"]
        self.axisStyle = Style(foreground: .brightBlack)
        self.labelStyle = .plain
        self.warningStyle = Style(foreground: .red, attributes: [.bold])
    }

    /// The default colour theme.
    public static let standard = PlotTheme()
    /// A theme for terminals without colour (NO_COLOR, `TERM=dumb`).
    public static let monochrome = PlotTheme(colorDepth: .monochrome)

    /// Whether colour is available at all.
    public var usesColor: Bool { colorDepth != .monochrome }

    /// The marker actually used: the explicit choice, else braille, or ASCII in monochrome.
    public var effectiveMarker: CanvasMarker {
        if let marker { return marker }
        return usesColor ? .braille : .ascii
    }

    /// The colour for the `index`-th series (cycling through the palette).
    public func seriesColor(_ index: Int) -> Color {
        guard !seriesColors.isEmpty else { return .terminalDefault }
        return seriesColors[((index % seriesColors.count) + seriesColors.count) % seriesColors.count]
    }

    /// The ASCII symbol for the `index`-th series (cycling).
    public func seriesSymbol(_ index: Int) -> Character {
        guard !seriesSymbols.isEmpty else { return "*" }
        return seriesSymbols[((index % seriesSymbols.count) + seriesSymbols.count) % seriesSymbols.count]
    }
}
