import Foundation
import TensorEngine
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Feature-map and confusion-matrix visuals")
struct Visuals2DigitCNNTests {
    private static func report(steps: Int) throws -> DigitCNNReport {
        let session = try DigitCNNSession(split: try MNISTSubset.loadSplit(), trainCount: 200, testCount: 60)
        try session.train(steps: steps)
        return try session.report(evaluating: true)
    }

    @Test("kernels, feature maps and the confusion matrix have the right shapes and values")
    func reportShapes() throws {
        let report = try Self.report(steps: 3)
        #expect(report.step == 3 && report.losses.count == 3)
        #expect(report.kernels.count == 6 && report.kernels.allSatisfy { $0.count == 25 })
        #expect(report.kernelSide == 5 && report.mapSide == 28 && report.imageSide == 28)
        #expect(report.probeImages.count == report.featureMaps.count && !report.probeImages.isEmpty)
        for maps in report.featureMaps {
            #expect(maps.count == 6)
            #expect(maps.allSatisfy { $0.count == 784 && $0.allSatisfy { $0 >= 0 && $0.isFinite } })
        }
        let confusion = try #require(report.confusion)
        #expect(confusion.count == 10 && confusion.joined().reduce(0, +) == 60)
        let accuracy = try #require(report.accuracy)
        let diagonal = (0..<10).map { confusion[$0][$0] }.reduce(0, +)
        #expect(abs(accuracy - Double(diagonal) / 60) < 1e-6)
        #expect(report.mistakes.count == min(12, 60 - diagonal))
        #expect(report.mistakes.allSatisfy { $0.actual != $0.predicted })
    }

    @Test("space starts background work, old runs are dropped, digit and page keys; replay")
    func messages() throws {
        let sink = MemoryVisualTraceSink()
        var screen = FeatureMapsScreen(recordingTo: sink)
        #expect(!screen.showsConfusion && ConfusionMatrixScreen().showsConfusion)
        let start = screen.replay(events: [.key(.character(" "))])
        #expect(start.first?.backgroundIDs == [FeatureMapsScreen.workID] && screen.isTraining)
        let report = try Self.report(steps: 1)
        _ = screen.update(.progress(run: screen.runID - 1, report))
        #expect(screen.report == nil)
        _ = screen.update(.progress(run: screen.runID, report))
        #expect(screen.report == report)
        _ = screen.replay(events: [.key(.character("D")), .key(.character("c"))])
        #expect(screen.digitIndex == report.probeImages.count - 1 && screen.showsConfusion)
        let replayed = try FeatureMapsScreen().replaying(
            VisualTrace(visual: FeatureMapsScreen.visualID, title: "t", actions: sink.actions))
        #expect(replayed.showsConfusion && replayed.digitIndex == 9)
        _ = screen.update(.finished(run: screen.runID, error: nil))
        #expect(!screen.isTraining)
        _ = screen.update(.close)
        #expect(screen.wantsToClose)
    }

    @Test("a network trained to the end on one card opens the other card; a stopped one does not")
    func sharedShelf() throws {
        let shelf = TrainedDigitCNN()
        var features = FeatureMapsScreen(shelf: shelf)
        _ = features.update(.togglePlay)
        let partial = try Self.report(steps: 1)
        var unfinished = partial
        unfinished.confusion = nil
        _ = features.update(.progress(run: features.runID, unfinished))
        _ = features.update(.togglePlay)  // stopped before the end: nothing kept
        #expect(shelf.latest == nil)
        _ = features.update(.togglePlay)
        _ = features.update(.progress(run: features.runID, partial))
        _ = features.update(.finished(run: features.runID, error: nil))
        #expect(shelf.latest == partial)
        let confusion = ConfusionMatrixScreen(shelf: shelf)
        #expect(confusion.report == partial && !confusion.isTraining)
        #expect(confusion.notice?.contains("trained earlier") == true)
        #expect(ConfusionMatrixScreen().report == nil)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        let report = try Self.report(steps: 2)
        var screen = FeatureMapsScreen()
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "cnn-empty-\(size.0)x\(size.1)")
        _ = screen.update(.togglePlay)
        _ = screen.update(.progress(run: screen.runID, report))
        _ = screen.update(.finished(run: screen.runID, error: nil))
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "cnn-maps-\(size.0)x\(size.1)")
        _ = screen.update(.switchPage)
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "cnn-confusion-\(size.0)x\(size.1)")
    }
}
