/// A single-line text field showing a `TextInputState`, scrolled so the cursor is visible,
/// with a dim placeholder when empty. When focused it places the terminal cursor.
public struct TextInputView: Widget {
    /// The field's contents and cursor.
    public var state: TextInputState
    /// Shown (dim) while the field is empty.
    public var placeholder: String
    /// Whether the field has the keyboard (shows the cursor).
    public var isFocused: Bool
    /// The text's style.
    public var style: Style

    /// A view of `state`.
    public init(
        state: TextInputState, placeholder: String = "", isFocused: Bool = true, style: Style = .plain
    ) {
        self.state = state
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.style = style
    }

    /// Draws the visible part of the text on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: .blank(style))
        if state.characters.isEmpty {
            buffer.setString(
                placeholder, x: area.x, y: area.y, style: style.adding(.dim), maxWidth: area.width)
        } else {
            let scroll = state.visibleScroll(width: area.width)
            Line(state.text, style: style).draw(
                into: &buffer, x: area.x, y: area.y, maxWidth: area.width, skippingColumns: scroll)
        }
        if isFocused {
            let x = area.x + state.cursorColumn - state.visibleScroll(width: area.width)
            buffer.cursor = Position(x: min(x, area.maxX - 1), y: area.y)
        }
    }
}
