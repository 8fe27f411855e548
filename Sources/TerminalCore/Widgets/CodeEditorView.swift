/// Draws a `CodeEditorState`: a gutter of line numbers (the cursor's line highlighted),
/// the visible text scrolled so the cursor shows, and the terminal cursor when focused.
/// Unfocused, lines are shown from column 0.
/// An optional highlighter styles each line (syntax colouring).
public struct CodeEditorView: Widget {
    /// The text and cursor.
    public var state: CodeEditorState
    /// Whether the editor has the keyboard.
    public var isFocused: Bool
    /// Whether to draw the line-number gutter.
    public var showsLineNumbers: Bool
    /// Turns one line of text into styled spans; nil draws plain text.
    public var highlighter: (@Sendable (String) -> [Span])?
    /// The gutter's style, and the style of the cursor line's number.
    public var gutterStyle: Style
    /// The style of the cursor line's number.
    public var currentLineNumberStyle: Style

    /// A view of `state`.
    public init(
        state: CodeEditorState, isFocused: Bool = true, showsLineNumbers: Bool = true,
        highlighter: (@Sendable (String) -> [Span])? = nil,
        gutterStyle: Style = Style(attributes: .dim), currentLineNumberStyle: Style = Style(attributes: .bold)
    ) {
        self.state = state
        self.isFocused = isFocused
        self.showsLineNumbers = showsLineNumbers
        self.highlighter = highlighter
        self.gutterStyle = gutterStyle
        self.currentLineNumberStyle = currentLineNumberStyle
    }

    /// The gutter's width: the digits of the last line number and a space.
    public var gutterWidth: Int { showsLineNumbers ? String(state.lineCount).count + 1 : 0 }

    /// The area the text itself gets inside `area` (what the model should pass back as the
    /// viewport size hints).
    public func textArea(in area: Rect) -> Rect {
        area.inset(top: 0, left: min(gutterWidth, area.width), bottom: 0, right: 0)
    }

    /// Draws the gutter, the text and the cursor.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let text = textArea(in: area)
        let firstRow = state.visibleScrollRow(height: area.height)
        // The sideways scroll exists to follow the cursor, which only shows while focused; an
        // unfocused editor (say, after a check passed) shows every line from its start.
        let firstColumn = isFocused ? state.visibleScrollColumn(width: text.width) : 0
        let digits = gutterWidth - 1
        for row in 0..<area.height {
            let index = firstRow + row
            guard index < state.lineCount else { break }
            let y = area.y + row
            if showsLineNumbers {
                let number = String(index + 1)
                let padded = String(repeating: " ", count: max(0, digits - number.count)) + number
                let style = index == state.cursor.line ? currentLineNumberStyle : gutterStyle
                buffer.setString(padded, x: area.x, y: y, style: style, maxWidth: area.width)
            }
            guard !text.isEmpty else { continue }
            let content = state.line(index)
            let line = highlighter.map { Line($0(content)) } ?? Line(content)
            line.draw(into: &buffer, x: text.x, y: y, maxWidth: text.width, skippingColumns: firstColumn)
        }
        if isFocused && !text.isEmpty {
            buffer.cursor = Position(
                x: text.x + state.cursorDisplayColumn - firstColumn, y: area.y + state.cursor.line - firstRow)
        }
    }
}
