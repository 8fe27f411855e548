import Foundation

/// The flat float32 buffer behind one or more tensors. Tensors that share storage (reshape,
/// detached) see each other's in-place writes, like NumPy views.
public final class TensorStorage: @unchecked Sendable {
    /// The first element; `count` floats are allocated (at least one, so the pointer is valid).
    public let pointer: UnsafeMutablePointer<Float>
    /// Number of floats the tensor(s) use.
    public let count: Int
    /// The statistics of the thread that allocated this storage.
    private let ledger: AllocationLedger

    /// Bytes actually allocated (rounded by the buffer pool).
    private let byteCount: Int

    /// Allocates `count` uninitialised floats, 64-byte aligned for SIMD and BLAS.
    init(count: Int) {
        self.count = count
        byteCount = BufferPool.roundedSize(max(count, 1) * MemoryLayout<Float>.stride)
        let raw = BufferPool.allocate(byteCount: byteCount)
        pointer = raw.bindMemory(to: Float.self, capacity: max(count, 1))
        ledger = AllocationLedger.current
        AllocationLedger.record(allocationOf: count, in: ledger)
    }

    deinit {
        BufferPool.release(UnsafeMutableRawPointer(pointer), byteCount: byteCount)
        AllocationLedger.recordRelease(in: ledger)
    }

    /// How many storages are alive right now in this process.
    public static var liveCount: Int { AllocationLedger.snapshot(of: AllocationLedger.process).live }

    /// Total floats ever allocated for tensor storage in this process (only grows).
    public static var allocatedElements: Int {
        AllocationLedger.snapshot(of: AllocationLedger.process).allocated
    }

    /// How many storages allocated by the current thread are still alive (wherever they are
    /// freed). Memory tests use it to prove that autograd graphs are released without being
    /// disturbed by other tests running in parallel on other threads.
    public static var liveCountOnCurrentThread: Int {
        AllocationLedger.snapshot(of: AllocationLedger.current).live
    }

    /// Total floats allocated by the current thread (only grows). The TensorScript sandbox
    /// reads it before and after a run on its own thread to enforce its allocation limit.
    public static var allocatedElementsOnCurrentThread: Int {
        AllocationLedger.snapshot(of: AllocationLedger.current).allocated
    }
}

/// Allocation statistics of one thread (or, for `process`, of all threads). All fields are
/// guarded by one lock because storages can be freed on a different thread than the one
/// that allocated them.
private final class AllocationLedger: @unchecked Sendable {
    var live = 0
    var allocated = 0

    static let lock = NSLock()
    static let process = AllocationLedger()

    /// The ledger of the calling thread, created on first use and released when the thread
    /// exits (storages still alive keep it alive).
    static var current: AllocationLedger {
        if let existing = pthread_getspecific(ledgerKey.key) {
            return Unmanaged<AllocationLedger>.fromOpaque(existing).takeUnretainedValue()
        }
        let ledger = AllocationLedger()
        _ = pthread_setspecific(ledgerKey.key, Unmanaged.passRetained(ledger).toOpaque())
        return ledger
    }

    static func record(allocationOf elements: Int, in ledger: AllocationLedger) {
        lock.lock()
        ledger.live += 1
        ledger.allocated += elements
        process.live += 1
        process.allocated += elements
        lock.unlock()
    }

    static func recordRelease(in ledger: AllocationLedger) {
        lock.lock()
        ledger.live -= 1
        process.live -= 1
        lock.unlock()
    }

    static func snapshot(of ledger: AllocationLedger) -> (live: Int, allocated: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (ledger.live, ledger.allocated)
    }
}

/// The thread-specific-storage key holding each thread's ledger; its destructor drops the
/// thread's reference when the thread exits.
private final class LedgerKey: @unchecked Sendable {
    var key = pthread_key_t()

    init() {
        _ = pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<AllocationLedger>.fromOpaque(raw).release()
        }
    }
}

private let ledgerKey = LedgerKey()
