/// A vertical list of one-line items with a highlighted, always visible selection.
public struct ListView: Widget {
    /// The rows.
    public var items: [Line]
    /// The selection and scroll position.
    public var state: ListState
    /// The style laid over the selected row.
    public var highlightStyle: Style
    /// Drawn before the selected row (other rows get as many spaces).
    public var highlightSymbol: String

    /// A list of `items` at `state`.
    public init(
        _ items: [Line], state: ListState, highlightStyle: Style = Style(attributes: .reverse),
        highlightSymbol: String = "> "
    ) {
        self.items = items
        self.state = state
        self.highlightStyle = highlightStyle
        self.highlightSymbol = highlightSymbol
    }

    /// Draws the visible rows, with a scrollbar when they do not all fit.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var offset = min(state.offset, max(0, items.count - area.height))
        if let selected = state.selected, items.indices.contains(selected) {
            offset = ListState.offset(keeping: selected, visible: area.height, from: offset)
        }
        let needsBar = items.count > area.height
        let rowWidth = area.width - (needsBar ? 1 : 0)
        let symbolWidth = DisplayWidth.width(of: highlightSymbol)
        for row in 0..<min(area.height, max(0, items.count - offset)) {
            let index = offset + row
            let y = area.y + row
            let isSelected = index == state.selected
            if isSelected {
                buffer.setString(highlightSymbol, x: area.x, y: y, maxWidth: rowWidth)
            }
            items[index].draw(
                into: &buffer, x: area.x + symbolWidth, y: y, maxWidth: max(0, rowWidth - symbolWidth))
            if isSelected {
                buffer.restyle(Rect(x: area.x, y: y, width: rowWidth, height: 1)) {
                    $0.patched(with: highlightStyle)
                }
            }
        }
        if needsBar {
            let bar = Scrollbar(contentHeight: items.count, viewportHeight: area.height, offset: offset)
            buffer.render(bar, in: Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height))
        }
    }
}
