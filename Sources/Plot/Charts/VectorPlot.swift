import Foundation
import TerminalCore

/// Arrows in the plane with equal scales on both axes, optionally showing what a 2x2
/// matrix does: the transformed grid, the unit circle and its image (an ellipse), and the
/// basis vectors e1, e2 with their images. For lessons where a matrix acts on the plane.
public struct VectorPlot: Sendable {
    /// One arrow from `origin` to `tip`.
    public struct Arrow: Sendable {
        /// Where the arrow starts.
        public var origin: PlotPoint
        /// Where its head is.
        public var tip: PlotPoint
        /// Text near the head.
        public var label: String?
        /// The colour; nil takes the theme's series colour for its position.
        public var color: Color?

        /// An arrow from `origin` (default: the origin) to `tip`.
        public init(
            to tip: PlotPoint, from origin: PlotPoint = .zero, label: String? = nil, color: Color? = nil
        ) {
            self.origin = origin
            self.tip = tip
            self.label = label
            self.color = color
        }
    }

    /// Arrows drawn last, in order.
    public var arrows: [Arrow]
    /// A map whose effect is shown (grid, circles, basis vectors), or nil.
    public var transform: LinearMap2D?
    /// Whether to draw the unit circle (dotted) and, with a transform, its image.
    public var showsUnitCircle: Bool
    /// Half the visible extent; nil fits everything drawn with some room.
    public var extent: Double?
    /// Colours and fallbacks.
    public var theme: PlotTheme

    /// A plot of `arrows`, optionally showing `transform`.
    public init(
        arrows: [Arrow] = [], transform: LinearMap2D? = nil, showsUnitCircle: Bool = true,
        extent: Double? = nil,
        theme: PlotTheme = .standard
    ) {
        self.arrows = arrows
        self.transform = transform
        self.showsUnitCircle = showsUnitCircle
        self.extent = extent
        self.theme = theme
    }

    /// The arrows the transform contributes: e1, e2 (dim) and their images.
    func basisArrows() -> [Arrow] {
        guard let transform else { return [] }
        let e1 = PlotPoint(x: 1, y: 0)
        let e2 = PlotPoint(x: 0, y: 1)
        return [
            Arrow(to: e1, label: nil, color: .brightBlack), Arrow(to: e2, label: nil, color: .brightBlack),
            Arrow(to: transform.apply(e1), label: "Ae1", color: .red),
            Arrow(to: transform.apply(e2), label: "Ae2", color: .green),
        ]
    }

    /// Half the visible extent: the fixed one, or the largest coordinate drawn plus 15%.
    func resolvedExtent() -> Double {
        if let extent, extent.isFinite, extent > 0 { return extent }
        var largest = showsUnitCircle ? 1.0 : 0.0
        for arrow in arrows + basisArrows() {
            for point in [arrow.origin, arrow.tip] where point.isFinite {
                largest = max(largest, abs(point.x), abs(point.y))
            }
        }
        if let transform, showsUnitCircle {
            // The ellipse reaches sqrt(a^2 + b^2) in x and sqrt(c^2 + d^2) in y.
            let reach = max(hypot(transform.a, transform.b), hypot(transform.c, transform.d))
            if reach.isFinite { largest = max(largest, reach) }
        }
        return largest > 0 ? largest * 1.15 : 1
    }
}
