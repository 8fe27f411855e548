import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Replaces files so that a reader (or a crash at any moment) sees either the old contents or the
/// new, never a mix: write a temporary file in the same directory, fsync it, rename it over the
/// target, then fsync the directory so the rename itself is durable.
public enum AtomicFile {
    /// The prefix of temporary files, so leftovers from a killed writer can be recognised.
    public static let temporaryPrefix = ".dltutor-tmp-"

    /// Atomically replaces `path` with `data`.
    public static func write(_ data: Data, to path: String) throws(ProgressError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = (directory as NSString).appendingPathComponent(
            "\(temporaryPrefix)\(url.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(temporary) }
        var written = 0
        let count = data.count
        let writeFailed: Bool = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            while written < count {
                let result = systemWrite(descriptor, base + written, count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                written += result
            }
            return false
        }
        if writeFailed || fsync(descriptor) != 0 {
            let error = failure(temporary)
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Creates `path` and its parents (mode 0700 for privacy of the learner's answers).
    public static func makeDirectory(_ path: String) throws(ProgressError) {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ProgressError.io(path: path, reason: error.localizedDescription)
        }
    }

    private static func failure(_ path: String) -> ProgressError {
        .io(path: path, reason: String(cString: strerror(errno)))
    }
}
