import COpenBLAS
import Foundation

/// Engine-wide settings.
public enum Engine {
    /// Number of threads OpenBLAS uses for matmul and linear algebra (default 2, clamped to
    /// 1...256). Setting it takes effect immediately for the whole process.
    public static var threads: Int {
        get {
            ensureConfigured()
            return EngineSettings.shared.threads
        }
        set {
            ensureConfigured()
            EngineSettings.shared.setThreads(Swift.min(Swift.max(1, newValue), 256))
        }
    }

    /// Applies the default thread count once, before the first BLAS call.
    static func ensureConfigured() {
        _ = blasConfigured
    }
}

/// A global `let` is initialised exactly once, lazily and thread-safely.
private let blasConfigured: Bool = {
    EngineSettings.shared.setThreads(2)
    return true
}()

private final class EngineSettings: @unchecked Sendable {
    static let shared = EngineSettings()
    private let lock = NSLock()
    private var current = 2

    var threads: Int {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func setThreads(_ count: Int) {
        lock.lock()
        current = count
        openblas_set_num_threads(Int32(count))
        lock.unlock()
    }
}
