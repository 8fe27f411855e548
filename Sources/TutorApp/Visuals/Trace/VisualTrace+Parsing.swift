import Foundation

extension VisualTrace {
    /// Reads a trace from its JSON-lines text. An unfinished last line (a session that
    /// crashed mid-write) is skipped; damage anywhere else is an error.
    public static func parse(_ text: String) throws(VisualTraceError) -> VisualTrace {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        guard let first = lines.first, let header = object(first) else {
            throw VisualTraceError.notATrace("the first line is not a JSON object")
        }
        guard header["format"] as? String == formatName else {
            throw VisualTraceError.notATrace("the header does not say \"format\": \"\(formatName)\"")
        }
        guard let version = header["version"] as? Int, version >= 1 else {
            throw VisualTraceError.notATrace("the header has no valid version")
        }
        guard version <= currentVersion else { throw VisualTraceError.newerVersion(version) }
        guard let visual = header["visual"] as? String else {
            throw VisualTraceError.notATrace("the header does not name its visual")
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let created =
            (header["created"] as? String).flatMap(formatter.date(from:)) ?? Date(timeIntervalSince1970: 0)
        let settings = (header["settings"] as? [String: Any])?.mapValues { "\($0)" } ?? [:]
        var actions: [String] = []
        for (offset, line) in lines.dropFirst().enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let entry = object(line), let action = entry["action"] as? String else {
                if offset == lines.count - 2 && !endsWithNewline { continue }
                throw VisualTraceError.corruptLine(line: offset + 2)
            }
            actions.append(action)
        }
        return VisualTrace(
            visual: visual, title: header["title"] as? String ?? visual, created: created, settings: settings,
            actions: actions)
    }

    private static func object(_ line: Substring) -> [String: Any]? {
        guard let data = line.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
