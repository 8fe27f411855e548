/// The scroll position of a view taller than its area. `offset` is the first content row
/// shown; views clamp it when drawing, so it is never out of range on screen.
public struct ScrollState: Hashable, Sendable {
    /// The first content row shown.
    public var offset: Int
    /// Rows the view showed last (the model sets it from its layout); paging uses it.
    public var viewportHeight: Int

    /// A state at the top, assuming a viewport of `viewportHeight` rows until told otherwise.
    public init(offset: Int = 0, viewportHeight: Int = 10) {
        self.offset = max(0, offset)
        self.viewportHeight = max(1, viewportHeight)
    }

    /// The largest useful offset for content of `contentHeight` rows.
    public func maxOffset(contentHeight: Int) -> Int { max(0, contentHeight - viewportHeight) }

    /// The offset actually shown for content of `contentHeight` rows in `visibleRows` rows.
    public func clampedOffset(contentHeight: Int, visibleRows: Int) -> Int {
        min(offset, max(0, contentHeight - visibleRows))
    }

    /// Scrolls by `rows` (negative: up), staying within the content.
    public mutating func scroll(by rows: Int, contentHeight: Int) {
        offset = min(max(0, offset + rows), maxOffset(contentHeight: contentHeight))
    }

    /// Reacts to scrolling keys (arrows, PgUp/PgDn, Home/End, j/k, space) and the mouse wheel.
    /// Returns whether the event was used.
    @discardableResult
    public mutating func handle(_ event: Event, contentHeight: Int) -> Bool {
        let page = max(1, viewportHeight - 1)
        switch event {
        case .key(.up), .key(.character("k")), .mouse(.scrollUp): scroll(by: -1, contentHeight: contentHeight)
        case .key(.down), .key(.character("j")), .mouse(.scrollDown):
            scroll(by: 1, contentHeight: contentHeight)
        case .key(.pageUp): scroll(by: -page, contentHeight: contentHeight)
        case .key(.pageDown), .key(.character(" ")): scroll(by: page, contentHeight: contentHeight)
        case .key(.home): offset = 0
        case .key(.end): offset = maxOffset(contentHeight: contentHeight)
        default: return false
        }
        return true
    }
}
