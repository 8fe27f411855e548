/// The selection and scroll position of a `ListView`. Movement keeps the selection
/// visible assuming `viewportHeight` rows; the view re-checks when drawing, so a wrong
/// guess only costs smoothness, never a hidden selection.
public struct ListState: Hashable, Sendable {
    /// The selected row, nil when nothing is (or the list is empty).
    public var selected: Int?
    /// The first row shown.
    public var offset: Int
    /// Rows the list showed last; paging and scrolling use it.
    public var viewportHeight: Int

    /// A state with `selected` chosen.
    public init(selected: Int? = 0, offset: Int = 0, viewportHeight: Int = 10) {
        self.selected = selected
        self.offset = max(0, offset)
        self.viewportHeight = max(1, viewportHeight)
    }

    /// Selects `index` (clamped to `count` rows) and scrolls it into view.
    public mutating func select(_ index: Int, count: Int) {
        guard count > 0 else {
            selected = nil
            offset = 0
            return
        }
        let row = min(max(0, index), count - 1)
        selected = row
        offset = Self.offset(keeping: row, visible: viewportHeight, from: offset)
    }

    /// Reacts to Up/Down (and k/j), PgUp/PgDn and Home/End for a list of `count` rows.
    /// Returns whether the key was used.
    @discardableResult
    public mutating func handle(_ key: Key, count: Int) -> Bool {
        let current = selected ?? -1
        let page = max(1, viewportHeight - 1)
        switch key {
        case .up, .character("k"): select(max(0, current - 1), count: count)
        case .down, .character("j"): select(current + 1, count: count)
        case .pageUp: select(current - page, count: count)
        case .pageDown: select(current + page, count: count)
        case .home: select(0, count: count)
        case .end: select(count - 1, count: count)
        default: return false
        }
        return true
    }

    /// Reacts to a key as `handle(_:count:)` does, and to the mouse wheel (one row per notch).
    @discardableResult
    public mutating func handle(_ event: Event, count: Int) -> Bool {
        switch event {
        case .key(let key): return handle(key, count: count)
        case .mouse(.scrollUp): select((selected ?? 0) - 1, count: count)
        case .mouse(.scrollDown): select((selected ?? -1) + 1, count: count)
        default: return false
        }
        return true
    }

    /// The smallest change to `offset` that shows `row` within `visible` rows.
    public static func offset(keeping row: Int, visible: Int, from offset: Int) -> Int {
        if row < offset { return row }
        if row >= offset + visible { return row - max(1, visible) + 1 }
        return offset
    }
}
