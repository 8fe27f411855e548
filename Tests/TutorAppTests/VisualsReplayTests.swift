import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Visual replay player")
struct VisualsReplayTests {
    /// A sampling session recorded through a sink, as a trace.
    private func recordedSampling() -> (trace: VisualTrace, final: SamplingHistogramScreen) {
        let sink = MemoryVisualTraceSink()
        var screen = SamplingHistogramScreen(distribution: .uniform, seed: 2, recordingTo: sink)
        _ = screen.replay([.moreSamples, .moreSamples, .cycleDistribution(1), .moreSamples, .moreSamples])
        let trace = VisualTrace(
            visual: SamplingHistogramScreen.visualID, title: "t", settings: screen.traceSettings,
            actions: sink.actions)
        return (trace, screen)
    }

    @Test("stepping forward to the end reproduces the session; back and Home rewind")
    func stepping() throws {
        let (trace, final) = recordedSampling()
        let initial = SamplingHistogramScreen(traceSettings: ["distribution": "uniform", "seed": "2"])
        var player = try VisualReplayScreen(initial: initial, trace: trace)
        #expect(player.position == 0)
        #expect(player.current.tally.count == 0)
        _ = player.replay(events: [.key(.right), .key(.right)])
        #expect(player.current.tally.count == 100)
        _ = player.replay(events: [.key(.end)])
        #expect(player.position == 5)
        #expect(player.current.tally == final.tally)
        #expect(player.current.distribution == .exponential)
        _ = player.replay(events: [.key(.left)])
        #expect(player.position == 4)
        #expect(player.current.tally.count == 10)
        _ = player.replay(events: [.key(.home), .key(.left)])
        #expect(player.position == 0)
        #expect(player.current.distribution == .uniform)
    }

    @Test("play advances one action per tick and stops at the end; stale ticks are ignored")
    func playing() throws {
        let (trace, _) = recordedSampling()
        var player = try VisualReplayScreen(
            initial: SamplingHistogramScreen(distribution: .uniform, seed: 2), trace: trace)
        _ = player.update(.togglePlay)
        #expect(player.isPlaying)
        _ = player.update(.tick(session: 1))
        _ = player.update(.tick(session: 0))
        #expect(player.position == 1)
        _ = player.replay(Array(repeating: .tick(session: 1), count: 10))
        #expect(player.position == 5)
        #expect(!player.isPlaying)
        _ = player.update(.togglePlay)
        #expect(player.position == 0)
        #expect(player.isPlaying)
    }

    @Test("a trace for another visual is refused")
    func wrongVisual() {
        let trace = VisualTrace(visual: LikelihoodScreen.visualID, title: "t", actions: ["add"])
        #expect(throws: VisualTraceError.wrongVisual(expected: "linear-map", found: "likelihood")) {
            try VisualReplayScreen(initial: LinearMapScreen(), trace: trace)
        }
    }

    @Test("settings restore the starting screen")
    func restoring() {
        let likelihood = LikelihoodScreen(model: .bernoulli, seed: 5)
        #expect(LikelihoodScreen(traceSettings: likelihood.traceSettings).data == likelihood.data)
        #expect(LinearMapScreen(traceSettings: ["preset": "projection"]).entries == [1, 0, 0, 0])
        #expect(LinearMapScreen(traceSettings: ["preset": "nonsense"]).preset == .shear)
    }

    @Test("the player at 80x24, paused halfway through a linear-map session")
    func snapshot() throws {
        let trace = VisualTrace(
            visual: LinearMapScreen.visualID, title: "t",
            actions: ["preset scaling", "cycle 1", "adjust 5", "transpose"])
        var player = try VisualReplayScreen(initial: LinearMapScreen(), trace: trace)
        _ = player.replay([.step(3)])
        assertSnapshot(player.rendered(width: 80, height: 24).text, named: "linear-map-step3-80x24")
    }
}
