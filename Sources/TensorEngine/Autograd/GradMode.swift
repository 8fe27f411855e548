#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether operations record an autograd graph. The setting is per thread, so a training loop
/// on a background thread and UI code on the main thread do not disturb each other.
public enum GradMode {
    /// Whether tracked ops record graph nodes on the current thread (default `true`).
    public static var isEnabled: Bool {
        get { pthread_getspecific(gradModeKey.key) == nil }
        set {
            // A non-nil marker means "disabled", so a fresh thread starts enabled.
            _ = pthread_setspecific(gradModeKey.key, newValue ? nil : UnsafeRawPointer(bitPattern: 1))
        }
    }

    /// Runs `body` with graph recording switched off on this thread (like `torch.no_grad()`).
    public static func withoutGrad<R>(_ body: () throws -> R) rethrows -> R {
        let previous = isEnabled
        isEnabled = false
        defer { isEnabled = previous }
        return try body()
    }

    /// Runs `body` with graph recording switched on on this thread.
    public static func withGrad<R>(_ body: () throws -> R) rethrows -> R {
        let previous = isEnabled
        isEnabled = true
        defer { isEnabled = previous }
        return try body()
    }
}

/// The thread-specific-storage key, created once on first use.
private final class GradModeKey: @unchecked Sendable {
    var key = pthread_key_t()
    init() { _ = pthread_key_create(&key, nil) }
}

private let gradModeKey = GradModeKey()
