import Foundation
import Testing
import TutorApp

@Suite("Visual traces")
struct VisualsTraceTests {
    private let sample = VisualTrace(
        visual: "linear-map", title: "Linear map", created: Date(timeIntervalSince1970: 1_800_000_000),
        settings: ["preset": "shear"], actions: ["preset rotation", "adjust 1", "transpose"])

    @Test("text round trip keeps every field")
    func roundTrip() throws {
        let parsed = try VisualTrace.parse(sample.text)
        #expect(parsed == sample)
        #expect(
            sample.text.hasPrefix("{\"created\":\"2027-01-15T08:00:00Z\",\"format\":\"dltutor-visual-trace\"")
        )
    }

    @Test("an unfinished last line is dropped; damage elsewhere is reported")
    func damage() throws {
        var text = sample.text
        text += "{\"step\":4,\"act"
        #expect(try VisualTrace.parse(text).actions == sample.actions)
        var lines = sample.text.split(separator: "\n").map(String.init)
        lines[2] = "garbage"
        #expect(throws: VisualTraceError.corruptLine(line: 3)) {
            try VisualTrace.parse(lines.joined(separator: "\n") + "\n")
        }
        #expect(throws: VisualTraceError.self) { try VisualTrace.parse("") }
        #expect(throws: VisualTraceError.self) { try VisualTrace.parse("{\"format\":\"other\"}\n") }
        let newer = sample.text.replacingOccurrences(of: "\"version\":1", with: "\"version\":9")
        #expect(throws: VisualTraceError.newerVersion(9)) { try VisualTrace.parse(newer) }
    }

    @Test("replaying refuses another visual's trace and unknown actions")
    func replayErrors() {
        let screen = LinearMapScreen()
        var other = sample
        other.visual = "likelihood"
        #expect(throws: VisualTraceError.wrongVisual(expected: "linear-map", found: "likelihood")) {
            try screen.replaying(other)
        }
        var unknown = sample
        unknown.actions.append("dance")
        #expect(throws: VisualTraceError.unknownAction(visual: "linear-map", step: 4, action: "dance")) {
            try screen.replaying(unknown)
        }
    }

    @Test("replaying part of a trace stops after that many actions")
    func partialReplay() throws {
        let screen = try LinearMapScreen().replaying(sample, steps: 1)
        #expect(screen.preset == .rotation)
        let none = try LinearMapScreen().replaying(sample, steps: 0)
        #expect(none.preset == .shear)
    }

    @Test("the file writer writes a trace the parser reads back")
    func fileWriter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "visual-trace-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try VisualTraceFileWriter(directory: directory, trace: sample)
        var screen = LinearMapScreen(recordingTo: writer)
        _ = screen.replay([.preset(.scaling), .cycleEntry(1), .adjust(tenths: -2)])
        writer.close()
        #expect(writer.url.lastPathComponent == "20270115-080000-visual-linear-map.vtrace")
        let trace = try VisualTrace.parse(String(contentsOf: writer.url, encoding: .utf8))
        #expect(trace.actions == ["preset scaling", "cycle 1", "adjust -2"])
        #expect(try LinearMapScreen().replaying(trace).entries == screen.entries)
        let second = try VisualTraceFileWriter(directory: directory, trace: sample)
        #expect(second.url.lastPathComponent == "20270115-080000-visual-linear-map-2.vtrace")
    }

    @Test("every recordable message of every screen round-trips through its token")
    func tokens() {
        let linear: [LinearMapScreen.Message] =
            [
                .cycleEntry(-1), .moveSelection(row: 1, column: -1), .adjust(tenths: 3), .zeroEntry,
                .transpose,
            ] + LinearMapPreset.allCases.map { .preset($0) }
        for message in linear { #expect(message.traceToken.flatMap(LinearMapScreen.Message.init) == message) }
        let svd: [SVDDigitScreen.Message] = [.changeRank(-1), .setRank(28), .changeImage(2)]
        for message in svd { #expect(message.traceToken.flatMap(SVDDigitScreen.Message.init) == message) }
        let sampling: [SamplingHistogramScreen.Message] = [
            .moreSamples, .grow, .reset, .cycleDistribution(-1),
        ]
        for message in sampling {
            #expect(message.traceToken.flatMap(SamplingHistogramScreen.Message.init) == message)
        }
        let likelihood: [LikelihoodScreen.Message] = [
            .addPoint, .removePoint, .resample, .switchModel, .toggleLogScale, .moveProbe(-3),
        ]
        for message in likelihood {
            #expect(message.traceToken.flatMap(LikelihoodScreen.Message.init) == message)
        }
        let softmax: [SoftmaxTemperatureScreen.Message] = [
            .changeTemperature(2), .resetTemperature, .cycleLogits(1),
        ]
        for message in softmax {
            #expect(message.traceToken.flatMap(SoftmaxTemperatureScreen.Message.init) == message)
        }
        #expect(LinearMapScreen.Message.toggleHelp.traceToken == nil)
        #expect(SamplingHistogramScreen.Message.tick(session: 1).traceToken == nil)
    }
}
