import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Softmax temperature visual")
struct VisualsSoftmaxTests {
    /// Every temperature on the ladder for logit set `set`.
    private func sweep(set: Int) -> [SoftmaxTemperatureScreen] {
        var screen = SoftmaxTemperatureScreen()
        _ = screen.replay(Array(repeating: .cycleLogits(1), count: set))
        _ = screen.replay(
            Array(repeating: .changeTemperature(-1), count: SoftmaxTemperatureScreen.temperatures.count))
        var screens = [screen]
        for _ in 1..<SoftmaxTemperatureScreen.temperatures.count {
            _ = screen.update(.changeTemperature(1))
            screens.append(screen)
        }
        return screens
    }

    @Test("bars sum to one and are finite at every temperature", arguments: [0, 1, 2])
    func sumsToOne(set: Int) {
        for screen in sweep(set: set) {
            #expect(screen.probabilities.allSatisfy { $0.isFinite && $0 >= 0 })
            #expect(abs(screen.probabilities.reduce(0, +) - 1) < 1e-5, "T = \(screen.temperature)")
        }
    }

    @Test("entropy grows with T from near 0 (argmax) to near log K (uniform)")
    func limits() throws {
        let screens = sweep(set: 0)
        for (colder, hotter) in zip(screens, screens.dropFirst()) {
            #expect(hotter.entropy >= colder.entropy - 1e-6)
        }
        let coldest = try #require(screens.first)
        #expect(coldest.temperature == 0.01)
        #expect(coldest.probabilities[0] > 0.999)
        #expect(coldest.entropy < 0.01)
        let hottest = try #require(screens.last)
        let k = Double(hottest.probabilities.count)
        #expect(hottest.probabilities.allSatisfy { abs($0 - 1 / k) < 0.01 })
        #expect(abs(hottest.entropy - hottest.maximumEntropy) < 1e-3)
    }

    @Test("T = 1 is the plain softmax of the logits")
    func plainSoftmax() {
        let screen = SoftmaxTemperatureScreen()
        #expect(screen.temperature == 1)
        let logits = screen.logitSet.logits
        let total = logits.reduce(0) { $0 + exp($1) }
        for (p, z) in zip(screen.probabilities, logits) {
            #expect(abs(p - exp(z) / total) < 1e-6)
        }
    }

    @Test("keys step T within the ladder and a recorded session replays")
    func keysAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = SoftmaxTemperatureScreen(recordingTo: sink)
        _ = screen.replay(events: [
            .key(.up), .key(.up), .key(.character("l")), .key(.down), .key(.character("?")),
        ])
        #expect(screen.temperature == 1.5)
        #expect(screen.logitSetIndex == 1)
        #expect(screen.isShowingHelp)
        _ = screen.replay(events: [.key(.character("1"))])
        #expect(screen.temperature == 1.5)
        let trace = VisualTrace(visual: SoftmaxTemperatureScreen.visualID, title: "t", actions: sink.actions)
        let replayed = try SoftmaxTemperatureScreen().replaying(trace)
        #expect(replayed.probabilities == screen.probabilities)
        _ = screen.replay(Array(repeating: .changeTemperature(1), count: 30))
        #expect(screen.temperature == 1000)
        #expect(screen.notice != nil)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) {
        var screen = SoftmaxTemperatureScreen()
        _ = screen.update(.changeTemperature(-2))
        assertSnapshot(screen.rendered(width: size.0, height: size.1).text, named: "t05-\(size.0)x\(size.1)")
    }

    @Test("huge logits and help at 80x24")
    func moreSnapshots() {
        var screen = SoftmaxTemperatureScreen()
        _ = screen.update(.cycleLogits(-1))
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "huge-logits-80x24")
        _ = screen.update(.toggleHelp)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "help-80x24")
    }
}
