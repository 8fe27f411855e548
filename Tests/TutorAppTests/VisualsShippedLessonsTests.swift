import Foundation
import Lessons
import Testing
import TutorApp

/// The shipped lessons' visual blocks against the screens that draw them: every block of a
/// kind this module draws must build (its parameters valid) and draw at 80x24.
@Suite("Visual blocks of the shipped lessons")
struct VisualsShippedLessonsTests {
    /// `Lessons/` at the root of the checkout this test file is in.
    private var lessonsDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
    }

    @Test("every linear-map, svd-digit, sampling, likelihood and softmax block builds and draws")
    func shippedBlocks() throws {
        let curriculum = try LessonLoader.load(directory: lessonsDirectory)
        var built: Set<String> = []
        for stage in curriculum.stages {
            for step in stage.steps {
                for case .visual(let visual) in step.blocks
                where LessonVisualSettings.kinds.contains(visual.kind) {
                    let screen = try LessonVisualSettings(visual).makeScreen()
                    let text = screen.rendered(width: 80, height: 24).text
                    #expect(text.contains("help"), "\(visual.id) draws its key hints")
                    built.insert(screen.visualID)
                }
            }
        }
        #expect(built == Set(LessonVisualSettings.kinds))
    }

    @Test("the stage 1 linear map reads its matrix from the lesson")
    func lessonMatrix() throws {
        let curriculum = try LessonLoader.load(directory: lessonsDirectory)
        let visuals = curriculum.stages.flatMap(\.steps).flatMap(\.blocks).compactMap {
            block -> Visualization? in
            guard case .visual(let visual) = block, visual.kind == LinearMapScreen.visualID else {
                return nil
            }
            return visual
        }
        let withMatrix = try visuals.map(LessonVisualSettings.init).filter { $0.matrix != nil }
        for settings in withMatrix {
            let screen = try #require(try settings.makeScreen().screen as? LinearMapScreen)
            #expect(screen.entries == settings.matrix?.flatMap { $0 })
        }
    }

    @Test("every gradient-descent block opens at its own start and learning rates")
    func descentStartAndRates() throws {
        let curriculum = try LessonLoader.load(directory: lessonsDirectory)
        let visuals = curriculum.stages.flatMap(\.steps).flatMap(\.blocks).compactMap {
            block -> Visualization? in
            guard case .visual(let visual) = block, visual.kind == "gradient-descent" else { return nil }
            return visual
        }
        #expect(visuals.count >= 2)
        for visual in visuals {
            guard case .mapping(let entries, _) = visual.parameters else { continue }
            func scalar(_ key: String) -> String? {
                guard case .scalar(let text, _, _)? = entries.first(where: { $0.key == key })?.value else {
                    return nil
                }
                return text
            }
            let opened = try VisualCatalog.open(visual, theme: .monochrome, recordingIn: nil).get()
            let screen = try #require(opened.screen as? VisualizerScreen)
            if case .sequence(let items, _)? = entries.first(where: { $0.key == "start" })?.value {
                let numbers = items.compactMap { item -> Double? in
                    guard case .scalar(let text, _, _) = item else { return nil }
                    return Double(text)
                }
                #expect([screen.startPoint.x, screen.startPoint.y] == numbers, "\(visual.id)")
                // Racers start at the Float32 point the engine holds.
                #expect(
                    screen.racers.allSatisfy {
                        abs($0.position.x - numbers[0]) < 1e-6 && abs($0.position.y - numbers[1]) < 1e-6
                    }, "\(visual.id)")
            }
            if let rate = scalar("lr").flatMap(Double.init) {
                #expect(screen.settings.gradientRate == rate, "\(visual.id)")
            }
            if let rate = scalar("adaptive_lr").flatMap(Double.init) {
                #expect(screen.settings.adaptiveRate == rate, "\(visual.id)")
            }
            if let momentum = scalar("momentum").flatMap(Double.init) {
                #expect(screen.settings.momentum == momentum, "\(visual.id)")
            }
            if case .sequence(let items, _)? = entries.first(where: { $0.key == "optimizers" })?.value {
                let named = Set(
                    items.compactMap { item -> DescentOptimizer? in
                        guard case .scalar(let text, _, _) = item else { return nil }
                        return DescentOptimizer(rawValue: text)
                    })
                #expect(screen.enabled == named, "\(visual.id)")
            }
            // Opening says nothing about optimizers the learner never switched.
            #expect(screen.notice == nil, "\(visual.id): \(screen.notice ?? "")")
        }
    }
}
