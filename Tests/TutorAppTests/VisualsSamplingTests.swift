import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Sampling histogram visual")
struct VisualsSamplingTests {
    @Test("m multiplies the sample count by ten")
    func moreSamples() {
        var screen = SamplingHistogramScreen()
        #expect(screen.tally.count == 0)
        _ = screen.replay([.moreSamples])
        #expect(screen.tally.count == 10)
        _ = screen.replay([.moreSamples, .moreSamples])
        #expect(screen.tally.count == 1000)
        #expect(screen.tally.counts.reduce(0, +) + screen.tally.outside == 1000)
    }

    @Test("before any sample the sample mean and variance are shown as missing, not as 0")
    func noSamplesNoStatistics() {
        var screen = SamplingHistogramScreen()
        let empty = screen.rendered(width: 100, height: 30).text
        #expect(empty.contains("mean — vs 0.000") && empty.contains("var — vs 1.000"), "\(empty)")
        _ = screen.replay([.moreSamples])
        #expect(!screen.rendered(width: 100, height: 30).text.contains("mean — vs"))
    }

    @Test("the histogram converges to the density", arguments: SamplingDistribution.allCases)
    func convergence(distribution: SamplingDistribution) {
        var screen = SamplingHistogramScreen(distribution: distribution, seed: 3)
        _ = screen.replay([.moreSamples, .moreSamples])
        let early = screen.totalVariation
        _ = screen.replay([.moreSamples, .moreSamples, .moreSamples])
        #expect(screen.tally.count == 100_000)
        #expect(screen.totalVariation < early)
        #expect(screen.totalVariation < 0.02)
        #expect(abs(screen.tally.mean - distribution.mean) < 0.02)
        #expect(abs(screen.tally.variance - distribution.variance) < 0.03)
    }

    @Test(
        "bin probabilities add up to the mass inside the plotted range",
        arguments: SamplingDistribution.allCases)
    func binProbabilities(distribution: SamplingDistribution) {
        let total = (0..<distribution.binCount).reduce(0) { $0 + distribution.binProbability($1) }
        // Only the Gaussian (beyond ±4) and the exponential (beyond 6) have mass outside.
        let outside: Double =
            switch distribution {
            case .gaussian: erfc(4 / 2.0.squareRoot())
            case .exponential: exp(-6)
            default: 0
            }
        #expect(abs(total - (1 - outside)) < 1e-9)
    }

    @Test("play schedules growth ticks; stale ticks do nothing; d switches and resets")
    func playAndSwitch() {
        var screen = SamplingHistogramScreen()
        _ = screen.update(.togglePlay)
        #expect(screen.isPlaying)
        _ = screen.update(.tick(session: 1))
        #expect(screen.tally.count == 1)
        _ = screen.update(.tick(session: 0))
        #expect(screen.tally.count == 1)
        _ = screen.replay(Array(repeating: .tick(session: 1), count: 40))
        #expect(screen.tally.count > 40)
        _ = screen.update(.togglePlay)
        let paused = screen.tally.count
        _ = screen.update(.tick(session: 1))
        #expect(screen.tally.count == paused)
        _ = screen.update(.cycleDistribution(1))
        #expect(screen.distribution == .uniform)
        #expect(screen.tally.count == 0)
        _ = screen.update(.cycleDistribution(-2))
        #expect(screen.distribution == .categorical)
    }

    @Test("a recorded session with timer growth replays to the same samples")
    func recordAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = SamplingHistogramScreen(distribution: .exponential, seed: 5, recordingTo: sink)
        _ = screen.replay([
            .moreSamples, .togglePlay, .tick(session: 1), .tick(session: 1), .togglePlay, .moreSamples,
        ])
        #expect(sink.actions == ["more", "grow", "grow", "more"])
        let trace = VisualTrace(visual: SamplingHistogramScreen.visualID, title: "t", actions: sink.actions)
        let replayed = try SamplingHistogramScreen(distribution: .exponential, seed: 5).replaying(trace)
        #expect(replayed.tally == screen.tally)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) {
        var screen = SamplingHistogramScreen()
        _ = screen.replay([.moreSamples, .moreSamples, .moreSamples])
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "gaussian-1000-\(size.0)x\(size.1)")
    }

    @Test("discrete distribution and help at 80x24")
    func moreSnapshots() {
        var screen = SamplingHistogramScreen(distribution: .categorical)
        _ = screen.replay([.moreSamples, .moreSamples])
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "categorical-100-80x24")
        _ = screen.update(.toggleHelp)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "help-80x24")
    }
}

@Suite("Visuals on monochrome terminals")
struct VisualsMonochromeTests {
    @Test("the sampling histogram falls back to ASCII bars and markers")
    func sampling() {
        var screen = SamplingHistogramScreen()
        screen.theme = .monochrome
        _ = screen.replay([.moreSamples, .moreSamples, .moreSamples])
        let text = screen.rendered(width: 80, height: 24).text
        #expect(text.contains("#"))
        #expect(!text.contains("█"))
        assertSnapshot(text, named: "monochrome-gaussian-80x24")
    }

    @Test("the linear map draws with ASCII markers")
    func linearMap() {
        var screen = LinearMapScreen(preset: .scaling)
        screen.theme = .monochrome
        let text = screen.rendered(width: 80, height: 24).text
        #expect(!text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        assertSnapshot(text, named: "monochrome-scaling-80x24")
    }
}
