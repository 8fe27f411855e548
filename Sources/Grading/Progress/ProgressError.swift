import Foundation

/// Why progress could not be read or written.
public enum ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another dltutor process holds the progress lock.
    case locked(path: String, holder: String)
    /// A file operation failed.
    case io(path: String, reason: String)
    /// An imported file is not a progress file this build can read.
    case unreadable(path: String, reason: String)

    /// A message for the learner.
    public var description: String {
        switch self {
        case .locked(let path, let holder):
            "another dltutor (\(holder)) is using the progress in \((path as NSString).deletingLastPathComponent); "
                + "close it first (read-only commands like `list` and `progress` still work)"
        case .io(let path, let reason):
            "cannot write \(path): \(reason)"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        }
    }
}
