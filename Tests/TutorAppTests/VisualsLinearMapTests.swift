import TensorEngine
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Linear-map visual")
struct VisualsLinearMapTests {
    /// Checks A v = λ v for every real eigenpair of the screen's matrix.
    private func expectEigenpairsHold(
        _ screen: LinearMapScreen, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let e = screen.entries
        for pair in screen.analysis.eigenpairs {
            let image = (x: e[0] * pair.x + e[1] * pair.y, y: e[2] * pair.x + e[3] * pair.y)
            #expect(
                abs(image.x - pair.value * pair.x) < 1e-4, "A v ≠ λ v for \(e)",
                sourceLocation: sourceLocation)
            #expect(
                abs(image.y - pair.value * pair.y) < 1e-4, "A v ≠ λ v for \(e)",
                sourceLocation: sourceLocation)
            #expect(abs(pair.x * pair.x + pair.y * pair.y - 1) < 1e-6, sourceLocation: sourceLocation)
        }
    }

    @Test(
        "every preset's eigenvectors satisfy Av = λv and det is ad − bc", arguments: LinearMapPreset.allCases)
    func presets(preset: LinearMapPreset) {
        let screen = LinearMapScreen(preset: preset)
        let e = screen.entries
        #expect(abs(screen.analysis.determinant - (e[0] * e[3] - e[1] * e[2])) < 1e-5)
        #expect(abs(screen.analysis.trace - (e[0] + e[3])) < 1e-12)
        expectEigenpairsHold(screen)
    }

    @Test("eigen-structure of each kind of map")
    func kinds() {
        #expect(LinearMapScreen(preset: .rotation).analysis.eigenpairs.isEmpty)
        let rotation = LinearMapScreen(preset: .rotation).analysis
        #expect(abs((rotation.rotationDegrees ?? 0) - 30) < 1e-9)
        #expect(abs((rotation.modulus ?? 0) - 1) < 1e-9)
        #expect(LinearMapScreen(preset: .shear).analysis.kind == .repeated)
        #expect(LinearMapScreen(preset: .identity).analysis.kind == .scalar)
        let reflection = LinearMapScreen(preset: .reflection).analysis
        #expect(reflection.isSymmetric)
        #expect(reflection.eigenpairs.map(\.value).map { ($0 * 1e4).rounded() / 1e4 } == [1, -1])
        let projection = LinearMapScreen(preset: .projection).analysis
        #expect(abs(projection.determinant) < 1e-9)
        #expect(projection.eigenpairs.map(\.value).contains { abs($0) < 1e-6 })
    }

    @Test("edited entries keep Av = λv on a scripted walk through the matrix")
    func editedMatrices() {
        var screen = LinearMapScreen(preset: .scaling)
        let script: [LinearMapScreen.Message] = [
            .adjust(tenths: 3), .moveSelection(row: 1, column: 0), .adjust(tenths: -7),
            .moveSelection(row: 0, column: -1), .adjust(tenths: 4), .transpose, .cycleEntry(1),
            .adjust(tenths: 12),
        ]
        for message in script {
            _ = screen.update(message)
            expectEigenpairsHold(screen)
        }
        #expect(screen.entries == [2, 0.4, 0.3, 1])
    }

    @Test("entries move by 0.1 without drift and stop at ±5")
    func adjustAndClamp() {
        var screen = LinearMapScreen(preset: .identity)
        _ = screen.replay(Array(repeating: .adjust(tenths: 1), count: 3))
        #expect(screen.entries[1] == 0.3)
        _ = screen.replay(Array(repeating: .adjust(tenths: 1), count: 60))
        #expect(screen.entries[1] == LinearMapScreen.entryLimit)
        #expect(screen.notice != nil)
        _ = screen.update(.zeroEntry)
        #expect(screen.entries[1] == 0)
        #expect(screen.preset == .identity)
    }

    @Test("keys map to messages; help swallows the next key; q closes")
    func keys() {
        var screen = LinearMapScreen()
        #expect(screen.message(for: .key(.tab)) == .cycleEntry(1))
        #expect(screen.message(for: .key(.character("+"))) == .adjust(tenths: 1))
        #expect(screen.message(for: .key(.character("2"))) == .preset(.rotation))
        _ = screen.replay(events: [.key(.character("?"))])
        #expect(screen.isShowingHelp)
        _ = screen.replay(events: [.key(.character("+"))])
        #expect(!screen.isShowingHelp)
        #expect(screen.entries == LinearMapPreset.shear.entries)
        _ = screen.replay(events: [.key(.character("q"))])
        #expect(screen.wantsToClose)
    }

    @Test("a recorded session replays to the same matrix")
    func recordAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = LinearMapScreen(recordingTo: sink)
        _ = screen.replay(events: [
            .key(.character("4")), .key(.down), .key(.character("+")), .key(.character("?")),
            .key(.character("0")),
            .key(.character("t")),
        ])
        let trace = VisualTrace(visual: LinearMapScreen.visualID, title: "t", actions: sink.actions)
        let replayed = try LinearMapScreen().replaying(try VisualTrace.parse(trace.text))
        #expect(replayed.entries == screen.entries)
        #expect(replayed.selectedEntry == screen.selectedEntry)
        #expect(sink.actions == ["preset scaling", "move 1 0", "adjust 1", "transpose"])
    }

    @Test("a lesson's matrix: symmetric, so the engine's eigh finds orthogonal eigenvectors")
    func lessonMatrix() throws {
        let screen = try LinearMapScreen(matrix: [[1.5, 0.5], [0.5, 1.0]])
        #expect(screen.entries == [1.5, 0.5, 0.5, 1.0])
        #expect(screen.preset == nil)
        #expect(screen.analysis.isSymmetric)
        #expect(screen.analysis.kind == .twoReal)
        expectEigenpairsHold(screen)
        let pairs = screen.analysis.eigenpairs
        #expect(abs(pairs[0].x * pairs[1].x + pairs[0].y * pairs[1].y) < 1e-6)
        // λ = (tr ± √(tr² − 4 det)) / 2 = (2.5 ± √1.25) / 2.
        #expect(abs(pairs[0].value - (2.5 + 1.25.squareRoot()) / 2) < 1e-5)
        #expect(abs(pairs[1].value - (2.5 - 1.25.squareRoot()) / 2) < 1e-5)
        let restored = LinearMapScreen(traceSettings: screen.traceSettings)
        #expect(restored.entries == screen.entries)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "lesson-matrix-80x24")
    }

    @Test(
        "a matrix that is not 2x2 with finite entries is refused",
        arguments: [
            [[1.0, 2.0]], [[1.0, 2.0], [3.0]], [[1.0, .nan], [0.0, 1.0]], [[1.0, 0.0], [0.0, .infinity]],
        ])
    func invalidMatrix(matrix: [[Double]]) {
        #expect(throws: VisualError.self) { try LinearMapScreen(matrix: matrix) }
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) {
        let screen = LinearMapScreen()
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "shear-\(size.0)x\(size.1)")
    }

    @Test("rotation, reflection and help at 80x24")
    func moreSnapshots() {
        var screen = LinearMapScreen()
        _ = screen.update(.preset(.rotation))
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "rotation-80x24")
        _ = screen.update(.preset(.reflection))
        _ = screen.update(.cycleEntry(1))
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "reflection-80x24")
        _ = screen.update(.toggleHelp)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "help-80x24")
    }

    @Test("small areas draw the title bar without trapping", arguments: [(20, 5), (40, 12), (2, 4)])
    func smallAreas(size: (Int, Int)) {
        let text = LinearMapScreen().rendered(width: size.0, height: size.1).text
        #expect(text.contains("Lin") == (size.0 >= 20))
    }

    @Test(
        "what the unit circle becomes is the engine's singular values",
        arguments: [[[1.5, 0.5], [0.5, 1.0]], [[2.0, 0.0], [0.0, 0.5]], [[1.0, 1.0], [0.0, 1.0]]])
    func circleImageIsTheSVD(matrix: [[Double]]) throws {
        let screen = try LinearMapScreen(matrix: matrix)
        let tensor = try Tensor(shape: [2, 2], data: matrix.flatMap { $0.map(Float.init) })
        let singular = try tensor.svd().s.toArray().map(Double.init)
        let text = screen.rendered(width: 120, height: 30).text
        func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
        #expect(text.contains("circle → ellipse \(fixed(singular[0])) × \(fixed(singular[1]))"), "\(text)")
    }
}
