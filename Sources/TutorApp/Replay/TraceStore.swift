import Foundation

/// One line of `dltutor replay`'s list.
public struct TraceSummary: Sendable, Hashable {
    /// The file name without `.jsonl`: what `dltutor replay ID` takes.
    public var id: String
    /// The file.
    public var url: URL
    /// The header, or nil when the file could not be read.
    public var header: TraceHeader?
    /// The steps recorded.
    public var steps: Int
    /// Why the file cannot be played, if it cannot.
    public var problem: String?
}

/// The directory of recorded traces: `$XDG_STATE_HOME/dltutor/replays/`, by default
/// `~/.local/state/dltutor/replays/`. Old traces beyond `keep` are removed when a new one starts.
public struct TraceStore: Sendable {
    /// The directory.
    public let directory: URL
    /// How many traces to keep.
    public let keep: Int

    /// A store in `directory`.
    public init(directory: URL, keep: Int = 200) {
        self.directory = directory
        self.keep = max(1, keep)
    }

    /// The store at the XDG location for `environment`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> TraceStore
    {
        TraceStore(directory: defaultDirectory(environment: environment))
    }

    /// `$XDG_STATE_HOME/dltutor/replays` (an absolute `XDG_STATE_HOME` only, as the spec says),
    /// else `$HOME/.local/state/dltutor/replays`.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        return base.appendingPathComponent("dltutor/replays")
    }

    /// `20261129-120000-visualizer-rosenbrock`: sortable by time, readable at a glance.
    static func fileName(for header: TraceHeader) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let slug = header.title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let trimmed = String(slug).split(separator: "-").joined(separator: "-").prefix(40)
        return
            "\(formatter.string(from: header.created))-\(header.kind.rawValue)-\(trimmed.isEmpty ? "trace" : trimmed)"
    }

    /// Starts recording a new trace, first removing the oldest ones beyond `keep`.
    public func startRecording(_ header: TraceHeader) throws(TraceError) -> TraceRecorder {
        prune(leavingRoomForOne: true)
        return try TraceRecorder(directory: directory, header: header)
    }

    /// The trace files, newest first (by name, which starts with the time).
    public func files() -> [URL] { files(withExtensions: [".jsonl"]) }

    /// The lesson visuals' trace files (`.vtrace`, `VisualTrace`'s format), newest first.
    public func visualFiles() -> [URL] { files(withExtensions: [".vtrace"]) }

    /// Every trace file of both formats, newest first: what `dltutor replay` lists and numbers.
    public func allFiles() -> [URL] { files(withExtensions: [".jsonl", ".vtrace"]) }

    private func files(withExtensions extensions: [String]) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in extensions.contains { name.hasSuffix($0) } }.sorted(by: >).map {
            directory.appendingPathComponent($0)
        }
    }

    /// Every trace with its header and step count, newest first; unreadable ones say why.
    public func list() -> [TraceSummary] {
        files().map { url in
            let id = url.deletingPathExtension().lastPathComponent
            switch Result(catching: { () throws(TraceError) -> Trace in try Trace.load(from: url) }) {
            case .success(let trace):
                return TraceSummary(id: id, url: url, header: trace.header, steps: trace.steps, problem: nil)
            case .failure(let error):
                return TraceSummary(id: id, url: url, header: nil, steps: 0, problem: error.description)
            }
        }
    }

    /// The file for `reference`: an existing path, a trace id, or a number from the list of
    /// both formats (1 = newest).
    public func locate(_ reference: String) throws(TraceError) -> URL {
        if reference.contains("/") || reference.hasSuffix(".jsonl") || reference.hasSuffix(".vtrace") {
            guard FileManager.default.fileExists(atPath: reference) else {
                throw TraceError.notFound(reference)
            }
            return URL(fileURLWithPath: reference)
        }
        let all = allFiles()
        if let number = Int(reference), number >= 1, number <= all.count { return all[number - 1] }
        if let match = all.first(where: { $0.deletingPathExtension().lastPathComponent == reference }) {
            return match
        }
        if let match = all.first(where: { $0.lastPathComponent.hasPrefix(reference) }) { return match }
        throw TraceError.notFound(reference)
    }

    /// Removes the oldest traces of both formats so at most `keep` remain (or `keep - 1`,
    /// making room).
    public func prune(leavingRoomForOne: Bool = false) {
        let limit = leavingRoomForOne ? keep - 1 : keep
        for url in allFiles().dropFirst(max(0, limit)) {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
