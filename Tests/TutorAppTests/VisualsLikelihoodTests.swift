import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Likelihood visual")
struct VisualsLikelihoodTests {

    /// The grid maximum must sit on the grid point nearest the closed-form MLE.
    private func expectArgmaxMatches(
        _ screen: LikelihoodScreen, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let argmax = screen.gridArgmax, let estimate = screen.closedFormEstimate else {
            Issue.record("no estimate with \(screen.data.count) points", sourceLocation: sourceLocation)
            return
        }
        let range = screen.model.parameterRange
        let step = (range.upperBound - range.lowerBound) / Double(LikelihoodScreen.gridPoints - 1)
        #expect(abs(argmax - estimate) <= step / 2 + 1e-12, sourceLocation: sourceLocation)
    }

    @Test("Gaussian mean: the argmax is x̄ through adds, removals and resamples")
    func gaussian() {
        var screen = LikelihoodScreen(model: .gaussianMean, seed: 4)
        #expect(screen.data.count == LikelihoodScreen.initialPoints)
        expectArgmaxMatches(screen)
        let mean = screen.data.reduce(0, +) / Double(screen.data.count)
        #expect(screen.closedFormEstimate == mean)
        for message: LikelihoodScreen.Message in [
            .addPoint, .addPoint, .removePoint, .resample, .removePoint,
        ] {
            _ = screen.update(message)
            expectArgmaxMatches(screen)
        }
        #expect(screen.data.count == 10)
    }

    @Test("Bernoulli p: the argmax is k/n, including all-ones and all-zeros data")
    func bernoulli() {
        var screen = LikelihoodScreen(model: .bernoulli, seed: 9)
        expectArgmaxMatches(screen)
        while screen.data.count > 1 { _ = screen.update(.removePoint) }
        expectArgmaxMatches(screen)
        #expect(screen.closedFormEstimate == screen.data[0])
        #expect(screen.gridArgmax == screen.data[0])
    }

    @Test("the log-likelihood formulas agree with a direct sum of log densities")
    func formulas() {
        let data = [1.0, 2.5, -0.5]
        let direct = data.reduce(0) {
            $0 + log(exp(-($1 - 0.7) * ($1 - 0.7) / 2) / (2 * Double.pi).squareRoot())
        }
        #expect(abs(LikelihoodModel.gaussianMean.logLikelihood(0.7, data: data) - direct) < 1e-12)
        let coins = [1.0, 0, 1, 1]
        #expect(
            abs(LikelihoodModel.bernoulli.logLikelihood(0.6, data: coins) - (3 * log(0.6) + log(0.4))) < 1e-12
        )
    }

    @Test("no data: a flat curve and no estimate, removing more is refused")
    func emptyData() {
        var screen = LikelihoodScreen()
        _ = screen.replay(Array(repeating: .removePoint, count: 11))
        #expect(screen.data.isEmpty)
        #expect(screen.gridArgmax == nil)
        #expect(screen.closedFormEstimate == nil)
        #expect(screen.notice != nil)
    }

    @Test("keys: model switch, probe within range, log toggle")
    func keys() {
        var screen = LikelihoodScreen()
        _ = screen.replay(events: [.key(.character("m"))])
        #expect(screen.model == .bernoulli)
        _ = screen.replay(events: Array(repeating: .key(.right), count: 30))
        #expect(screen.probe == 1)
        _ = screen.replay(events: [.key(.character("l"))])
        #expect(!screen.showsLog)
    }

    @Test("a recorded session replays to the same data")
    func recordAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = LikelihoodScreen(seed: 21, recordingTo: sink)
        _ = screen.replay([.addPoint, .resample, .switchModel, .addPoint, .moveProbe(-2), .toggleLogScale])
        let trace = VisualTrace(visual: LikelihoodScreen.visualID, title: "t", actions: sink.actions)
        let replayed = try LikelihoodScreen(seed: 21).replaying(trace)
        #expect(replayed.data == screen.data)
        #expect(replayed.model == .bernoulli)
        #expect(replayed.probe == screen.probe)
        #expect(replayed.showsLog == screen.showsLog)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) {
        let screen = LikelihoodScreen()
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "gaussian-\(size.0)x\(size.1)")
    }

    @Test("Bernoulli likelihood (not log) and help at 80x24")
    func moreSnapshots() {
        var screen = LikelihoodScreen()
        _ = screen.replay([.switchModel, .toggleLogScale])
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "bernoulli-likelihood-80x24")
        _ = screen.update(.toggleHelp)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "help-80x24")
    }
}
