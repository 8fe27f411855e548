import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock (flock) on `progress.lock`, held for the life of the object, so two
/// dltutor processes never write progress at the same time. The holder's pid is written into the
/// file so the second process can say who holds it.
public final class ProgressLock {
    private let descriptor: Int32
    /// The lock file's path.
    public let path: String

    /// Takes the lock without waiting; throws `ProgressError.locked` when another process (or
    /// another open of the same file) holds it.
    public init(path: String) throws(ProgressError) {
        self.path = path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ProgressError.io(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw ProgressError.locked(path: path, holder: holder)
        }
        self.descriptor = descriptor
        let text = "pid \(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func holder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 63, 0) }
        guard count > 0 else { return "another process" }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        return text.isEmpty ? "another process" : text
    }
}
