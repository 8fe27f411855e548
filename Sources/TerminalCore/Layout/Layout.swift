/// Splits a rectangle into rows or columns by constraints, ratatui-style: fixed lengths and
/// percentages first, then what is left shared among `fill` and `min` parts by weight.
/// When the space is too small, parts are cut from the end, so headers survive.
public struct Layout: Hashable, Sendable {
    /// Rows (vertical) or columns (horizontal).
    public var direction: SplitDirection
    /// One constraint per part.
    public var constraints: [Constraint]
    /// Empty cells between neighbouring parts.
    public var spacing: Int
    /// Empty cells kept free around the whole area before splitting.
    public var margin: Int

    /// A layout of `constraints` in `direction`.
    public init(_ direction: SplitDirection, _ constraints: [Constraint], spacing: Int = 0, margin: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
        self.margin = max(0, margin)
    }

    /// The lengths (along `direction`) the parts get out of `total` cells.
    public func lengths(total: Int) -> [Int] {
        let count = constraints.count
        guard count > 0 else { return [] }
        let available = max(0, total - spacing * (count - 1))
        var lengths = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let cells): return max(0, cells)
            case .percentage(let percent): return available * min(100, max(0, percent)) / 100
            case .min(let cells): return max(0, cells)
            case .fill: return 0
            }
        }
        var left = available - lengths.reduce(0, +)
        if left < 0 {
            // Not enough room: give earlier parts what they asked for, cut later ones.
            var remaining = available
            for index in lengths.indices {
                lengths[index] = min(lengths[index], remaining)
                remaining -= lengths[index]
            }
            return lengths
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): return max(0, weight)
            case .min: return 1
            default: return 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        let share = left
        for index in lengths.indices where weights[index] > 0 {
            let extra = share * weights[index] / totalWeight
            lengths[index] += extra
            left -= extra
        }
        // Rounding leftovers go one cell at a time to the weighted parts, first come first.
        var index = 0
        while left > 0 {
            if weights[index] > 0 {
                lengths[index] += 1
                left -= 1
            }
            index = (index + 1) % count
        }
        return lengths
    }

    /// The parts of `area`, in order.
    public func split(_ area: Rect) -> [Rect] {
        let inner = area.inset(by: margin)
        let total = direction == .vertical ? inner.height : inner.width
        var offset = direction == .vertical ? inner.y : inner.x
        var parts: [Rect] = []
        for length in lengths(total: total) {
            switch direction {
            case .vertical:
                parts.append(Rect(x: inner.x, y: offset, width: inner.width, height: length))
            case .horizontal:
                parts.append(Rect(x: offset, y: inner.y, width: length, height: inner.height))
            }
            offset += length + spacing
        }
        return parts
    }
}

extension Rect {
    /// This rectangle split into rows (top to bottom) by `constraints`.
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.vertical, constraints, spacing: spacing).split(self)
    }

    /// This rectangle split into columns (left to right) by `constraints`.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.horizontal, constraints, spacing: spacing).split(self)
    }

    /// A `width` x `height` rectangle centred in this one (clipped to it).
    public func centered(width: Int, height: Int) -> Rect {
        let clippedWidth = min(max(0, width), self.width)
        let clippedHeight = min(max(0, height), self.height)
        return Rect(
            x: x + (self.width - clippedWidth) / 2, y: y + (self.height - clippedHeight) / 2,
            width: clippedWidth, height: clippedHeight)
    }

    /// A rectangle taking the given percentages of this one's size, centred in it.
    public func centered(widthPercent: Int, heightPercent: Int) -> Rect {
        centered(
            width: width * min(100, max(0, widthPercent)) / 100,
            height: height * min(100, max(0, heightPercent)) / 100)
    }

    /// This rectangle shrunk by `horizontal` cells left and right and `vertical` top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
    }
}
