import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Classifier playground visual")
struct Visuals2PlaygroundTests {
    @Test("the default run learns: loss falls, accuracy rises, regions cover the grid")
    func defaultRunLearns() throws {
        let session = try PlaygroundSession(settings: PlaygroundSettings())
        try session.train(steps: 10)
        try session.train(steps: 290)
        let progress = try session.progress(columns: 12, rows: 6)
        let first = try #require(progress.losses.first)
        let last = try #require(progress.losses.last)
        #expect(progress.step == 300 && last < first)
        #expect(progress.accuracy > 0.6)
        #expect(progress.regions.count == 72 && progress.regions.allSatisfy { (0..<2).contains($0) })
        #expect(progress.weights.joined().allSatisfy { $0.isFinite })
        #expect(progress.divergence == nil)
        let resumed = try PlaygroundSession(settings: PlaygroundSettings(), resumingFrom: progress)
        let resumedRegions = try resumed.progress(columns: 12, rows: 6).regions
        #expect(resumedRegions == progress.regions)
    }

    @Test("a huge learning rate diverges with the detector's explanation")
    func divergence() throws {
        var settings = PlaygroundSettings()
        settings.adjust(.learningRate, by: 100)
        #expect(settings.learningRate == 10)
        let session = try PlaygroundSession(settings: settings)
        for _ in 0..<50 where !session.hasDiverged { try session.train(steps: 10) }
        let explanation = try #require(try session.progress(columns: 4, rows: 2).divergence)
        #expect(explanation.contains("learning rate"))
    }

    @Test("space starts background work, reports of old runs are dropped, knobs reset; replay")
    func messages() throws {
        let sink = MemoryVisualTraceSink()
        var screen = ClassifierPlaygroundScreen(recordingTo: sink)
        #expect(screen.points.count == 120)
        let start = screen.update(.togglePlay)
        #expect(start.backgroundIDs == [ClassifierPlaygroundScreen.workID] && screen.isTraining)
        let session = try PlaygroundSession(settings: screen.settings)
        try session.train(steps: 20)
        let report = try session.progress()
        _ = screen.update(.progress(run: screen.runID - 1, report))
        #expect(screen.progress == nil)
        _ = screen.update(.progress(run: screen.runID, report))
        #expect(screen.progress?.step == 20)
        let pause = screen.replay(events: [.key(.character(" "))])
        #expect(!screen.isTraining && pause.first?.backgroundIDs.isEmpty == true)
        _ = screen.replay(events: [.key(.down), .key(.down), .key(.right), .key(.up), .key(.left)])
        #expect(screen.settings.layers == 3 && screen.settings.noise == 0.05 && screen.progress == nil)
        let replayed = try ClassifierPlaygroundScreen().replaying(
            VisualTrace(visual: ClassifierPlaygroundScreen.visualID, title: "t", actions: sink.actions))
        #expect(replayed.settings == screen.settings && replayed.selectedKnob == screen.selectedKnob)
        let restored = ClassifierPlaygroundScreen(traceSettings: screen.traceSettings)
        #expect(restored.settings == screen.settings)
        let damaged = ClassifierPlaygroundScreen(traceSettings: ["choices": "9,x,-1"])
        #expect(damaged.settings == PlaygroundSettings())
        _ = screen.update(.close)
        #expect(screen.wantsToClose)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        var screen = ClassifierPlaygroundScreen()
        _ = screen.update(.togglePlay)
        let session = try PlaygroundSession(settings: screen.settings)
        for _ in 0..<5 { try session.train(steps: 10) }
        _ = screen.update(.progress(run: screen.runID, try session.progress()))
        _ = screen.update(.togglePlay)
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "playground-\(size.0)x\(size.1)")
        _ = screen.update(.toggleHelp)
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "playground-help-\(size.0)x\(size.1)")
    }
}
