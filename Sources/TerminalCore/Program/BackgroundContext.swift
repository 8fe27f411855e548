/// What background work gets: a way to post messages to the application and to learn
/// that it was cancelled. Safe to use from the worker thread.
public struct BackgroundContext<Message: Sendable>: Sendable {
    private let postMessage: @Sendable (Message) -> Void
    private let cancelled: @Sendable () -> Bool

    /// A context that delivers posted messages to `post` and reports `isCancelled`.
    /// The program builds these; tests can build one to run work synchronously.
    public init(
        post: @escaping @Sendable (Message) -> Void,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) {
        self.postMessage = post
        self.cancelled = isCancelled
    }

    /// Queues `message` for `update` and wakes the program's loop.
    public func post(_ message: Message) { postMessage(message) }

    /// Whether the program asked this work to stop; long work should check it often.
    public var isCancelled: Bool { cancelled() }

    /// A context that wraps messages with `transform` before posting them.
    public func map<Inner: Sendable>(_ transform: @escaping @Sendable (Inner) -> Message)
        -> BackgroundContext<Inner>
    {
        let post = postMessage
        return BackgroundContext<Inner>(post: { post(transform($0)) }, isCancelled: cancelled)
    }
}
