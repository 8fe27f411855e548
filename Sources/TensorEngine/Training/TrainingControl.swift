import Foundation

/// Lets another thread pause, resume or stop a running `Trainer`. The trainer checks it between
/// steps, so a request takes effect after the current step finishes.
public final class TrainingControl: @unchecked Sendable {
    // All state is guarded by `condition`, which also wakes a paused trainer.
    private let condition = NSCondition()
    private var paused = false
    private var stopRequested = false

    /// Creates a control in the running state.
    public init() {}

    /// Asks the trainer to wait after its current step until `resume()` or `stop()`.
    public func pause() {
        condition.lock()
        paused = true
        condition.unlock()
    }

    /// Lets a paused trainer continue.
    public func resume() {
        condition.lock()
        paused = false
        condition.broadcast()
        condition.unlock()
    }

    /// Asks the trainer to finish after its current step (also ends a pause).
    public func stop() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether a pause is in effect.
    public var isPaused: Bool {
        condition.lock()
        defer { condition.unlock() }
        return paused
    }

    /// Whether `stop()` was called.
    public var isStopRequested: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopRequested
    }

    /// Whether `stop()` was called (the name lab runs read).
    public var isStopped: Bool { isStopRequested }

    /// For jobs that run their own loop: blocks while paused; returns false once a stop was
    /// requested.
    public func checkpoint() -> Bool { waitWhilePaused() }

    /// Blocks while paused; returns false once a stop was requested.
    func waitWhilePaused() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while paused && !stopRequested { condition.wait() }
        return !stopRequested
    }
}
