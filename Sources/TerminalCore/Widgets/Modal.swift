/// A dialog drawn over the screen: a centred bordered box that clears what is below it,
/// with a title, wrapped body text and an optional row of buttons. Render it last, into the
/// whole screen area; it sizes itself to its content.
public struct Modal: Widget {
    /// The title in the top border.
    public var title: String
    /// The message or help text.
    public var body: StyledText
    /// Button labels ("Yes", "No"); none for an informational box.
    public var buttons: [String]
    /// The highlighted button.
    public var selectedButton: Int
    /// The widest the box may get, in cells (it never exceeds the screen).
    public var maxWidth: Int
    /// The border characters.
    public var symbols: BorderSymbols
    /// The style of the box (border, background, text).
    public var style: Style

    /// A dialog with the given content.
    public init(
        title: String, body: StyledText, buttons: [String] = [], selectedButton: Int = 0, maxWidth: Int = 64,
        symbols: BorderSymbols = .double, style: Style = .plain
    ) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.maxWidth = maxWidth
        self.symbols = symbols
        self.style = style
    }

    /// A yes/no question; `state` says which answer is highlighted.
    public static func confirm(
        title: String = "Confirm", question: StyledText, state: ConfirmState, symbols: BorderSymbols = .double
    ) -> Modal {
        Modal(
            title: title, body: question, buttons: ["Yes", "No"], selectedButton: state.yesSelected ? 0 : 1,
            maxWidth: 50, symbols: symbols)
    }

    /// A help box listing keys and their actions in two aligned columns.
    public static func help(
        title: String = "Help", hints: [KeyHints.Hint], footer: String = "Press any key to close",
        symbols: BorderSymbols = .double
    ) -> Modal {
        let keyWidth = hints.map { DisplayWidth.width(of: $0.key) }.max() ?? 0
        var lines: [Line] = hints.map { hint in
            let padding = String(repeating: " ", count: keyWidth - DisplayWidth.width(of: hint.key))
            return Line([Span(hint.key + padding, style: Style(attributes: .bold)), Span("  " + hint.action)])
        }
        if !footer.isEmpty {
            lines.append("")
            lines.append(Line(footer, style: Style(attributes: .dim)))
        }
        return Modal(title: title, body: StyledText(lines: lines), symbols: symbols)
    }

    private var buttonRow: String { buttons.map { "[ \($0) ]" }.joined(separator: "  ") }

    /// The box the dialog occupies when drawn over `area`.
    public func box(in area: Rect) -> Rect {
        let limit = max(0, min(maxWidth, area.width))
        let contentWidth = max(
            body.lines.map(\.width).max() ?? 0, DisplayWidth.width(of: title) + 2,
            DisplayWidth.width(of: buttonRow))
        let width = min(limit, contentWidth + 4)
        let bodyRows = body.wrapped(width: max(1, width - 4)).count
        let height = bodyRows + 2 + (buttons.isEmpty ? 0 : 2)
        return area.centered(width: width, height: height)
    }

    /// Clears the box and draws the dialog.
    public func render(into buffer: inout Buffer, area: Rect) {
        let box = box(in: area)
        guard box.width >= 2, box.height >= 2 else { return }
        buffer.fill(box, with: .blank(style))
        let block = Block(
            title: Line(" \(title) ", style: style.adding(.bold)), titleAlignment: .center, symbols: symbols,
            borderStyle: style)
        buffer.render(block, in: box)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        let buttonRows = buttons.isEmpty ? 0 : 2
        let bodyArea = inner.inset(top: 0, left: 0, bottom: buttonRows, right: 0)
        buffer.render(Paragraph(body), in: bodyArea)
        guard !buttons.isEmpty, inner.height >= 1 else { return }
        let y = inner.maxY - 1
        var x = Alignment.center.startColumn(textWidth: DisplayWidth.width(of: buttonRow), in: inner)
        for (index, label) in buttons.enumerated() {
            if index > 0 { x += 2 }
            let buttonStyle = index == selectedButton ? style.adding([.reverse, .bold]) : style
            x = buffer.setString("[ \(label) ]", x: x, y: y, style: buttonStyle, maxWidth: inner.maxX - x)
        }
    }
}
