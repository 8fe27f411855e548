/// How much of a split one part gets.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less only when the space runs out).
    case length(Int)
    /// This percentage of the space being split (rounded down).
    case percentage(Int)
    /// A share of the space the fixed parts leave, in proportion to the weight.
    case fill(Int)
    /// At least this many cells, growing like `fill(1)` when space is left.
    case min(Int)
}

/// Which way a split runs.
public enum SplitDirection: Hashable, Sendable {
    /// Parts stacked top to bottom (rows).
    case vertical
    /// Parts side by side, left to right (columns).
    case horizontal
}
