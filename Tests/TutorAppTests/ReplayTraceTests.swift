import Foundation
import TestSupport
import Testing
import TutorApp

/// A fresh directory under the system's temporary directory, removed by `cleanUp()`.
struct ReplayScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dltutor-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: url)
    }
}

@Suite("Trace files")
struct ReplayTraceTests {
    static let created = Date(timeIntervalSince1970: 1_795_000_000)

    static let sampleEvents: [TraceEvent] = [
        .reset(
            TraceReset(
                surface: "bowl", startX: -1.6, startY: 1.4,
                racers: [TraceRacer(id: "sgd", name: "SGD"), TraceRacer(id: "yours", name: "my rule")],
                settings: ["lr": "0.1"])),
        .step(
            step: 1,
            racers: [
                TraceRacerSample(racer: "sgd", x: -1.28, y: 1.12, loss: 2.8928),
                TraceRacerSample(racer: "yours", x: -1, y: 1, loss: 2, diverged: "left the box"),
            ]),
        .progress(
            TraceProgress(step: 10, budget: 100, loss: 0.5, metric: 0.8, validation: nil, elapsed: 0.25)),
        .result(
            TraceResult(
                passed: true, metric: 0.96, steps: 40, diverged: false, stopped: false, message: "PASS")),
    ]

    @Test("a recorded trace reads back exactly")
    func roundTrip() throws {
        let scratch = try ReplayScratchDirectory()
        defer { scratch.cleanUp() }
        let header = TraceHeader(
            kind: .visualizer, title: "Quadratic bowl", created: Self.created, settings: ["surface": "bowl"])
        let recorder = try TraceRecorder(directory: scratch.url, header: header)
        for event in Self.sampleEvents { recorder.record(event) }
        recorder.close()
        let trace = try Trace.load(from: recorder.url)
        #expect(trace.header == header)
        #expect(trace.events == Self.sampleEvents)
        #expect(!trace.droppedTruncatedLine)
        #expect(trace.steps == 40)
        let firstLine = try String(contentsOf: recorder.url, encoding: .utf8).split(separator: "\n")[0]
        #expect(firstLine.hasPrefix("{\"format\":\"dltutor-trace\",\"version\":1,\"kind\":\"visualizer\""))
        #expect(recorder.url.lastPathComponent.hasSuffix("-visualizer-quadratic-bowl.jsonl"))
    }

    @Test("NaN and infinities survive as strings")
    func nonFiniteNumbers() throws {
        let scratch = try ReplayScratchDirectory()
        defer { scratch.cleanUp() }
        let recorder = try TraceRecorder(
            directory: scratch.url,
            header: TraceHeader(kind: .visualizer, title: "t", created: Self.created, settings: [:]))
        recorder.record(
            .step(
                step: 3,
                racers: [
                    TraceRacerSample(racer: "sgd", x: .nan, y: .infinity, loss: -.infinity, diverged: "NaN")
                ]))
        let text = try String(contentsOf: recorder.url, encoding: .utf8)
        #expect(text.contains("\"x\":\"NaN\""))
        let trace = try Trace.load(from: recorder.url)
        guard case .step(_, let racers) = trace.events.first, let sample = racers.first else {
            Issue.record("expected a step")
            return
        }
        #expect(sample.x.isNaN && sample.y == .infinity && sample.loss == -.infinity)
    }

    private func text(_ lines: [String], trailingNewline: Bool = true) -> String {
        lines.joined(separator: "\n") + (trailingNewline ? "\n" : "")
    }

    private let header =
        #"{"format":"dltutor-trace","version":1,"kind":"lab","title":"x","created":"2026-11-29T12:00:00Z","settings":{}}"#
    private let progress = #"{"type":"progress","step":1,"budget":10,"loss":0.5,"elapsed":0.1}"#

