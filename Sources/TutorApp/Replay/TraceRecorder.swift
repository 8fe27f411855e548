import Foundation

/// Something that takes trace events as a session runs. Screens hold one (or none) and
/// hand it every event; a recorder writes them to disk, tests collect them in memory.
///
/// Recording is the screens' one side channel: they only ever write to it and never read
/// it back, so their state still follows from the messages alone.
public protocol TraceSink: AnyObject, Sendable {
    /// Records `event` after the ones before it.
    func record(_ event: TraceEvent)
}

/// Collects events in memory (for tests and for playing a session back right away).
public final class MemoryTraceSink: TraceSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [TraceEvent] = []

    /// An empty sink.
    public init() {}

    /// Keeps `event`.
    public func record(_ event: TraceEvent) {
        lock.withLock { stored.append(event) }
    }

    /// Everything recorded so far.
    public var events: [TraceEvent] { lock.withLock { stored } }
}

/// Writes a trace file line by line as a session runs: the header when created, then one
/// line per event, each with a single `write` to a file opened for appending, so a crash
/// loses at most the line being written (which the loader then skips).
///
/// The file is capped at `maximumBytes`; events past the cap are dropped (`isFull`).
public final class TraceRecorder: TraceSink, @unchecked Sendable {
    /// Where the trace is written.
    public var url: URL { file.url }
    /// The size cap.
    public let maximumBytes: Int
    private let file: AppendOnlyLineFile

    /// The default cap: 8 MB, about 40,000 visualizer steps with five racers.
    public static let defaultMaximumBytes = 8 * 1024 * 1024

    /// Starts a trace in `directory` (created if needed) with `header` as its first line.
    /// - Throws: `TraceError.unreadable` when the directory or file cannot be created.
    public init(
        directory: URL, header: TraceHeader, maximumBytes: Int = TraceRecorder.defaultMaximumBytes
    ) throws(TraceError) {
        self.maximumBytes = max(1024, maximumBytes)
        do {
            file = try AppendOnlyLineFile(
                directory: directory, name: TraceStore.fileName(for: header), fileExtension: "jsonl",
                maximumBytes: self.maximumBytes)
        } catch {
            throw TraceError.unreadable(path: error.path, reason: error.reason)
        }
        file.append(TraceCoding.line(for: header))
    }

    /// Whether the size cap was reached (later events are dropped).
    public var isFull: Bool { file.isFull }

    /// Appends `event` as one line.
    public func record(_ event: TraceEvent) {
        file.append(TraceCoding.line(for: event))
    }

    /// Closes the file; later events are dropped.
    public func close() { file.close() }
}
