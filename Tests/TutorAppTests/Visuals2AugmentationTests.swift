import Foundation
import Lessons
import Plot
import TensorEngine
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Augmentation-preview visual")
struct Visuals2AugmentationTests {
    /// Deterministic 12x10 test images: a bright off-centre bar and a square ring. Values are
    /// sixteenths, which Float (the engine's type) holds exactly, so copies compare with `==`.
    private static let images: [DigitImage] = {
        let width = 12
        let height = 10
        var bar = [Double](repeating: 0, count: width * height)
        var ring = bar
        for y in 0..<height {
            for x in 0..<width {
                if (4...5).contains(x) && (2...7).contains(y) { bar[y * width + x] = Double(x + y) / 16 }
                if (x == 3 || x == 8 || y == 3 || y == 6) && (3...8).contains(x) && (3...6).contains(y) {
                    ring[y * width + x] = 1
                }
            }
        }
        return [
            DigitImage(pixels: bar, width: width, height: height, label: "bar"),
            DigitImage(pixels: ring, width: width, height: height, label: "ring"),
        ]
    }()

    /// The shipped MNIST digits as the lesson's screen gets them, for pictures that look alike.
    private static func shippedDigits() throws -> [DigitImage] {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
        return try DigitImage.shippedDigits(dataFolder: data)
    }

    /// The copies made by calling the engine directly: one generator seeded with `seed`.
    private static func engineCopies(
        of image: DigitImage, _ augmentation: ImageAugmentation, seed: UInt64, count: Int
    ) -> [[Double]] {
        var generator = RandomGenerator(seed: seed)
        var result: [[Double]] = []
        for _ in 0..<count {
            let out = augmentation.apply(
                to: image.pixels.map(Float.init), height: image.height, width: image.width, using: &generator)
            result.append(out.map(Double.init))
        }
        return result
    }

