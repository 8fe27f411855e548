import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The learner's own editor: `$VISUAL`, else `$EDITOR`, else `vi`, run through `/bin/sh` so
/// values with arguments (`code --wait`, `emacs -nw`) work.
public struct ExternalEditor: Sendable, Hashable {
    /// The shell command; the file's path is appended as its last argument.
    public var command: String

    /// An editor running `command`.
    public init(command: String) {
        self.command = command
    }

    /// The editor the environment names.
    public init(environment: [String: String]) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        self.init(command: chosen ?? "vi")
    }

    /// Runs the editor on `path` and waits for it to exit. Returns nil when it exited normally,
    /// otherwise what went wrong, for the learner.
    ///
    /// The editor is spawned directly rather than with `Process`, which would put it in a
    /// process group of its own: a background group cannot read the terminal, so the editor
    /// would get no keys.
    public func edit(_ path: String) -> String? {
        // "$1" keeps a path with spaces in one piece; the command itself may hold arguments.
        let arguments = ["/bin/sh", "-c", "\(command) \"$1\"", "dltutor-editor", path]
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var argumentPointers = arguments.map { strdup($0) } + [nil]
        var environmentPointers = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argumentPointers { free(pointer) }
            for pointer in environmentPointers { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &argumentPointers, &environmentPointers)
        guard spawned == 0 else {
            return "could not start the editor (\(command)): \(String(cString: strerror(spawned)))"
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return "lost track of the editor (\(command))" }
        }
        // The wait status: low 7 bits are the signal (0 when it exited), the next byte the code.
        let signal = status & 0x7f
        let code = (status >> 8) & 0xff
        if signal != 0 { return "the editor (\(command)) was ended by signal \(signal)" }
        if code != 0 { return "the editor (\(command)) exited with status \(code)" }
        return nil
    }
}
