import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Computational graph visual")
struct Visuals2GraphTests {
    private func sigmoid(_ a: Double) -> Double { 1 / (1 + exp(-a)) }

    @Test(
        "values and gradients match the chain rule worked by hand",
        arguments: ComputationalGraph.examples.indices)
    func gradientsMatchHandDerivation(example: Int) throws {
        let inputs = ComputationalGraph.examples[example]
        let graph = try ComputationalGraph(inputs: inputs)
        let node = { (name: String) throws -> ComputationalGraph.Node in
            try #require(graph.nodes.first { $0.name == name })
        }
        let s = sigmoid(inputs.w * inputs.x + inputs.b)
        let d = s - inputs.y
        let lossByA = 2 * d * s * (1 - s)
        #expect(abs(graph.loss - d * d) < 1e-5)
        #expect(abs(try node("s").value - s) < 1e-5)
        #expect(abs(try node("w").gradient - lossByA * inputs.x) < 1e-4)
        #expect(abs(try node("x").gradient - lossByA * inputs.w) < 1e-4)
        #expect(abs(try node("b").gradient - lossByA) < 1e-4)
        #expect(abs(try node("y").gradient - -2 * d) < 1e-4)
        #expect(abs(try node("L").gradient - 1) < 1e-6)
    }

    @Test("the graph has every node once, each after its inputs")
    func topologicalOrder() throws {
        let graph = try ComputationalGraph(inputs: ComputationalGraph.examples[0])
        #expect(graph.nodes.map(\.name).sorted() == ["L", "a", "b", "d", "s", "w", "x", "y", "z"])
        for (index, node) in graph.nodes.enumerated() {
            #expect(node.inputs.allSatisfy { $0 < index })
            #expect(node.inputs.allSatisfy { graph.nodes[$0].column < node.column })
        }
        #expect(graph.nodes.last?.name == "L")
    }

    @Test("stepping reveals values forward, then gradients from the loss back; replay matches")
    func steppingAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = ComputationalGraphScreen(recordingTo: sink)
        #expect(screen.currentNode == nil)
        _ = screen.replay(events: [.key(.character("n")), .key(.right)])
        #expect(screen.showsValue(1) && !screen.showsValue(2))
        _ = screen.replay(Array(repeating: .step(1), count: 7))
        #expect(screen.currentNode == 8 && !screen.isBackward)
        _ = screen.update(.step(1))
        #expect(
            screen.isBackward && screen.currentNode == 8 && screen.showsGradient(8)
                && !screen.showsGradient(7))
        _ = screen.update(.step(100))
        #expect(screen.position == screen.stepCount && screen.notice != nil)
        _ = screen.replay(events: [.key(.left), .key(.character("e"))])
        #expect(screen.exampleIndex == 1 && screen.position == 0)
        _ = screen.replay(events: [.key(.character("?")), .key(.character("n"))])
        #expect(!screen.isShowingHelp && screen.position == 0)
        _ = screen.replay(events: [.key(.character("n")), .key(.character("r"))])
        #expect(screen.position == 0)
        _ = screen.update(.step(3))
        let trace = VisualTrace(
            visual: ComputationalGraphScreen.visualID, title: "t", settings: screen.traceSettings,
            actions: sink.actions)
        let replayed = try ComputationalGraphScreen().replaying(trace)
        #expect(replayed.position == screen.position && replayed.exampleIndex == screen.exampleIndex)
        _ = screen.update(.close)
        #expect(screen.wantsToClose)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) {
        var screen = ComputationalGraphScreen()
        _ = screen.update(.step(13))
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "graph-\(size.0)x\(size.1)")
        _ = screen.update(.toggleHelp)
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "graph-help-\(size.0)x\(size.1)")
    }
}
