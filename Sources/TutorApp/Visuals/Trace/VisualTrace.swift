import Foundation

/// A recorded session of one lesson visualization: which visual, the settings it started
/// from, and the state-changing messages in order as tokens (see `TraceableMessage`).
///
/// Replaying is folding the messages into a fresh screen made from the same settings, so a
/// trace is tiny and exact: the screens are pure functions of their messages (the random
/// ones draw from a seeded generator whose seed is part of the settings).
///
/// On disk it is JSON lines, like the visualizer's traces:
/// ```
/// {"format":"dltutor-visual-trace","version":1,"visual":"linear-map","title":"...","created":"...","settings":{}}
/// {"step":1,"action":"preset shear"}
/// {"step":2,"action":"entry+"}
/// ```
public struct VisualTrace: Sendable, Hashable {
    /// The value of the `format` field that marks a visual trace.
    public static let formatName = "dltutor-visual-trace"
    /// The version this build writes and the newest it reads.
    public static let currentVersion = 1

    /// The visual's id (`linear-map`, `svd-digit`, ...).
    public var visual: String
    /// A human title.
    public var title: String
    /// When recording started.
    public var created: Date
    /// The settings the screen was created with (seed, digit index), as text.
    public var settings: [String: String]
    /// The recorded message tokens, in order.
    public var actions: [String]

    /// A trace in memory.
    public init(
        visual: String, title: String, created: Date = Date(timeIntervalSince1970: 0),
        settings: [String: String] = [:], actions: [String] = []
    ) {
        self.visual = visual
        self.title = title
        self.created = created
        self.settings = settings
        self.actions = actions
    }

    /// The messages of the trace for a screen whose messages are `M`.
    /// - Throws: `VisualTraceError.unknownAction` for a token `M` does not understand.
    public func messages<M: TraceableMessage>(as type: M.Type) throws(VisualTraceError) -> [M] {
        var result: [M] = []
        for (index, token) in actions.enumerated() {
            guard let message = M(traceToken: token) else {
                throw VisualTraceError.unknownAction(visual: visual, step: index + 1, action: token)
            }
            result.append(message)
        }
        return result
    }

    /// The header line of the file form.
    public var headerLine: String {
        VisualTrace.json([
            "format": VisualTrace.formatName, "version": VisualTrace.currentVersion, "visual": visual,
            "title": title, "created": VisualTrace.timestamp(created), "settings": settings,
        ])
    }

    /// The line recording action number `step` (1-based).
    public static func actionLine(step: Int, action: String) -> String {
        json(["step": step, "action": action])
    }

    /// The whole trace as JSON lines, ending with a newline.
    public var text: String {
        ([headerLine]
            + actions.enumerated().map { VisualTrace.actionLine(step: $0.offset + 1, action: $0.element) })
            .joined(separator: "\n") + "\n"
    }

    static func json(_ object: [String: Any]) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}" }
        return text
    }

    static func timestamp(_ date: Date) -> String {
        // A new formatter each time: formatters are not Sendable and a trace formats one date.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// Why a visual trace cannot be read or replayed.
public enum VisualTraceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not a visual trace.
    case notATrace(String)
    /// Written by a newer dltutor.
    case newerVersion(Int)
    /// A line other than the last is damaged.
    case corruptLine(line: Int)
    /// The trace is for a different visual than the one replaying it.
    case wrongVisual(expected: String, found: String)
    /// A recorded action the screen does not know.
    case unknownAction(visual: String, step: Int, action: String)

    /// A message for the learner.
    public var description: String {
        switch self {
        case .notATrace(let reason): "not a dltutor visual trace: \(reason)"
        case .newerVersion(let version):
            "the trace uses visual trace version \(version); this dltutor reads up to "
                + "\(VisualTrace.currentVersion)"
        case .corruptLine(let line): "the trace is damaged at line \(line)"
        case .wrongVisual(let expected, let found): "the trace is for '\(found)', not '\(expected)'"
        case .unknownAction(let visual, let step, let action):
            "step \(step) of the \(visual) trace is '\(action)', which this version does not know"
        }
    }
}
