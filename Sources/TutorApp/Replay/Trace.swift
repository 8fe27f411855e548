import Foundation

/// A trace read back from disk: its header and events, and whether its last line was cut
/// off (a crash or a full disk while recording; the rest is still good).
public struct Trace: Sendable, Hashable {
    /// The header line.
    public var header: TraceHeader
    /// The events, in the order they were recorded.
    public var events: [TraceEvent]
    /// Whether an incomplete last line was dropped.
    public var droppedTruncatedLine: Bool

    /// A trace in memory.
    public init(header: TraceHeader, events: [TraceEvent], droppedTruncatedLine: Bool = false) {
        self.header = header
        self.events = events
        self.droppedTruncatedLine = droppedTruncatedLine
    }

    /// The highest step any event reports (0 for none).
    public var steps: Int { events.compactMap(\.stepNumber).max() ?? 0 }

    /// The largest file `load` reads: far above what the recorder writes (see `TraceRecorder`).
    public static let maximumFileBytes = 64 * 1024 * 1024

    /// Reads the trace at `url`.
    /// - Throws: `TraceError` when the file is missing, too big, not a trace, from a newer
    ///   version of dltutor, or has an unreadable line before its last one.
    public static func load(from url: URL) throws(TraceError) -> Trace {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumFileBytes {
                throw TraceError.tooLarge(path: url.path, bytes: size)
            }
            data = try Data(contentsOf: url)
        } catch let error as TraceError {
            throw error
        } catch {
            throw TraceError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// Parses trace text (the contents of a file at `path`, named in errors).
    public static func parse(_ text: String, path: String = "<trace>") throws(TraceError) -> Trace {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A file whose last line is complete ends with a newline, leaving an empty piece.
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        guard let first = lines.first, !first.allSatisfy(\.isWhitespace) else {
            throw TraceError.notATrace(path: path, reason: "the file is empty")
        }
        let header: TraceHeader
        do {
            header = try TraceCoding.header(try TraceCoding.object(first))
        } catch {
            throw TraceError.notATrace(path: path, reason: error.reason)
        }
        guard header.version <= TraceHeader.currentVersion else {
            throw TraceError.newerVersion(path: path, version: header.version)
        }
        guard header.version >= 1 else {
            throw TraceError.notATrace(path: path, reason: "version \(header.version) does not exist")
        }
        var events: [TraceEvent] = []
        var dropped = false
        for (offset, line) in lines.dropFirst().enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                events.append(try TraceCoding.event(try TraceCoding.object(line)))
            } catch {
                let isLast = offset == lines.count - 2
                // Only an unfinished last line is forgiven: a writer died mid-line.
                if isLast && !endsWithNewline {
                    dropped = true
                    continue
                }
                throw TraceError.corruptLine(path: path, line: offset + 2, reason: error.reason)
            }
        }
        return Trace(header: header, events: events, droppedTruncatedLine: dropped)
    }
}

/// Why a trace cannot be played.
public enum TraceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is larger than `Trace.maximumFileBytes`.
    case tooLarge(path: String, bytes: Int)
    /// The first line is not a dltutor trace header.
    case notATrace(path: String, reason: String)
    /// Written by a newer dltutor.
    case newerVersion(path: String, version: Int)
    /// A line other than the last is damaged.
    case corruptLine(path: String, line: Int, reason: String)
    /// No trace matches what was asked for.
    case notFound(String)

    /// A message for the learner.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .tooLarge(let path, let bytes):
            "\(path) is \(bytes / 1_048_576) MB, more than a trace can be (\(Trace.maximumFileBytes / 1_048_576) MB)"
        case .notATrace(let path, let reason): "\(path) is not a dltutor trace: \(reason)"
        case .newerVersion(let path, let version):
            "\(path) uses trace format version \(version), but this dltutor reads up to version "
                + "\(TraceHeader.currentVersion); update dltutor to play it"
        case .corruptLine(let path, let line, let reason): "\(path) is damaged at line \(line): \(reason)"
        case .notFound(let what): "no trace matches '\(what)' (run `dltutor replay --list`)"
        }
    }
}
