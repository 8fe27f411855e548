import Foundation
import TerminalCore
import TutorApp

/// A tutor over the shipped lessons with its progress in a fresh temporary directory, so tests
/// never touch the learner's real data.
struct TutorFixture {
    /// The repository's `Lessons/` folder, found from this file's path.
    static let lessonsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons").path

    /// The temporary data directory (what `$XDG_DATA_HOME/dltutor` would be).
    let dataDirectory: String
    /// The lesson directory used.
    let lessons: String

    /// The shipped stage files the tests are written against. New stages land in `Lessons/`
    /// while the curriculum grows; copying these keeps the tests about the tutor, not about
    /// how many stages exist today.
    static let stageFiles = ["01-linear-algebra.md", "02-probability.md", "03-optimization.md"]

    /// A fixture over `lessons` (a copy of `stageFiles` by default) with an empty data directory.
    init(lessons: String? = nil) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dltutor-shell-\(UUID().uuidString)")
        dataDirectory = root.appendingPathComponent("data").path
        if let lessons {
            self.lessons = lessons
        } else {
            let copy = root.appendingPathComponent("lessons")
            try? FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            for file in Self.stageFiles {
                try? FileManager.default.copyItem(
                    at: URL(fileURLWithPath: Self.lessonsDirectory).appendingPathComponent(file),
                    to: copy.appendingPathComponent(file))
            }
            self.lessons = copy.path
        }
    }

    /// A session reading and writing the fixture's data directory.
    func session() throws -> TutorSession {
        try TutorSession.load(lessonsDirectory: lessons, dataDirectory: dataDirectory)
    }

    /// A tutor on the home screen at `width` x `height`.
    func app(width: Int = 80, height: Int = 24) throws -> TutorApplication {
        TutorApplication(session: try session(), size: (width, height))
    }

    /// Removes the data directory and the lesson copy.
    func cleanUp() {
        try? FileManager.default.removeItem(atPath: (dataDirectory as NSString).deletingLastPathComponent)
    }
}

/// Collects messages posted by background work run synchronously in a test.
final class PostedMessages: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [TutorApplication.Message] = []

    /// Appends a message (from any thread).
    func append(_ message: TutorApplication.Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// Everything posted so far.
    var all: [TutorApplication.Message] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

extension TutorApplication {
    /// Replays `messages` and runs any background work they start (grading) to completion on
    /// this thread, feeding what it posts back in, as the program would.
    mutating func replayRunningWork(_ messages: [Message]) {
        for message in messages {
            runWork(of: replay([message]))
        }
    }

    /// Runs the background work `commands` start, on this thread, and replays what it posts.
    mutating func runWork(of commands: [Command<Message>]) {
        for command in commands {
            let posted = PostedMessages()
            for effect in command.effects {
                if case .background(_, let work) = effect {
                    work(BackgroundContext(post: { posted.append($0) }))
                }
            }
            replayRunningWork(posted.all)
        }
    }

    /// Keys as messages.
    static func keys(_ keys: Key...) -> [Message] { keys.map { .key($0) } }

    /// Typed text as key messages.
    static func typing(_ text: String) -> [Message] {
        text.map { $0 == "\n" ? .key(.enter) : .key(.character($0)) }
    }

    /// The screen as text at `width` x `height`.
    func screen(width: Int = 80, height: Int = 24) -> String {
        rendered(width: width, height: height).text
    }
}
