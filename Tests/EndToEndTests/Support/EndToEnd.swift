import Foundation
import Testing

/// What every end-to-end test starts from: the binary under test, a shell in tmux, and a
/// scratch directory. A missing binary or tmux fails the test (it never skips).
enum EndToEnd {
    /// The `dltutor` binary under test.
    static func binary() throws -> String {
        switch DltutorBinary.locate() {
        case .success(let path): return path
        case .failure(let error):
            Issue.record("\(error)")
            throw error
        }
    }

    /// A shell in a fresh tmux server of the given size, ready for input.
    static func shell(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        guard TmuxSession.isAvailable() else {
            let error = TmuxError(
                message: "tmux is not installed; the end-to-end tests need it (apt-get install tmux)")
            Issue.record("\(error)")
            throw error
        }
        let session = try TmuxSession(width: width, height: height)
        do {
            try session.waitFor(text: "$")
        } catch {
            session.close()
            throw error
        }
        return session
    }

    /// A new path under the temporary directory (not created), so tests never touch the
    /// learner's real progress or replays.
    static func scratchPath(_ label: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "dltutor-e2e-\(label)-\(UUID().uuidString)"
        )
        .path
    }
}
