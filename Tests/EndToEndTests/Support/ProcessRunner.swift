import Foundation
import Glibc

/// Runs a program to completion and collects what it printed.
///
/// Not Foundation's `Process`, for two reasons found the hard way: on Linux it notices the
/// child's exit through an inherited socket, so `tmux new-session` (whose server daemon
/// inherits that socket) never "exits"; and children inherit the calling thread's signal
/// mask, which on a test worker thread blocks nearly every signal, so tmux, its shell and
/// dltutor would never see SIGWINCH or SIGTERM. This runner spawns with an empty signal
/// mask and default signal actions, and waits with `waitpid`.
enum ProcessRunner {
    /// The outcome of one run.
    struct Outcome {
        /// The exit status, or 128 + the signal number when a signal ended the process.
        var status: Int32
        var output: String
        var errorOutput: String
    }

    /// The spawn itself failed (the program does not exist, ...).
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (the program is looked up on PATH) with extra environment variables
    /// and some removed, stdin from /dev/null, and waits for it to exit. Output is collected
    /// through temporary files, because a daemon the program starts may keep them open.
    static func run(
        _ arguments: [String], environment extra: [String: String] = [:], removing removed: [String] = []
    ) throws -> Outcome {
        guard let program = arguments.first else { throw SpawnError(description: "no program given") }
        let directory = FileManager.default.temporaryDirectory.path
        let token = UUID().uuidString
        let outputPath = "\(directory)/dltutor-e2e-\(token).out"
        let errorPath = "\(directory)/dltutor-e2e-\(token).err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var resettable = sigset_t()
        sigemptyset(&resettable)
        for signalNumber in 1..<32 where signalNumber != SIGKILL && signalNumber != SIGSTOP {
            sigaddset(&resettable, Int32(signalNumber))
        }
        posix_spawnattr_setsigdefault(&attributes, &resettable)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        for name in removed { environment.removeValue(forKey: name) }
        environment.merge(extra) { _, new in new }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }

        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SpawnError(description: "could not start \(program): \(String(cString: strerror(spawned)))")
        }
        var rawStatus: Int32 = 0
        while waitpid(pid, &rawStatus, 0) == -1 && errno == EINTR {}
        // The wait-status layout: low 7 bits are the terminating signal (0: normal exit),
        // bits 8-15 the exit code (WIFEXITED/WEXITSTATUS are macros Swift cannot import).
        let signal = rawStatus & 0x7F
        let status = signal == 0 ? (rawStatus >> 8) & 0xFF : 128 + signal
        return Outcome(
            status: status,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errorOutput: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
