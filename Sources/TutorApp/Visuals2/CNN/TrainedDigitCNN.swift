import Foundation

/// The last LeNet-5 a digit-CNN visual trained to the end in this session, so the other
/// digit-CNN card (kernels and feature maps, or the confusion matrix) opens on the same trained
/// network instead of asking for another minute of training. Nothing is kept across sessions.
public final class TrainedDigitCNN: @unchecked Sendable {
    /// The one shelf the lesson visuals share.
    public static let shared = TrainedDigitCNN()

    private let lock = NSLock()
    private var stored: DigitCNNReport?

    /// An empty shelf (tests make their own).
    public init() {}

    /// The last finished report, if any.
    public var latest: DigitCNNReport? { lock.withLock { stored } }

    /// Keeps `report` as the latest.
    public func keep(_ report: DigitCNNReport) { lock.withLock { stored = report } }
}
