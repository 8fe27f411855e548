/// What a run of samples looks like from afar: extremes of its finite values, the smallest
/// positive value (for log axes), and how many values were not finite or not positive.
public struct SampleSummary: Sendable, Hashable {
    /// The smallest finite value (+infinity when there is none).
    public var minimum: Double = .infinity
    /// The largest finite value (-infinity when there is none).
    public var maximum: Double = -.infinity
    /// The smallest finite value above zero (+infinity when there is none).
    public var minimumPositive: Double = .infinity
    /// How many values were NaN or infinite.
    public var nonFiniteCount: Int = 0
    /// How many finite values were zero or negative.
    public var nonPositiveCount: Int = 0

    /// An empty summary.
    public init() {}

    /// Whether any finite value was seen.
    public var hasFiniteValues: Bool { minimum <= maximum }

    /// Adds one value.
    public mutating func add(_ value: Double) {
        guard value.isFinite else {
            nonFiniteCount += 1
            return
        }
        if value < minimum { minimum = value }
        if value > maximum { maximum = value }
        if value > 0 {
            if value < minimumPositive { minimumPositive = value }
        } else {
            nonPositiveCount += 1
        }
    }

    /// Adds everything another summary has seen.
    public mutating func merge(_ other: SampleSummary) {
        if other.minimum < minimum { minimum = other.minimum }
        if other.maximum > maximum { maximum = other.maximum }
        if other.minimumPositive < minimumPositive { minimumPositive = other.minimumPositive }
        nonFiniteCount += other.nonFiniteCount
        nonPositiveCount += other.nonPositiveCount
    }
}
