import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Sliding-kernel visual")
struct Visuals2SlidingKernelTests {
    /// Deterministic 12x10 test images: a bright diagonal stroke and a square ring.
    private static let images: [DigitImage] = {
        let width = 12
        let height = 10
        var stroke = [Double](repeating: 0, count: width * height)
        var ring = stroke
        for y in 0..<height {
            for x in 0..<width {
                if abs(x - y - 1) <= 1 { stroke[y * width + x] = Double((x * 7 + y * 3) % 10) / 10 + 0.1 }
                if (x == 2 || x == 9 || y == 2 || y == 7) && (2...9).contains(x) && (2...7).contains(y) {
                    ring[y * width + x] = 1
                }
            }
        }
        return [
            DigitImage(pixels: stroke, width: width, height: height, label: "stroke"),
            DigitImage(pixels: ring, width: width, height: height, label: "ring"),
        ]
    }()

    @Test("the engine's conv2d equals the per-position dot products", arguments: KernelPreset.allCases)
    func conv2dEqualsDotProducts(preset: KernelPreset) throws {
        for image in Self.images {
            let convolution = try SlidingConvolution(image: image, kernel: preset.weights)
            #expect(convolution.outputCount == 10 * 8)
            #expect(convolution.engineOutput.count == convolution.outputCount)
            #expect(convolution.largestDisagreement < 1e-5)
        }
    }

    @Test("a hand-computed cell: Sobel x on a vertical step edge")
    func handComputedCell() throws {
        // Columns 0-1 dark, 2-3 bright: every 3x3 window straddling the step sums to 4.
        let pixels = (0..<16).map { $0 % 4 >= 2 ? 1.0 : 0.0 }
        let image = DigitImage(pixels: pixels, width: 4, height: 4, label: "step")
        let convolution = try SlidingConvolution(image: image, kernel: KernelPreset.sobelX.weights)
        #expect(convolution.engineOutput.map { ($0 * 1000).rounded() / 1000 } == [4, 4, 4, 4])
        #expect(convolution.dotProduct(at: 3) == 4)
    }

    @Test("bad input is reported, not trapped")
    func badInput() {
        let tiny = DigitImage(pixels: [1, 2, 3, 4], width: 2, height: 2, label: "tiny")
        #expect(throws: VisualError.self) {
            try SlidingConvolution(image: tiny, kernel: KernelPreset.edge.weights)
        }
        #expect(throws: VisualError.self) { try SlidingKernelScreen(images: []) }
        #expect(throws: VisualError.self) { try SlidingKernelScreen(images: Self.images, index: 5) }
        #expect(throws: VisualError.self) {
            try SlidingConvolution(image: Self.images[0], kernel: [[1, 2], [3]])
        }
    }

    @Test("keys step, play by ticks, change kernel and digit; a recorded session replays")
    func keysTicksAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = try SlidingKernelScreen(images: Self.images, recordingTo: sink)
        _ = screen.replay(events: [.key(.character("n")), .key(.right), .key(.down), .key(.left)])
        #expect(screen.revealed == 1 + 2 + 10 - 1)
        let command = screen.update(.togglePlay)
        #expect(screen.isPlaying)
        let scheduled = try #require(command.scheduledMessages.first)
        _ = screen.update(scheduled.message)
        #expect(screen.revealed == 12 + SlidingKernelScreen.speeds[1].cells)
        _ = screen.update(.togglePlay)
        _ = screen.update(scheduled.message)
        #expect(!screen.isPlaying && screen.revealed == 13)
        _ = screen.replay(events: [.key(.character("k")), .key(.character("d")), .key(.character("+"))])
        #expect(screen.preset == .sobelY && screen.imageIndex == 1 && screen.speedIndex == 2)
        let replayed = try SlidingKernelScreen(images: Self.images).replaying(
            VisualTrace(visual: SlidingKernelScreen.visualID, title: "t", actions: sink.actions))
        #expect(replayed.revealed == screen.revealed && replayed.preset == screen.preset)
        #expect(replayed.imageIndex == screen.imageIndex)
        _ = screen.update(.step(1000))
        #expect(screen.revealed == 80 && screen.notice != nil)
        _ = screen.update(.restart)
        #expect(screen.revealed == 1)
        _ = screen.update(.close)
        #expect(screen.wantsToClose)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        var screen = try SlidingKernelScreen(images: Self.images)
        _ = screen.update(.step(30))
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "kernel-\(size.0)x\(size.1)")
        _ = screen.update(.toggleHelp)
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "kernel-help-\(size.0)x\(size.1)")
    }
}

@Suite("Stage 4-6 visual factory")
struct Visuals2FactoryTests {
    private let digits = [
        DigitImage(pixels: Array(repeating: 0.5, count: 36), width: 6, height: 6, label: "flat")
    ]

    @Test("builds each kind, rejects unknown kinds and values")
    func factory() throws {
        let graph = try LessonVisualSettings(kind: "computational-graph", values: ["example": "2"])
            .makeStages4To6Screen(digits: { digits })
        #expect(graph.visualID == "computational-graph" && graph.traceSettings["example"] == "2")
        let kernel = try LessonVisualSettings(kind: "sliding-kernel", values: ["kernel": "blur"])
            .makeStages4To6Screen(digits: { digits })
        #expect(kernel.traceSettings["kernel"] == "blur")
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "sliding-kernel", values: ["kernel": "wavy"])
                .makeStages4To6Screen(digits: { digits })
        }
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "computational-graph", values: ["example": "99"])
                .makeStages4To6Screen(digits: { digits })
        }
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "nope").makeStages4To6Screen(digits: { digits })
        }
        let restored = try SlidingKernelScreen(
            images: digits, traceSettings: ["kernel": "edge", "image": "0"])
        #expect(restored.preset == .edge)
        #expect(ComputationalGraphScreen(traceSettings: ["example": "3"]).exampleIndex == 3)
        let playground = try LessonVisualSettings(kind: "classifier-playground", values: ["dataset": "moons"])
            .makeStages4To6Screen(digits: { digits })
        #expect((playground.screen as? ClassifierPlaygroundScreen)?.settings.dataset.name == "moons")
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "classifier-playground", values: ["dataset": "swirls"])
                .makeStages4To6Screen(digits: { digits })
        }
        for kind in [
            "augmentation-preview", "gradient-norms", "residual-vs-plain", "feature-maps", "confusion-matrix",
        ] {
            #expect(
                try LessonVisualSettings(kind: kind).makeStages4To6Screen(digits: { digits }).visualID == kind
            )
        }
    }
}
