import TerminalCore

/// The tutor's styles in one place. Highlights use `reverse` on top of colour, so they stay
/// visible on monochrome terminals and with `NO_COLOR`, where the backend drops colours.
public enum TutorTheme {
    /// The bar at the top of every screen.
    public static let titleBar = Style(foreground: .cyan, attributes: [.reverse, .bold])
    /// The selected row of a list.
    public static let selection = Style(foreground: .cyan, attributes: [.reverse])
    /// Headings inside a pane.
    public static let heading = Style(attributes: [.bold])
    /// The name of the thing a pane is about.
    public static let accent = Style(foreground: .cyan, attributes: [.bold])
    /// Secondary text: taglines, counters, notes.
    public static let muted = Style(attributes: [.dim])
    /// A one-line idea, set off from the body text.
    public static let tagline = Style(attributes: [.italic])
    /// Lines between panes.
    public static let separator = Style(attributes: [.dim])
    /// Something the learner should notice (work not available yet, warnings).
    public static let notice = Style(foreground: .yellow)
}
