extension Style {
    /// This style with `overlay` laid on top: the overlay's colours win where they are not
    /// the terminal default, and attributes add up. Used for highlights over styled text.
    public func patched(with overlay: Style) -> Style {
        Style(
            foreground: overlay.foreground == .terminalDefault ? foreground : overlay.foreground,
            background: overlay.background == .terminalDefault ? background : overlay.background,
            attributes: attributes.union(overlay.attributes))
    }
}
