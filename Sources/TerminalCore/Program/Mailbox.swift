import Foundation

/// The thread-safe queue between background work and the program's loop. Workers post
/// messages and announce completion here; each post wakes the backend so a loop blocked in
/// `readEvent` handles it at once.
final class Mailbox<Message: Sendable>: @unchecked Sendable {
    // @unchecked: every stored var is read and written only while holding `lock`, and the
    // backend is only asked to `wake()`, which the protocol allows from any thread.
    private let lock = NSLock()
    private var messages: [Message] = []
    private var running = 0
    private var completed = 0
    private let backend: any TerminalBackend

    init(backend: any TerminalBackend) {
        self.backend = backend
    }

    /// Adds `message` and wakes the loop (called from worker threads).
    func post(_ message: Message) {
        lock.withLock { messages.append(message) }
        backend.wake()
    }

    /// Notes that one more worker is running (called by the loop before starting it).
    func workerStarted() {
        lock.withLock { running += 1 }
    }

    /// Notes that a worker returned, and wakes the loop so it can notice.
    func workerFinished() {
        lock.withLock {
            running -= 1
            completed += 1
        }
        backend.wake()
    }

    /// Takes every posted message, oldest first.
    func drain() -> [Message] {
        lock.withLock {
            let taken = messages
            messages.removeAll(keepingCapacity: true)
            return taken
        }
    }

    /// Running workers, queued messages, and how many workers have finished so far.
    var status: (running: Int, queued: Int, completed: Int) {
        lock.withLock { (running, messages.count, completed) }
    }
}

/// A cancellation flag shared between the loop and one background worker.
final class CancellationFlag: @unchecked Sendable {
    // @unchecked: the flag is only touched under `lock`.
    private let lock = NSLock()
    private var cancelled = false

    func cancel() { lock.withLock { cancelled = true } }
    var isCancelled: Bool { lock.withLock { cancelled } }
}
