import Foundation

/// The flat float32 buffer behind one or more tensors. Tensors that share storage (reshape,
/// detached) see each other's in-place writes, like NumPy views.
public final class TensorStorage: @unchecked Sendable {
    /// The first element; `count` floats are allocated (at least one, so the pointer is valid).
    public let pointer: UnsafeMutablePointer<Float>
    /// Number of floats the tensor(s) use.
    public let count: Int

    /// Allocates `count` uninitialised floats, 64-byte aligned for SIMD and BLAS.
    init(count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1) * MemoryLayout<Float>.stride, alignment: 64)
        pointer = raw.bindMemory(to: Float.self, capacity: max(count, 1))
        StorageCounter.shared.change(by: 1, elements: count)
    }

    deinit {
        UnsafeMutableRawPointer(pointer).deallocate()
        StorageCounter.shared.change(by: -1, elements: 0)
    }

    /// How many storages are alive right now in this process. Used by memory tests to prove
    /// that autograd graphs are freed (no retain cycles).
    public static var liveCount: Int { StorageCounter.shared.value.live }

    /// Total floats ever allocated for tensor storage in this process (only grows). The
    /// TensorScript sandbox reads it before and after a run to enforce its allocation limit.
    public static var allocatedElements: Int { StorageCounter.shared.value.allocated }
}

/// A lock-protected counter; storages are created and freed from several threads.
private final class StorageCounter: @unchecked Sendable {
    static let shared = StorageCounter()
    private let lock = NSLock()
    private var live = 0
    private var allocated = 0

    func change(by delta: Int, elements: Int) {
        lock.lock()
        live += delta
        allocated += elements
        lock.unlock()
    }

    var value: (live: Int, allocated: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (live, allocated)
    }
}
