import Foundation

/// Takes the tokens of a visual session as it runs. Screens only ever write to it, so their
/// state still follows from their messages alone.
public protocol VisualTraceSink: AnyObject, Sendable {
    /// Records `action` after the ones before it.
    func record(_ action: String)
}

/// Collects a session in memory (tests, and replaying a session right after it).
public final class MemoryVisualTraceSink: VisualTraceSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    /// An empty sink.
    public init() {}

    /// Keeps `action`.
    public func record(_ action: String) {
        lock.withLock { stored.append(action) }
    }

    /// Everything recorded so far.
    public var actions: [String] { lock.withLock { stored } }
}

/// Writes a visual trace file as the session runs: the header when created, then one line
/// per action with a single append each, so a crash loses at most the line being written.
/// Files are named `<time>-visual-<id>.vtrace` so the visualizer's replay list (which reads
/// `.jsonl` files) does not mistake them for its own format.
public final class VisualTraceFileWriter: VisualTraceSink, @unchecked Sendable {
    /// Where the trace is written.
    public var url: URL { file.url }
    /// The most actions written; later ones are dropped (a key held down for hours).
    public static let maximumActions = 100_000
    private let file: AppendOnlyLineFile
    private let lock = NSLock()
    private var count = 0

    /// Starts a trace for `trace`'s visual, title and settings (its actions are ignored) in
    /// `directory`, created if needed.
    /// - Throws: `VisualTraceError.notATrace` naming the path when the file cannot be created.
    public init(directory: URL, trace: VisualTrace) throws(VisualTraceError) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        do {
            // The count caps the file; the byte cap only guards against absurd action tokens.
            file = try AppendOnlyLineFile(
                directory: directory, name: "\(formatter.string(from: trace.created))-visual-\(trace.visual)",
                fileExtension: "vtrace", maximumBytes: 64 * 1024 * 1024)
        } catch {
            throw VisualTraceError.notATrace("cannot create \(error.path): \(error.reason)")
        }
        file.append(trace.headerLine)
    }

    /// Appends `action` as one line.
    public func record(_ action: String) {
        let step: Int = lock.withLock {
            count += 1
            return count
        }
        guard step <= Self.maximumActions else { return }
        file.append(VisualTrace.actionLine(step: step, action: action))
    }

    /// Closes the file; later actions are dropped.
    public func close() { file.close() }
}
