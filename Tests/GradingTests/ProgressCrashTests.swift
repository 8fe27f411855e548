import Foundation
import Grading
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A writer killed with SIGKILL in the middle of saving must leave the previous complete state.
///
/// The test binary runs itself again (`/proc/self/exe`) with only `writerProcess` selected and an
/// environment variable naming the directory; that child saves large progress documents in a loop
/// until it is killed. The parent kills it at varying moments and checks what is on disk.
@Suite(.serialized) struct ProgressCrashTests {
    static let directoryVariable = "DLTUTOR_TEST_PROGRESS_WRITER_DIR"

    /// Runs only inside the child process.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[directoryVariable] != nil))
    func writerProcess() throws {
        let directory = try #require(ProcessInfo.processInfo.environment[Self.directoryVariable])
        let store = try ProgressStore(directory: directory, access: .readWrite)
        // About 2 MB per save, so a kill often lands while the temporary file is being written.
        let answer = String(repeating: "x = np.zeros((3, 4))  # learner code\n", count: 60_000)
        var counter = store.progress(for: "counter").attempts
        while counter < 1_000_000 {
            counter += 1
            let value = counter
            try store.update("counter") {
                $0.attempts = value
                $0.lastAnswer = answer + "\(value)"
            }
        }
    }

    #if os(Linux)
        @Test(.enabled(if: ProcessInfo.processInfo.environment[directoryVariable] == nil))
        func killingAWriterMidSaveKeepsTheLastCompleteState() throws {
            let directory = try GradingFixtures.temporaryDirectory()
            let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
            var lastSeen = 0
            for round in 0..<4 {
                let child = Process()
                child.executableURL = URL(fileURLWithPath: executable)
                child.arguments = ["--testing-library", "swift-testing", "--filter", "writerProcess"]
                var environment = ProcessInfo.processInfo.environment
                environment[Self.directoryVariable] = directory
                child.environment = environment
                child.standardOutput = FileHandle.nullDevice
                child.standardError = FileHandle.nullDevice
                try child.run()
                // Wait until the child has saved a few more times, then kill it without warning.
                let target = lastSeen + 2 + round
                var waited = 0
                while Self.savedCounter(directory) < target && waited < 3000 && child.isRunning {
                    usleep(10_000)
                    waited += 1
                }
                usleep(UInt32(3_000 * (round + 1)))
                kill(child.processIdentifier, SIGKILL)
                child.waitUntilExit()
                #expect(child.terminationReason == .uncaughtSignal, "the child ended on its own: did it run?")

                let store = try ProgressStore(directory: directory, access: .readWrite)
                #expect(store.notices.isEmpty, "\(store.notices)")
                let record = store.progress(for: "counter")
                #expect(record.attempts >= target, "round \(round): only \(record.attempts) saves")
                #expect(record.lastAnswer?.hasSuffix("\(record.attempts)") == true)
                lastSeen = record.attempts
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
                    .filter { $0.hasPrefix(AtomicFile.temporaryPrefix) }
                #expect(leftovers.isEmpty)
            }
            try? FileManager.default.removeItem(atPath: directory)
        }
    #endif

    /// The counter in the saved file, or 0 when there is none yet (read without the store, as the
    /// child holds the lock).
    static func savedCounter(_ directory: String) -> Int {
        (try? ProgressStore(directory: directory, access: .readOnly))?.progress(for: "counter").attempts ?? 0
    }
}
