import Foundation
import Grading
import Lessons

/// One grade made in watch mode: the file's text when it was saved, and its report.
public struct WatchedGrade: Sendable {
    /// The code that was graded.
    public var text: String
    /// The grader's report.
    public var report: GradeReport
}

/// What happened while the learner's editor had the terminal.
public struct EditorSessionResult: Sendable {
    /// What went wrong running the editor, nil when it exited normally.
    public var problem: String?
    /// Every save graded, in order; the last one is the file as the editor left it.
    public var grades: [WatchedGrade]
}

/// Watch mode: runs the learner's editor on a workspace file and, while it runs, grades the
/// file each time its contents change (every save). Contents, not timestamps, are compared,
/// so an editor rewriting an unchanged file does not count as an attempt. The grades are
/// handed back together when the editor exits, in the order they were made.
enum WorkspaceWatcher {
    /// How often the file is looked at, in seconds.
    static let pollInterval = 0.25

    /// Runs `editor` on `path` (blocking) while grading each saved version of `exercise`.
    static func edit(
        _ path: String, with editor: ExternalEditor, exercise: Exercise, grader: Grader
    ) -> EditorSessionResult {
        let collector = GradeCollector(initialText: read(path))
        let fileName = (path as NSString).lastPathComponent
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            while !collector.isStopped {
                Thread.sleep(forTimeInterval: pollInterval)
                collector.gradeIfChanged(read(path)) {
                    grader.grade(exercise, answer: $0, fileName: fileName)
                }
            }
            finished.signal()
        }
        thread.start()
        let problem = editor.edit(path)
        collector.stop()
        finished.wait()
        // A save made just before quitting may not have been seen yet.
        collector.gradeIfChanged(read(path)) { grader.grade(exercise, answer: $0, fileName: fileName) }
        return EditorSessionResult(problem: problem, grades: collector.grades)
    }

    /// The file's text, nil when it cannot be read (an editor may be replacing it right now).
    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }
}

/// The watcher's state shared between its thread and the one waiting for the editor.
private final class GradeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var lastText: String?
    private var collected: [WatchedGrade] = []
    private var stopped = false

    init(initialText: String?) {
        lastText = initialText
    }

    var isStopped: Bool { lock.withLock { stopped } }

    var grades: [WatchedGrade] { lock.withLock { collected } }

    func stop() { lock.withLock { stopped = true } }

    /// Grades `text` when it differs from the last text seen. Grading happens outside the
    /// lock; only one thread calls this at a time (the watcher, then the waiter after it ended).
    func gradeIfChanged(_ text: String?, grade: (String) -> GradeReport) {
        guard let text, lock.withLock({ text != lastText }) else { return }
        let report = grade(text)
        lock.withLock {
            lastText = text
            collected.append(WatchedGrade(text: text, report: report))
        }
    }
}
