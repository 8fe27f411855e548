import Foundation

/// A small cache of freed large buffers, reused by later allocations of the same rounded size.
///
/// Why: a training step or a benchmark loop allocates the same large activations again and
/// again. glibc serves blocks this large with fresh `mmap`s, so every reuse would page-fault
/// its way through untouched memory (about 10% of a 1024x1024 matmul's time was measured in
/// faults). Keeping a few freed blocks avoids that, as PyTorch's caching allocator does.
/// Contents of a reused block are arbitrary, like any uninitialised allocation.
enum BufferPool {
    /// Blocks smaller than this go straight to the system allocator (malloc reuses them well).
    static let minimumPooledBytes = 256 * 1024
    /// The most memory the pool keeps idle.
    static let maximumIdleBytes = 128 * 1024 * 1024
    /// The most idle blocks kept per size.
    static let maximumBlocksPerSize = 4
    static let alignment = 64

    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [Int: [UnsafeMutableRawPointer]] = [:]
    nonisolated(unsafe) private static var idleBytes = 0

    /// The size actually allocated for a request: small sizes unchanged, pooled sizes rounded
    /// up to whole pages so nearby sizes share blocks.
    static func roundedSize(_ byteCount: Int) -> Int {
        guard byteCount >= minimumPooledBytes else { return byteCount }
        return (byteCount + 4095) / 4096 * 4096
    }

    /// A block of at least `byteCount` bytes (pass the rounded size back to `release`).
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        if byteCount >= minimumPooledBytes {
            lock.lock()
            if var blocks = idle[byteCount], let block = blocks.popLast() {
                idle[byteCount] = blocks
                idleBytes -= byteCount
                lock.unlock()
                return block
            }
            lock.unlock()
        }
        return UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: alignment)
    }

    /// Returns a block to the pool, or frees it when the pool is full or the block is small.
    static func release(_ block: UnsafeMutableRawPointer, byteCount: Int) {
        if byteCount >= minimumPooledBytes {
            lock.lock()
            var blocks = idle[byteCount, default: []]
            if blocks.count < maximumBlocksPerSize && idleBytes + byteCount <= maximumIdleBytes {
                blocks.append(block)
                idle[byteCount] = blocks
                idleBytes += byteCount
                lock.unlock()
                return
            }
            lock.unlock()
        }
        block.deallocate()
    }
}