    @Test("a cut-off last line is skipped, the rest kept")
    func truncatedLastLine() throws {
        let trace = try Trace.parse(
            text([header, progress, #"{"type":"progress","st"#], trailingNewline: false))
        #expect(trace.events.count == 1)
        #expect(trace.droppedTruncatedLine)
    }

    @Test("a damaged line in the middle is an error naming the line")
    func corruptMiddleLine() {
        #expect(throws: TraceError.corruptLine(path: "<trace>", line: 2, reason: "not a JSON object")) {
            try Trace.parse(self.text([self.header, "{garbage", self.progress]))
        }
        // A complete (newline-terminated) last line that is damaged is not a crash artefact.
        #expect(throws: TraceError.self) {
            try Trace.parse(self.text([self.header, self.progress, "{garbage"]))
        }
        #expect(throws: TraceError.self) {
            try Trace.parse(self.text([self.header, #"{"type":"teleport"}"#, self.progress]))
        }
    }

    @Test("a newer version is refused with a clear message")
    func futureVersion() {
        let future = header.replacingOccurrences(of: "\"version\":1", with: "\"version\":7")
        do {
            _ = try Trace.parse(text([future, progress]), path: "new.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error == .newerVersion(path: "new.jsonl", version: 7))
            #expect(error.description.contains("update dltutor"))
        }
    }

    @Test("files that are not traces are refused")
    func notATrace() {
        #expect(throws: TraceError.self) { try Trace.parse("") }
        #expect(throws: TraceError.self) { try Trace.parse("hello\n") }
        #expect(throws: TraceError.self) {
            try Trace.parse(#"{"format":"other","version":1,"kind":"lab"}"# + "\n")
        }
        #expect(throws: TraceError.self) {
            try Trace.parse(#"{"format":"dltutor-trace","version":1,"kind":"movie"}"# + "\n")
        }
    }

    @Test("the recorder stops at its size cap")
    func sizeCap() throws {
        let scratch = try ReplayScratchDirectory()
        defer { scratch.cleanUp() }
        let recorder = try TraceRecorder(
            directory: scratch.url,
            header: TraceHeader(kind: .lab, title: "big", created: Self.created, settings: [:]),
            maximumBytes: 4096)
        for step in 1...500 {
            recorder.record(
                .progress(
                    TraceProgress(step: step, budget: 500, loss: 1, metric: nil, validation: nil, elapsed: 0))
            )
        }
        #expect(recorder.isFull)
        let size = try FileManager.default.attributesOfItem(atPath: recorder.url.path)[.size] as? Int ?? 0
        #expect(size <= 4096)
        let trace = try Trace.load(from: recorder.url)
        #expect(!trace.droppedTruncatedLine)
        #expect(trace.steps > 10 && trace.steps < 500)
    }

    @Test("the store lists newest first, finds traces by number, id and path, and prunes")
    func store() throws {
        let scratch = try ReplayScratchDirectory()
        defer { scratch.cleanUp() }
        let store = TraceStore(directory: scratch.url, keep: 3)
        var urls: [URL] = []
        for minute in 0..<5 {
            let header = TraceHeader(
                kind: .visualizer, title: "run \(minute)",
                created: Self.created.addingTimeInterval(Double(minute) * 60),
                settings: [:])
            let recorder = try store.startRecording(header)
            recorder.record(Self.sampleEvents[0])
            recorder.close()
            urls.append(recorder.url)
        }
        let listed = store.list()
        #expect(listed.map(\.header?.title) == ["run 4", "run 3", "run 2"])
        #expect(listed[0].steps == 0)
        #expect(try store.locate("1") == urls[4])
        #expect(try store.locate(listed[1].id) == urls[3])
        #expect(try store.locate(urls[2].path) == urls[2])
        #expect(throws: TraceError.notFound("99")) { try store.locate("99") }
        try "not a trace\n".write(
            to: scratch.url.appendingPathComponent("99999999-000000-lab-bad.jsonl"), atomically: true,
            encoding: .utf8)
        #expect(store.list().first?.problem?.contains("not a dltutor trace") == true)
    }

    @Test("the directory follows XDG_STATE_HOME, else HOME")
    func directory() {
        #expect(
            TraceStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path
                == "/s/dltutor/replays")
        #expect(
            TraceStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]).path
                == "/h/.local/state/dltutor/replays")
        #expect(
            TraceStore.defaultDirectory(environment: ["HOME": "/h"]).path == "/h/.local/state/dltutor/replays"
        )
    }
}
