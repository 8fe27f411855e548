import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Gradient-flow visuals")
struct Visuals2GradientFlowTests {
    private func firstReport<Kind: GradientFlowKind>(_ kind: Kind.Type, steps: Int) throws
        -> GradientFlowProgress
    {
        let session = try GradientFlowSession(
            designs: Kind.designs, width: Kind.width, depth: Kind.depth, learningRate: Kind.learningRate)
        let norms = try session.train(steps: steps)
        return session.progress(norms: norms)
    }

    @Test("norms are positive and finite, one per layer; sigmoid vanishes where ReLU does not")
    func sigmoidVersusReLU() throws {
        let report = try firstReport(SigmoidVersusReLU.self, steps: 3)
        #expect(report.step == 3 && report.losses.map(\.count) == [3, 3])
        for norms in report.norms {
            #expect(norms.count == SigmoidVersusReLU.depth + 2)
            #expect(norms.allSatisfy { $0 > 0 && $0.isFinite })
        }
        let sigmoidFirst = try #require(report.norms[0].first)
        let reluFirst = try #require(report.norms[1].first)
        #expect(sigmoidFirst < reluFirst / 1000)
        // Within the sigmoid network the gradient shrinks towards the input.
        let sigmoidLast = try #require(report.norms[0].last)
        #expect(sigmoidFirst < sigmoidLast)
    }

    @Test("the residual network's first layer gets a far larger gradient than the plain one's")
    func plainVersusResidual() throws {
        let report = try firstReport(PlainVersusResidual.self, steps: 2)
        for norms in report.norms {
            #expect(norms.count == PlainVersusResidual.depth + 2)
            #expect(norms.allSatisfy { $0 >= 0 && $0.isFinite })
        }
        // The plain network's gradients may underflow to exactly 0; the residual's never do.
        #expect(report.norms[1].allSatisfy { $0 > 0 })
        let plainFirst = try #require(report.norms[0].first)
        let residualFirst = try #require(report.norms[1].first)
        #expect(plainFirst * 1000 < residualFirst)
    }

    @Test("space starts background work, old runs' reports are dropped, r resets; replay")
    func messages() throws {
        let sink = MemoryVisualTraceSink()
        var screen = GradientNormsScreen(recordingTo: sink)
        let start = screen.replay(events: [.key(.character(" "))])
        #expect(start.first?.backgroundIDs == [GradientNormsScreen.workID] && screen.isTraining)
        let report = try firstReport(SigmoidVersusReLU.self, steps: 2)
        _ = screen.update(.progress(run: screen.runID + 1, report))
        #expect(screen.progress == nil)
        _ = screen.update(.progress(run: screen.runID, report))
        #expect(screen.progress == report)
        _ = screen.replay(events: [.key(.character("r"))])
        #expect(!screen.isTraining && screen.progress == nil && sink.actions == ["reset"])
        let replayed = try GradientNormsScreen().replaying(
            VisualTrace(visual: GradientNormsScreen.visualID, title: "t", actions: sink.actions))
        #expect(replayed.notice == "fresh weights")
        _ = screen.update(.close)
        #expect(screen.wantsToClose)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        var sigmoid = GradientNormsScreen()
        _ = sigmoid.update(.togglePlay)
        _ = sigmoid.update(.progress(run: sigmoid.runID, try firstReport(SigmoidVersusReLU.self, steps: 4)))
        assertSnapshot(
            sigmoid.rendered(width: size.0, height: size.1).text, named: "norms-\(size.0)x\(size.1)")
        var residual = ResidualVsPlainScreen()
        _ = residual.update(.togglePlay)
        _ = residual.update(
            .progress(run: residual.runID, try firstReport(PlainVersusResidual.self, steps: 4)))
        _ = residual.update(.togglePlay)
        assertSnapshot(
            residual.rendered(width: size.0, height: size.1).text, named: "residual-\(size.0)x\(size.1)")
        _ = residual.update(.toggleHelp)
        assertSnapshot(
            residual.rendered(width: size.0, height: size.1).text, named: "residual-help-\(size.0)x\(size.1)")
    }
}