    @Test("the lab's strengths are ImageAugmentation.digits; zero strengths leave every step out")
    func strengths() {
        #expect(AugmentationStrengths.lab.augmentation == ImageAugmentation.digits)
        #expect(AugmentationStrengths.lab.description == "rotation ±10° · shift ±2 px · noise σ 0")
        #expect(AugmentationStrengths.lab.wordsForActive == "rotation ±10° and shift ±2 px")
        #expect(AugmentationStrengths.off.augmentation.steps.isEmpty)
        #expect(AugmentationStrengths.off.wordsForActive == "nothing")
        var strengths = AugmentationStrengths(rotationDegrees: 19, translationPixels: 9, noiseDeviation: 0.15)
        #expect(strengths.rotationDegrees == 20 && strengths.translationPixels == 4)
        #expect(strengths.noiseDeviation == 0.1 || strengths.noiseDeviation == 0.2)
        let changedShift = strengths.adjust(.translation, by: 1)
        let changedNoise = strengths.adjust(.noise, by: 5)
        let changedRotation = strengths.adjust(.rotation, by: -9)
        #expect(!changedShift && changedNoise && changedRotation)
        #expect(strengths.noiseDeviation == 0.4 && strengths.rotationDegrees == 0)
        #expect(strengths.description == "rotation ±0° · shift ±4 px · noise σ 0.4")
        #expect(
            strengths.augmentation
                == ImageAugmentation([.translation(maxPixels: 4), .gaussianNoise(standardDeviation: 0.4)]))
        #expect(AugmentationStrengths.levelTexts(of: .noise) == ["0", "0.1", "0.2", "0.4"])
        #expect(AugmentationStrengths.levelTexts(of: .rotation) == ["0", "5", "10", "20", "45"])
    }

    @Test("the copies are the engine's augmentation drawn with the screen's seed")
    func copiesAreTheEngines() throws {
        var screen = try AugmentationPreviewScreen(images: Self.images, seed: 5)
        #expect(screen.copies.count == AugmentationPreviewScreen.copyCount)
        #expect(
            screen.copies
                == Self.engineCopies(
                    of: Self.images[0], .digits, seed: 5, count: AugmentationPreviewScreen.copyCount))
        #expect(Set(screen.copies).count > 1, "the copies differ from one another")
        _ = screen.replay([.select(2), .adjust(2), .redraw, .cycleImage(1)])
        let augmentation = ImageAugmentation([
            .rotation(maxDegrees: 10), .translation(maxPixels: 2), .gaussianNoise(standardDeviation: 0.2),
        ])
        #expect(screen.strengths.augmentation == augmentation && screen.seed == 6)
        #expect(
            screen.copies
                == Self.engineCopies(
                    of: Self.images[1], augmentation, seed: 6, count: AugmentationPreviewScreen.copyCount))
        #expect(screen.copies.allSatisfy { $0.allSatisfy { (0...1).contains($0) } })
    }

    @Test("with every strength at zero each copy is the original")
    func zeroStrengthIsTheOriginal() throws {
        var screen = try AugmentationPreviewScreen(images: Self.images, strengths: .off)
        #expect(screen.copies.allSatisfy { $0 == Self.images[0].pixels })
        // Turning rotation up and back down again leaves the originals too.
        _ = screen.replay([.adjust(1), .adjust(-1), .redraw])
        #expect(screen.strengths == .off)
        #expect(screen.copies.allSatisfy { $0 == Self.images[0].pixels })
    }

    @Test("keys map to messages; any key only closes the help box")
    func keys() throws {
        var screen = try AugmentationPreviewScreen(images: Self.images)
        let expected: [(Key, AugmentationPreviewScreen.Message)] = [
            (.up, .select(-1)), (.character("k"), .select(-1)), (.backTab, .select(-1)),
            (.down, .select(1)), (.character("j"), .select(1)), (.tab, .select(1)),
            (.left, .adjust(-1)), (.character("-"), .adjust(-1)), (.right, .adjust(1)),
            (.character("+"), .adjust(1)), (.character(" "), .redraw), (.character("n"), .redraw),
            (.character("d"), .cycleImage(1)), (.character("D"), .cycleImage(-1)),
            (.character("r"), .labStrengths), (.character("?"), .toggleHelp), (.function(1), .toggleHelp),
            (.character("q"), .close), (.escape, .close),
        ]
        for (key, message) in expected {
            #expect(screen.message(for: .key(key)) == message, "\(key)")
        }
        #expect(screen.message(for: .key(.character("x"))) == nil)
        _ = screen.update(.toggleHelp)
        #expect(screen.message(for: .key(.right)) == .toggleHelp)
        _ = screen.update(.adjust(1))
        #expect(!screen.isShowingHelp && screen.strengths == .lab, "the key only closed the box")
        _ = screen.update(.toggleHelp)
        _ = screen.update(.close)
        #expect(!screen.isShowingHelp && !screen.wantsToClose)
        _ = screen.update(.close)
        #expect(screen.wantsToClose)
    }

    @Test("keys choose a transformation and change its strength, the digit, the seed")
    func settingsChanges() throws {
        var screen = try AugmentationPreviewScreen(images: Self.images)
        #expect(screen.selected == .rotation && screen.strengths == .lab && screen.seed == 1)
        _ = screen.replay(events: [.key(.right), .key(.right)])
        #expect(screen.strengths.rotationDegrees == 45 && screen.notice == nil)
        _ = screen.replay(events: [.key(.right)])
        #expect(screen.strengths.rotationDegrees == 45 && screen.notice?.contains("largest") == true)
        _ = screen.replay(events: [.key(.down), .key(.left), .key(.left), .key(.left)])
        #expect(screen.selected == .translation && screen.strengths.translationPixels == 0)
        _ = screen.replay(events: [.key(.up), .key(.up)])
        #expect(screen.selected == .noise, "the selection wraps")
        _ = screen.replay(events: [.key(.character("D")), .key(.character("n")), .key(.character(" "))])
        #expect(screen.imageIndex == 1 && screen.seed == 3)
        _ = screen.replay(events: [.key(.character("r"))])
        #expect(screen.strengths == .lab && screen.notice == "the lab's settings")
        #expect(screen.selected == .noise && screen.imageIndex == 1 && screen.seed == 3)
    }

    @Test("bad input is reported, not trapped")
    func badInput() {
        #expect(throws: VisualError.self) { try AugmentationPreviewScreen(images: []) }
        #expect(throws: VisualError.self) { try AugmentationPreviewScreen(images: Self.images, index: 2) }
        let ragged = DigitImage(pixels: [1, 2, 3], width: 2, height: 2, label: "ragged")
        #expect(throws: VisualError.self) { try AugmentationPreviewScreen(images: [ragged]) }
    }

    @Test("tokens round-trip and a recorded session replays, also through the trace player")
    func traceRoundTrip() throws {
        let messages: [AugmentationPreviewScreen.Message] = [
            .select(1), .select(-2), .adjust(1), .adjust(-3), .cycleImage(1), .cycleImage(-1), .redraw,
            .labStrengths,
        ]
        for message in messages {
            let token = try #require(message.traceToken)
            #expect(AugmentationPreviewScreen.Message(traceToken: token) == message, "\(token)")
        }
        #expect(AugmentationPreviewScreen.Message.toggleHelp.traceToken == nil)
        #expect(AugmentationPreviewScreen.Message.close.traceToken == nil)
        #expect(AugmentationPreviewScreen.Message(traceToken: "adjust x") == nil)

        let digits = try Self.shippedDigits()
        let sink = MemoryVisualTraceSink()
        var screen = try AugmentationPreviewScreen(images: digits, index: 7, seed: 4, recordingTo: sink)
        _ = screen.update(.adjust(1))
        let header = screen.traceHeader(created: Date())
        _ = screen.replay(events: [
            .key(.down), .key(.right), .key(.character("?")), .key(.character("n")), .key(.character("n")),
            .key(.down), .key(.right), .key(.character("d")), .key(.character("r")), .key(.left),
        ])
        #expect(sink.actions.count == 9, "the help toggle and the key it swallowed are not recorded")
        let trace = VisualTrace(
            visual: AugmentationPreviewScreen.visualID, title: "t", settings: header.settings,
            actions: Array(sink.actions.dropFirst()))
        let restored = try AugmentationPreviewScreen(images: digits, traceSettings: header.settings)
        #expect(restored.imageIndex == 7 && restored.seed == 4 && restored.strengths.rotationDegrees == 20)
        let replayed = try restored.replaying(trace)
        #expect(replayed.copies == screen.copies && replayed.strengths == screen.strengths)
        #expect(replayed.selected == screen.selected && replayed.seed == screen.seed)
        let player = try VisualTracePlayer.player(for: trace)
        var atEnd = try #require(player as? VisualReplayScreen<AugmentationPreviewScreen>)
        _ = atEnd.replay(events: [.key(.end)])
        #expect(atEnd.current.copies == screen.copies && atEnd.current.imageIndex == screen.imageIndex)
    }

    @Test("the lesson factory builds it from `image` and passes the theme on")
    func factory() throws {
        let built = try LessonVisualSettings(kind: "augmentation-preview", values: ["image": "1"])
            .makeStages4To6Screen(theme: .monochrome, digits: { Self.images })
        let screen = try #require(built.screen as? AugmentationPreviewScreen)
        #expect(screen.imageIndex == 1 && screen.theme == .monochrome && screen.strengths == .lab)
        #expect(built.traceSettings["image"] == "1")
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "augmentation-preview", values: ["image": "9"])
                .makeStages4To6Screen(digits: { Self.images })
        }
        #expect(LessonVisualSettings.stages4To6Kinds.contains(AugmentationPreviewScreen.visualID))
        #expect(VisualCatalog.kinds.contains(AugmentationPreviewScreen.visualID))
        #expect(VisualTracePlayer.replayableVisuals.contains(AugmentationPreviewScreen.visualID))
    }

    @Test("the lesson's block opens on its digit in the terminal's theme, and so does its replay")
    func lessonBlockAndThemes() throws {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons")
        let curriculum = try LessonLoader.load(directory: lessons.path)
        let visual = try #require(
            curriculum.stages.flatMap(\.visualizations).first {
                $0.kind == AugmentationPreviewScreen.visualID
            })
        let opened = try VisualCatalog.open(visual, theme: .monochrome, recordingIn: nil).get()
        let wrapped = try #require(opened.screen as? AnyVisualScreen)
        let screen = try #require(wrapped.screen as? AugmentationPreviewScreen)
        #expect(screen.theme == .monochrome && screen.image.label == "digit 7")
        let trace = VisualTrace(
            visual: AugmentationPreviewScreen.visualID, title: "t", settings: screen.traceSettings,
            actions: ["redraw"])
        let player = try VisualTracePlayer.player(for: trace, theme: .monochrome)
        let replay = try #require(player as? VisualReplayScreen<AugmentationPreviewScreen>)
        #expect(replay.current.theme == .monochrome)
    }

    @Test("screens at 80x24 and 160x50 on a monochrome terminal", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        var screen = try AugmentationPreviewScreen(images: Self.shippedDigits(), index: 7)
        screen.theme = .monochrome
        let (width, height) = size
        assertSnapshot(
            screen.rendered(width: width, height: height).text, named: "augmentation-\(width)x\(height)")
        _ = screen.replay([.select(2), .adjust(2)])
        assertSnapshot(
            screen.rendered(width: width, height: height).text, named: "augmentation-noise-\(width)x\(height)"
        )
        _ = screen.update(.toggleHelp)
        assertSnapshot(
            screen.rendered(width: width, height: height).text, named: "augmentation-help-\(width)x\(height)")
    }

    @Test("a lesson's short inline preview still shows the digit and some copies")
    func inlinePreview() throws {
        var screen = try AugmentationPreviewScreen(images: Self.shippedDigits(), index: 7)
        screen.theme = .monochrome
        let text = screen.rendered(width: 96, height: 14).text
        assertSnapshot(text, named: "augmentation-inline-96x14")
        let pictureRows = text.split(separator: "\n").filter { $0.contains("│") && $0.contains("#") }
        #expect(pictureRows.count >= 5 && !text.contains("random draws"), "pictures, no header")
    }

    @Test("more copies fit at 160x50 than at 80x24, and the small screen shows a prefix of them")
    func copiesPerSize() throws {
        let screen = try AugmentationPreviewScreen(images: Self.shippedDigits(), index: 3)
        let small = screen.rendered(width: 80, height: 24).text
        let large = screen.rendered(width: 160, height: 50).text
        func shown(_ text: String) -> Int? {
            guard let range = text.range(of: #"(\d+) copies"#, options: .regularExpression) else {
                return nil
            }
            return Int(text[range].prefix { $0.isNumber })
        }
        let smallCount = try #require(shown(small))
        let largeCount = try #require(shown(large))
        #expect(
            smallCount >= 6 && largeCount > smallCount && largeCount <= AugmentationPreviewScreen.copyCount)
    }
}
