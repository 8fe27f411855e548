import TerminalCore

/// The screen shown instead of the tutor when the terminal is smaller than the tutor can
/// lay out: what is needed, what there is, and how to get out. It wraps and clips itself,
/// so even a 1x1 terminal shows as much of it as fits and never anything broken. While it is
/// up the screen behind it is hidden, so keys do only what the notice says (see `quits(on:)`).
public struct MinimumSizeNotice: Widget, Hashable, Sendable {
    /// The smallest width the tutor's screens are designed for, in cells.
    public var requiredWidth: Int
    /// The smallest height the tutor's screens are designed for, in cells.
    public var requiredHeight: Int

    /// A notice asking for at least `width` x `height` cells.
    public init(width: Int, height: Int) {
        self.requiredWidth = width
        self.requiredHeight = height
    }

    /// Whether a terminal of `width` x `height` is too small for the tutor.
    public func applies(width: Int, height: Int) -> Bool {
        width < requiredWidth || height < requiredHeight
    }

    /// Whether `key` quits while the notice is up: q (what the notice offers) and Ctrl-C. Every
    /// other key is dropped, since it would act on a screen the learner cannot see.
    public static func quits(on key: Key) -> Bool {
        key == .character("q") || key == .ctrl("c")
    }

    /// Draws the message centred in `area`, which is the whole screen.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let text = StyledText(lines: [
            Line("Please make the window larger", style: Style(attributes: .bold)),
            Line("(need \(requiredWidth)x\(requiredHeight), have \(area.width)x\(area.height))"),
            "",
            Line("Until then, other keys do nothing.", style: TutorTheme.muted),
            Line("q saves your work and quits dltutor.", style: TutorTheme.muted),
        ])
        let paragraph = Paragraph(text, alignment: .center)
        let height = min(area.height, paragraph.lineCount(width: area.width))
        let box = area.centered(width: area.width, height: height)
        buffer.render(paragraph, in: box)
    }
}
