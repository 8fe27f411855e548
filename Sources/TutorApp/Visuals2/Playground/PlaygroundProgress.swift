/// What the background training reports to the playground screen: everything needed to
/// draw, and the weights to resume from after a pause. A plain value, safe to post.
public struct PlaygroundProgress: Sendable, Hashable {
    /// SGD steps taken (full batch).
    public var step: Int
    /// The loss after every step, in order.
    public var losses: [Double]
    /// Training accuracy in 0…1.
    public var accuracy: Double
    /// The predicted class on a `gridColumns × gridRows` grid over `PlaygroundSession.extent`,
    /// row-major, top row first.
    public var regions: [Int]
    /// Grid columns.
    public var gridColumns: Int
    /// Grid rows.
    public var gridRows: Int
    /// The divergence detector's account, once the loss blew up.
    public var divergence: String?
    /// The model's parameters, flattened per tensor, to resume from.
    public var weights: [[Float]]
}
