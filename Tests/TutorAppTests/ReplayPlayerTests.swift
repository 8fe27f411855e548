import Foundation
import Plot
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Replay player")
struct ReplayPlayerTests {
    /// A visualizer session recorded in memory: 30 steps, a learning-rate change, 20 more.
    static func visualizerTrace() -> Trace {
        let sink = MemoryTraceSink()
        var screen = VisualizerScreen(surface: .rosenbrock, theme: .monochrome, recordingTo: sink)
        screen.replay(
            Array(repeating: .step, count: 30) + [.scaleGradientRate(2)] + Array(repeating: .step, count: 20))
        let header = VisualizerScreen.traceHeader(
            surface: .rosenbrock, created: Date(timeIntervalSince1970: 1_795_000_000))
        return Trace(header: header, events: sink.events)
    }

    @Test("frames cover every step of every run; stepping, scrubbing and the ends")
    func navigation() {
        var player = ReplayPlayerScreen(trace: Self.visualizerTrace(), theme: .monochrome, autoplay: false)
        #expect(player.frameCount == 31 + 21)
        #expect(player.start().scheduledMessages.isEmpty)
        player.replay([.stepBy(1), .stepBy(1), .stepBy(-1)])
        #expect(player.position == 1)
        player.replay([.jump(1)])
        #expect(player.position == 3)
        player.replay([.seekEnd, .stepBy(1)])
        #expect(player.position == 51)
        player.replay([.seekStart, .stepBy(-1)])
        #expect(player.position == 0)
        let message = player.message(for: .key(.end))
        #expect(message == .seekEnd)
    }

    @Test("playing advances on ticks and stops at the end")
    func playing() {
        var player = ReplayPlayerScreen(trace: Self.visualizerTrace(), theme: .monochrome)
        let start = player.start()
        guard case .tick(let session)? = start.scheduledMessages.first?.message else {
            Issue.record("autoplay should schedule a tick")
            return
        }
        _ = player.update(.tick(session))
        #expect(player.position == ReplayPlayerScreen.speeds[player.speedIndex].frames)
        for _ in 0..<100 { _ = player.update(.tick(session)) }
        #expect(player.position == player.frameCount - 1)
        #expect(!player.isPlaying)
        _ = player.update(.togglePlay)
        #expect(player.isPlaying && player.position == 0)
    }

    @Test("snapshots of a visualizer replay at 80x24 and 160x50, matching the live picture")
    func visualizerSnapshots() {
        let trace = Self.visualizerTrace()
        var player = ReplayPlayerScreen(trace: trace, theme: .monochrome, autoplay: false)
        player.replay(Array(repeating: .stepBy(1), count: 30))
        let replayed = player.rendered(width: 80, height: 24)
        assertSnapshot(replayed.text, named: "visualizer-step-30-80x24")
        var live = VisualizerScreen(surface: .rosenbrock, theme: .monochrome)
        live.replay(Array(repeating: .step, count: 30))
        let liveBuffer = live.rendered(width: 80, height: 24)
        // The picture between title and status rows is drawn from the trace alone; the
        // heatmap and trajectories must be the same as live (the sidebar text differs a little).
        for row in 1..<20 {
            #expect(replayed.lines[row].prefix(46) == liveBuffer.lines[row].prefix(46), "row \(row)")
        }
        player.replay([.seekEnd])
        assertSnapshot(player.rendered(width: 160, height: 50).text, named: "visualizer-end-160x50")
    }

    @Test("a lab replay shows the curves and the recorded verdict")
    func labSnapshot() {
        var events: [TraceEvent] = []
        for step in 1...20 {
            let fraction = Double(step)
            let report = TraceProgress(
                step: step * 5, budget: 100, loss: 1 / fraction, metric: 0.5 + fraction * 0.02,
                validation: 0.45 + fraction * 0.02, elapsed: fraction * 0.1)
            events.append(.progress(report))
        }
        events.append(
            .result(
                TraceResult(
                    passed: true, metric: 0.9, steps: 100, diverged: false, stopped: false,
                    message: "PASS: accuracy = 0.9")))
        let header = TraceHeader(
            kind: .lab, title: "spirals", created: Date(timeIntervalSince1970: 1_795_000_000),
            settings: ["target": "accuracy >= 0.85", "budget": "100", "lr": "0.1"])
        var player = ReplayPlayerScreen(
            trace: Trace(header: header, events: events), theme: .monochrome, autoplay: false)
        #expect(player.frameCount == 21)
        player.replay([.jump(2)])
        assertSnapshot(player.rendered(width: 80, height: 24).text, named: "lab-middle-80x24")
        player.replay([.seekEnd])
        let end = player.rendered(width: 160, height: 50).text
        #expect(end.contains("PASS: accuracy = 0.9"))
        assertSnapshot(end, named: "lab-end-160x50")
    }

    @Test("a long recorded lab verdict scrolls with ↑ ↓ and stops where its last line shows")
    func labVerdictScrolls() {
        let words = (1...200).map { "reason\($0)" }.joined(separator: " ")
        let header = TraceHeader(
            kind: .lab, title: "spirals", created: Date(timeIntervalSince1970: 1_795_000_000),
            settings: ["target": "accuracy >= 0.85", "budget": "100"])
        let events: [TraceEvent] = [
            .progress(
                TraceProgress(step: 5, budget: 100, loss: 1, metric: 0.5, validation: 0.5, elapsed: 0.1)),
            .result(
                TraceResult(
                    passed: false, metric: 0.5, steps: 5, diverged: false, stopped: false,
                    message: "Not yet: accuracy = 0.5. " + words)),
        ]
        var player = ReplayPlayerScreen(
            trace: Trace(header: header, events: events), theme: .monochrome, autoplay: false)
        #expect(player.message(for: .key(.down)) == .scrollVerdict(1))
        player.replay([.scrollVerdict(1)])
        #expect(player.verdictScroll == 0, "no verdict at the first frame: nothing to scroll")
        player.replay([.seekEnd])
        #expect(!player.rendered(width: 80, height: 24).text.contains("reason200"))
        player.replay(Array(repeating: .scrollVerdict(1), count: 200))
        #expect(player.verdictScroll > 0)
        #expect(player.rendered(width: 80, height: 24).text.contains("reason200"))
        player.replay(Array(repeating: .scrollVerdict(-1), count: 400))
        #expect(player.verdictScroll == 0)
    }
}
