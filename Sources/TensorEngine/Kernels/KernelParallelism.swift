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

/// Splits kernel loops over the machine's worker threads when the work is large enough to repay
/// the fork/join of `concurrentPerform` (a few microseconds): the threshold gives each worker
/// at least ~32K floats (128 KB) to touch.
enum KernelParallelism {
    /// Worker threads used for memory-bound loops; the project targets two cores.
    static let workerCount = 2

    /// Work (in touched floats) below which a loop runs on the calling thread.
    static let minimumParallelWork = 1 << 16

    /// How many chunks `forEachChunk` will use for this much work.
    static func chunkCount(count: Int, totalWork: Int) -> Int {
        let chunks = min(workerCount, count)
        return chunks > 1 && totalWork >= minimumParallelWork ? chunks : min(count, 1)
    }

    /// Calls `body` with contiguous sub-ranges covering `0..<count`, concurrently when
    /// `totalWork` (an estimate of floats touched) is large enough and there is more than one item.
    static func forEachChunk(count: Int, totalWork: Int, _ body: @Sendable (Range<Int>) -> Void) {
        forEachIndexedChunk(count: count, totalWork: totalWork) { _, range in body(range) }
    }

    /// Like `forEachChunk`, also passing the chunk's index in `0..<chunkCount(...)` so workers
    /// can write private partial results.
    static func forEachIndexedChunk(
        count: Int, totalWork: Int, _ body: @Sendable (Int, Range<Int>) -> Void
    ) {
        let chunks = chunkCount(count: count, totalWork: totalWork)
        if chunks <= 1 {
            if count > 0 { body(0, 0..<count) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = count * chunk / chunks
            let end = count * (chunk + 1) / chunks
            if start < end { body(chunk, start..<end) }
        }
    }
}
