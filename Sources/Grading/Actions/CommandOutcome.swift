/// What a command prints and how it exits; the executable's commands only print these, so the
/// logic is testable without running the binary.
public struct CommandOutcome: Sendable, Equatable {
    /// Text for standard output.
    public var output: String
    /// Text for standard error (warnings, notices, errors).
    public var errors: String
    /// The process exit status.
    public var exitCode: Int32

    /// Exit status: success / passed.
    public static let success: Int32 = 0
    /// Exit status: the answer did not pass, or lint found problems.
    public static let failure: Int32 = 1
    /// Exit status: the command could not do its job (unknown id, bad option, unreadable file).
    public static let usageError: Int32 = 2
    /// Exit status: another dltutor holds the progress lock.
    public static let locked: Int32 = 3

    /// Creates an outcome.
    public init(output: String = "", errors: String = "", exitCode: Int32 = CommandOutcome.success) {
        self.output = output
        self.errors = errors
        self.exitCode = exitCode
    }

    /// An error outcome for a progress problem (lock held → exit 3, otherwise 2).
    public static func progressFailure(_ error: ProgressError) -> CommandOutcome {
        if case .locked = error {
            return CommandOutcome(errors: "dltutor: \(error)\n", exitCode: locked)
        }
        return CommandOutcome(errors: "dltutor: \(error)\n", exitCode: usageError)
    }
}
