/// Something that draws itself into a region of a buffer. Widgets are plain values built
/// fresh in every `view`; anything that must survive between frames lives in a state value
/// owned by the model (`ListState`, `ScrollState`, `TextInputState`, `CodeEditorState`).
public protocol Widget {
    /// Draws into `area` of `buffer`, touching nothing outside it.
    func render(into buffer: inout Buffer, area: Rect)
}

extension Buffer {
    /// Draws `widget` into `area` (clipped to this buffer).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(into: &self, area: area.intersection(self.area))
    }
}

/// Horizontal placement of text in its area.
public enum Alignment: Hashable, Sendable {
    case left, center, right

    /// The column to start text of `textWidth` cells in `area`.
    func startColumn(textWidth: Int, in area: Rect) -> Int {
        switch self {
        case .left: return area.x
        case .center: return area.x + max(0, (area.width - textWidth) / 2)
        case .right: return area.x + max(0, area.width - textWidth)
        }
    }
}
