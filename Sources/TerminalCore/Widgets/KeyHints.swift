/// A footer listing keys and what they do ("q quit  ? help"). Hints that do not fit are
/// left out from the end, so the first ones (the most important) always show.
public struct KeyHints: Widget, Hashable, Sendable {
    /// One key and its action.
    public struct Hint: Hashable, Sendable {
        /// The key as shown ("q", "Ctrl-R", "↑↓").
        public var key: String
        /// What it does ("quit").
        public var action: String

        /// A hint for `key` doing `action`.
        public init(_ key: String, _ action: String) {
            self.key = key
            self.action = action
        }
    }

    /// The hints, most important first.
    public var hints: [Hint]
    /// The style of the bar.
    public var style: Style
    /// The style of each key.
    public var keyStyle: Style

    /// A footer with `hints`.
    public init(
        _ hints: [Hint], style: Style = Style(attributes: .dim),
        keyStyle: Style = Style(attributes: [.reverse, .bold])
    ) {
        self.hints = hints
        self.style = style
        self.keyStyle = keyStyle
    }

    /// Draws the hints on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: .blank(style))
        var x = area.x
        for (index, hint) in hints.enumerated() {
            let gap = index == 0 ? 0 : 2
            let needed = gap + DisplayWidth.width(of: hint.key) + 1 + DisplayWidth.width(of: hint.action)
            if x + needed > area.maxX { break }
            x += gap
            x = buffer.setString(hint.key, x: x, y: area.y, style: keyStyle)
            x = buffer.setString(" " + hint.action, x: x, y: area.y, style: style)
        }
    }
}
