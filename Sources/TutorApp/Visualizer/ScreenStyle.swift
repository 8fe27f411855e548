import TerminalCore

/// Styles shared by the visualizer, lab and replay screens. Emphasis uses attributes
/// besides colour so it survives monochrome terminals.
enum ScreenStyle {
    /// The bar at the top of a screen.
    static let titleBar = Style(foreground: .cyan, attributes: [.reverse, .bold])
    /// Section headings.
    static let heading = Style(attributes: [.bold])
    /// Secondary text.
    static let muted = Style(attributes: [.dim])
    /// A warning or a failure.
    static let alarm = Style(foreground: .red, attributes: [.bold])
    /// Success.
    static let success = Style(foreground: .green, attributes: [.bold])
    /// Something to notice.
    static let notice = Style(foreground: .yellow)
    /// The selected row.
    static let selection = Style(foreground: .cyan, attributes: [.reverse])
}
