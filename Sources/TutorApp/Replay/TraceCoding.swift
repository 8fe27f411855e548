import Foundation
import Grading

/// Turns headers and events into single JSON lines and back. Numbers that JSON cannot hold
/// (NaN, infinities: a diverged optimizer) are written as the strings "NaN", "Infinity" and
/// "-Infinity".
enum TraceCoding {
    // MARK: Encoding

    static func line(for header: TraceHeader) -> String {
        // Written in a fixed order, `format` and `version` first, so `head -1` reads well.
        let fields: [(String, Any)] = [
            ("format", TraceHeader.formatName), ("version", header.version), ("kind", header.kind.rawValue),
            ("title", header.title), ("created", timestampFormatter.string(from: header.created)),
            ("settings", header.settings),
        ]
        return "{" + fields.map { "\(fragment($0.0)):\(fragment($0.1))" }.joined(separator: ",") + "}"
    }

    private static func fragment(_ value: Any) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]),
            let text = String(data: data, encoding: .utf8)
        else { return "null" }
        return text
    }

    static func line(for event: TraceEvent) -> String {
        switch event {
        case .reset(let reset):
            return json([
                "type": "reset", "surface": reset.surface,
                "start": [number(reset.startX), number(reset.startY)],
                "racers": reset.racers.map { ["id": $0.id, "name": $0.name] }, "settings": reset.settings,
            ])
        case .step(let step, let racers):
            let samples: [[String: Any]] = racers.map { sample in
                var object: [String: Any] = [
                    "racer": sample.racer, "x": number(sample.x), "y": number(sample.y),
                    "loss": number(sample.loss),
                ]
                if let reason = sample.diverged { object["diverged"] = reason }
                return object
            }
            return json(["type": "step", "step": step, "racers": samples])
        case .progress(let progress):
            var object: [String: Any] = [
                "type": "progress", "step": progress.step, "budget": progress.budget,
                "loss": number(progress.loss), "elapsed": number(progress.elapsed),
            ]
            if let metric = progress.metric { object["metric"] = number(metric) }
            if let validation = progress.validation { object["validation"] = number(validation) }
            if let run = progress.run {
                object["run"] = ["index": run.index, "count": run.count, "name": run.name]
            }
            return json(object)
        case .result(let result):
            return json([
                "type": "result", "passed": result.passed, "metric": number(result.metric),
                "steps": result.steps, "diverged": result.diverged, "stopped": result.stopped,
                "message": result.message,
            ])
        }
    }

    /// A comparison's run, or nil when absent (a single-run lab, a trace from before runs were
    /// recorded) or malformed.
    private static func comparedRun(_ value: Any?) -> ComparedRun? {
        guard let object = value as? [String: Any], let index = object["index"] as? Int,
            let count = object["count"] as? Int, let name = object["name"] as? String
        else { return nil }
        return ComparedRun(index: index, count: count, name: name)
    }

    private static func number(_ value: Double) -> Any {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        return value
    }

    private static func json(_ object: [String: Any]) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}" }
        return text
    }

    /// ISO 8601 in UTC with seconds, as in `2026-11-29T12:00:00Z`.
    static var timestampFormatter: ISO8601DateFormatter {
        // A new formatter each time: formatters are not Sendable, and traces format one
        // date per file.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }

    // MARK: Decoding

    /// Why a line could not be read (the loader adds the line number).
    struct LineError: Error {
        let reason: String
    }

    static func object(_ line: Substring) throws(LineError) -> [String: Any] {
        guard let data = line.data(using: .utf8),
            let parsed = try? JSONSerialization.jsonObject(with: data),
            let object = parsed as? [String: Any]
        else { throw LineError(reason: "not a JSON object") }
        return object
    }

    static func header(_ object: [String: Any]) throws(LineError) -> TraceHeader {
        guard object["format"] as? String == TraceHeader.formatName else {
            throw LineError(reason: "the first line does not say \"format\": \"\(TraceHeader.formatName)\"")
        }
        guard let version = object["version"] as? Int else {
            throw LineError(reason: "the header has no version")
        }
        guard let kindText = object["kind"] as? String, let kind = TraceKind(rawValue: kindText) else {
            throw LineError(reason: "the header's kind must be visualizer or lab")
        }
        let created =
            (object["created"] as? String).flatMap { timestampFormatter.date(from: $0) }
            ?? Date(timeIntervalSince1970: 0)
        let settings = (object["settings"] as? [String: Any]).map(stringDictionary) ?? [:]
        return TraceHeader(
            version: version, kind: kind, title: object["title"] as? String ?? "untitled", created: created,
            settings: settings)
    }

    static func event(_ object: [String: Any]) throws(LineError) -> TraceEvent {
        switch object["type"] as? String {
        case "reset":
            guard let surface = object["surface"] as? String, let start = object["start"] as? [Any],
                start.count == 2
            else { throw LineError(reason: "a reset needs a surface and a start [x, y]") }
            let racers = (object["racers"] as? [[String: Any]] ?? []).compactMap { entry -> TraceRacer? in
                guard let id = entry["id"] as? String else { return nil }
                return TraceRacer(id: id, name: entry["name"] as? String ?? id)
            }
            return .reset(
                TraceReset(
                    surface: surface, startX: try double(start[0]), startY: try double(start[1]),
                    racers: racers,
                    settings: (object["settings"] as? [String: Any]).map(stringDictionary) ?? [:]))
        case "step":
            guard let step = object["step"] as? Int, let entries = object["racers"] as? [[String: Any]] else {
                throw LineError(reason: "a step needs a step number and racers")
            }
            var samples: [TraceRacerSample] = []
            for entry in entries {
                guard let racer = entry["racer"] as? String else {
                    throw LineError(reason: "a racer has no id")
                }
                samples.append(
                    TraceRacerSample(
                        racer: racer, x: try double(entry["x"]), y: try double(entry["y"]),
                        loss: try double(entry["loss"]), diverged: entry["diverged"] as? String))
            }
            return .step(step: step, racers: samples)
        case "progress":
            guard let step = object["step"] as? Int, let budget = object["budget"] as? Int else {
                throw LineError(reason: "progress needs step and budget")
            }
            return .progress(
                TraceProgress(
                    step: step, budget: budget, loss: try double(object["loss"]),
                    metric: try object["metric"].map(double),
                    validation: try object["validation"].map(double),
                    elapsed: (try? double(object["elapsed"])) ?? 0, run: comparedRun(object["run"])))
        case "result":
            guard let passed = object["passed"] as? Bool, let steps = object["steps"] as? Int else {
                throw LineError(reason: "a result needs passed and steps")
            }
            return .result(
                TraceResult(
                    passed: passed, metric: try double(object["metric"]), steps: steps,
                    diverged: object["diverged"] as? Bool ?? false,
                    stopped: object["stopped"] as? Bool ?? false,
                    message: object["message"] as? String ?? ""))
        case let other:
            throw LineError(reason: "unknown event type \(other.map { "'\($0)'" } ?? "(missing)")")
        }
    }

    private static func double(_ value: Any?) throws(LineError) -> Double {
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        if let text = value as? String {
            switch text {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: break
            }
        }
        throw LineError(reason: "expected a number, found \(value.map { "\($0)" } ?? "nothing")")
    }

    private static func stringDictionary(_ object: [String: Any]) -> [String: String] {
        object.mapValues { "\($0)" }
    }
}
