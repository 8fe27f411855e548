/// The key-help box every visual screen has, and the learner's request to leave, with the
/// rules they all follow: `?` opens and shuts the box; while it is open any other key only shuts
/// it (so a stray key does nothing behind it); `q`/Esc shuts it, or asks to leave when it is shut.
public struct HelpBox: Sendable, Hashable {
    /// Whether the box is open.
    public private(set) var isShowing = false
    /// Whether the learner asked to leave.
    public private(set) var wantsToClose = false

    /// A shut box.
    public init() {}

    /// While the box is open, a key other than help or close only shuts it. Returns true when the
    /// message is spent that way. Timer ticks and background reports are never spent.
    public mutating func swallows(isKey: Bool, isHelpOrClose: Bool) -> Bool {
        guard isShowing, isKey, !isHelpOrClose else { return false }
        isShowing = false
        return true
    }

    /// `?`: opens or shuts the box.
    public mutating func toggle() { isShowing.toggle() }

    /// `q`/Esc: shuts the box when it is open; otherwise asks to leave and returns true.
    @discardableResult
    public mutating func close() -> Bool {
        if isShowing {
            isShowing = false
            return false
        }
        wantsToClose = true
        return true
    }
}
