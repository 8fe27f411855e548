import Foundation
import TerminalCore
import Testing
import TutorApp

@Suite("Visual trace player factory")
struct VisualsTracePlayerTests {
    @Test("a recorded sampling session plays back to the same final picture")
    func samplingPlaysBack() throws {
        let sink = MemoryVisualTraceSink()
        var screen = SamplingHistogramScreen(distribution: .uniform, seed: 2, recordingTo: sink)
        // The header is written when the session starts, with the starting settings.
        let startingSettings = screen.traceSettings
        _ = screen.replay([.moreSamples, .moreSamples, .cycleDistribution(1), .moreSamples])
        let trace = VisualTrace(
            visual: SamplingHistogramScreen.visualID, title: "t", settings: startingSettings,
            actions: sink.actions)
        let player = try VisualTracePlayer.player(for: trace)
        let replay = try #require(player as? VisualReplayScreen<SamplingHistogramScreen>)
        var atEnd = replay
        _ = atEnd.replay(events: [.key(.end)])
        #expect(atEnd.position == 4)
        #expect(atEnd.current.tally == screen.tally)
    }

    @Test("every visual it claims to replay builds a player from its own trace header")
    func everyReplayableVisualBuilds() throws {
        // The player reads the shipped digits itself; the header only names the digit's index.
        let square = DigitImage(
            pixels: Array(repeating: 0.5, count: 16), width: 4, height: 4, label: "square")
        let headers: [VisualTrace] = [
            LinearMapScreen(preset: .rotation).traceHeader(created: Date()),
            SamplingHistogramScreen(distribution: .gaussian, seed: 1).traceHeader(created: Date()),
            LikelihoodScreen(model: .bernoulli, seed: 3).traceHeader(created: Date()),
            SoftmaxTemperatureScreen().traceHeader(created: Date()),
            ComputationalGraphScreen(example: 1).traceHeader(created: Date()),
            ClassifierPlaygroundScreen(traceSettings: [:]).traceHeader(created: Date()),
            try AugmentationPreviewScreen(images: [square], index: 0, seed: 3).traceHeader(created: Date()),
            GradientNormsScreen().traceHeader(created: Date()),
            ResidualVsPlainScreen().traceHeader(created: Date()),
            FeatureMapsScreen().traceHeader(created: Date()),
            ConfusionMatrixScreen().traceHeader(created: Date()),
        ]
        for header in headers {
            _ = try VisualTracePlayer.player(for: header)
        }
        #expect(Set(headers.map(\.visual)).isSubset(of: Set(VisualTracePlayer.replayableVisuals)))
    }

    @Test("a visual it cannot replay is refused with a message naming it")
    func unknownVisualIsRefused() {
        let trace = VisualTrace(visual: "no-such-visual", title: "t", settings: [:], actions: [])
        #expect {
            _ = try VisualTracePlayer.player(for: trace)
        } throws: { error in
            "\(error)".contains("no-such-visual")
        }
    }
}
