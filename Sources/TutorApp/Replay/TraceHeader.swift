import Foundation

/// What a trace recorded: a visualizer session or a lab run.
public enum TraceKind: String, Sendable, Hashable, Codable {
    /// A gradient-descent visualizer session.
    case visualizer
    /// A lab's training run.
    case lab
}

/// The first line of every trace file: what it is, which version of the format, and the
/// settings the session started with. See TraceFormat.md.
public struct TraceHeader: Sendable, Hashable {
    /// The value of the `format` field that marks a dltutor trace.
    public static let formatName = "dltutor-trace"
    /// The version this build writes and the newest it reads.
    public static let currentVersion = 1

    /// The format version of the file.
    public var version: Int
    /// Visualizer or lab.
    public var kind: TraceKind
    /// A human title ("Rosenbrock", "Lab: spirals").
    public var title: String
    /// When recording started.
    public var created: Date
    /// The starting settings, as text (`"surface": "rosenbrock"`, `"lr": "0.001"`).
    public var settings: [String: String]

    /// A header for a new trace in the current version.
    public init(kind: TraceKind, title: String, created: Date, settings: [String: String]) {
        self.version = TraceHeader.currentVersion
        self.kind = kind
        self.title = title
        self.created = created
        self.settings = settings
    }

    /// A header as read from a file (any version).
    init(version: Int, kind: TraceKind, title: String, created: Date, settings: [String: String]) {
        self.version = version
        self.kind = kind
        self.title = title
        self.created = created
        self.settings = settings
    }
}
