import TerminalCore

/// A path drawn over a heatmap in data coordinates, such as an optimizer's steps, with a
/// marker at its start and at its current (last) point.
public struct Trajectory: Sendable {
    /// The legend name ("SGD", "Adam").
    public var name: String
    /// The visited points, oldest first; non-finite points break the line.
    public var points: [PlotPoint]
    /// The line colour; nil takes the theme's series colour for its position.
    public var color: Color?
    /// The ASCII-canvas symbol; nil takes the theme's symbol for its position.
    public var symbol: Character?

    /// A named path through `points`.
    public init(name: String, points: [PlotPoint], color: Color? = nil, symbol: Character? = nil) {
        self.name = name
        self.points = points
        self.color = color
        self.symbol = symbol
    }

    /// ASCII-canvas symbols for paths without their own, none of them in `DensityRamp`.
    static let asciiSymbols: [Character] = ["o", "x", "v", "s", "z"]

    /// The marker for the first point.
    static let startMarker: Character = "○"
    /// The marker for the current point.
    static let currentMarker: Character = "●"
}
