import Dispatch

/// A raw pointer that concurrent work items may share because each item touches a disjoint range.
///
/// Swift 6 forbids sending `UnsafeMutablePointer` into concurrent closures; the kernels split
/// their output into non-overlapping chunks, which is what makes this wrapper sound.
struct SharedPointer<Element>: @unchecked Sendable {
    /// The first element of the shared buffer.
    let base: UnsafeMutablePointer<Element>

    init(_ base: UnsafeMutablePointer<Element>) {
        self.base = base
    }
}

/// Splits memory-bound kernel loops over the machine's worker threads when the work is large
/// enough to repay the dispatch cost (measured: below roughly 64K floats the fork/join loses).
enum KernelParallelism {
    /// Worker threads used for memory-bound loops; the project targets two cores.
    static let workerCount = 2

    /// Work (in touched floats) below which a loop runs on the calling thread.
    static let minimumParallelWork = 1 << 16

    /// Calls `body` with contiguous sub-ranges covering `0..<count`, concurrently when
    /// `totalWork` (an estimate of floats touched) is large enough and there is more than one item.
    static func forEachChunk(
        count: Int, totalWork: Int, _ body: @Sendable (Range<Int>) -> Void
    ) {
        let chunks = min(workerCount, count)
        guard chunks > 1, totalWork >= minimumParallelWork else {
            if count > 0 { body(0..<count) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = count * chunk / chunks
            let end = count * (chunk + 1) / chunks
            if start < end { body(start..<end) }
        }
    }
}
