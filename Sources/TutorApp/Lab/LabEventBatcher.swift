import Foundation

/// Collects a runner's events on the training thread and posts them in batches at most
/// every `interval` seconds, so a fast job never floods the screen with redraws (the
/// program draws at most 30 frames a second anyway) while every sample still reaches the
/// curves. The final event, and any event seen while paused, is posted at once.
final class LabEventBatcher: @unchecked Sendable {
    private let lock = NSLock()
    private let interval: TimeInterval
    private let post: @Sendable ([LabRunEvent]) -> Void
    private let control: LabRunControl
    private var pending: [LabRunEvent] = []
    private var lastPost = Date.distantPast

    init(
        interval: TimeInterval = 1.0 / 30, control: LabRunControl,
        post: @escaping @Sendable ([LabRunEvent]) -> Void
    ) {
        self.interval = interval
        self.control = control
        self.post = post
    }

    /// Adds `event`, posting the batch when it is due.
    func add(_ event: LabRunEvent) {
        let batch: [LabRunEvent]? = lock.withLock {
            pending.append(event)
            let now = Date()
            var final = false
            if case .finished = event { final = true }
            guard final || control.isPaused || now.timeIntervalSince(lastPost) >= interval else { return nil }
            lastPost = now
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        if let batch { post(batch) }
    }

    /// Posts whatever is left.
    func flush() {
        let batch: [LabRunEvent] = lock.withLock {
            defer { pending.removeAll() }
            return pending
        }
        if !batch.isEmpty { post(batch) }
    }
}
