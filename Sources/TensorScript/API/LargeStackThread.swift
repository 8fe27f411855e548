import Foundation

/// Runs work synchronously on a fresh thread with a large stack. The parser and evaluator
/// recurse (bounded by their nesting limits); a big stack keeps those bounds safe whatever
/// thread the caller is on (Swift Testing and GCD threads have small stacks).
enum LargeStackThread {
    static let stackSize = 256 << 20

    /// Carries the result across threads; the semaphore orders the accesses.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    /// The work is not sent anywhere else: the calling thread blocks until it finishes.
    private final class WorkBox<T>: @unchecked Sendable {
        let work: () -> T
        init(_ work: @escaping () -> T) { self.work = work }
    }

    static func run<T>(_ work: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let workBox = WorkBox(work)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = workBox.work()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let value = box.value else { return work() }
        return value
    }
}
