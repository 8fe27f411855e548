import Foundation
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// The curriculum map: stages from the real lesson files, progress, broken files, continue.
@Suite("Home screen")
struct HomeScreenTests {
    @Test("lists the written stages with their exercise counts and the rest as coming soon")
    func stagesFromLessonFiles() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let app = try fixture.app()
        let entries = app.home.entries
        #expect(entries.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(entries.prefix(3).allSatisfy { $0.stage != nil && $0.exerciseCount > 0 })
        for entry in entries.dropFirst(3) {
            guard case .comingSoon = entry.availability else {
                Issue.record("stage \(entry.number) should be coming soon")
                continue
            }
        }
        #expect(app.home.recommendedIndex == 0)
        let screen = app.screen()
        #expect(screen.contains("coming soon"))
        #expect(screen.contains("Total: 0/"))
        #expect(screen.contains("next"))
        #expect(screen.contains("later"))
    }

    @Test("snapshots of a new learner's home at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let app = try fixture.app(width: size.0, height: size.1)
        assertSnapshot(app.screen(width: size.0, height: size.1), named: "new-learner-\(size.0)x\(size.1)")
    }

    @Test("a broken lesson file is shown as broken with its error; the others still open")
    func brokenLessonFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-broken-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = URL(fileURLWithPath: TutorFixture.lessonsDirectory).appendingPathComponent(
            "01-linear-algebra.md")
        try FileManager.default.copyItem(at: first, to: folder.appendingPathComponent("01-linear-algebra.md"))
        try "---\nformat: 1\nid: [oops\n---\n## Step\ntext\n".write(
            to: folder.appendingPathComponent("02-probability.md"), atomically: true, encoding: .utf8)
        let fixture = TutorFixture(lessons: folder.path)
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        guard case .broken(let message) = app.home.entries[1].availability else {
            Issue.record("stage 2 should be broken")
            return
        }
        #expect(message.contains("02-probability.md"))
        app.replay(TutorApplication.keys(.character("2")))
        let screen = app.screen()
        #expect(screen.contains("lesson file broken"))
        #expect(screen.contains("could not be read"))
        // Enter on a broken stage does nothing; stage 1 still opens.
        app.replay(TutorApplication.keys(.enter))
        #expect(app.reader == nil)
        app.replay(TutorApplication.keys(.character("1"), .enter))
        #expect(app.reader?.stage.title == "Linear algebra")
    }

    @Test("passing an exercise shows in the stage's count, and the bookmark offers to continue")
    func progressAndContinue() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        #expect(app.home.continueLabel == nil)
        // Open stage 1, open its first exercise (a dot product: 1*4 - 2*5 + 3*6 = 12).
        app.replay(TutorApplication.keys(.enter, .tab, .enter))
        app.replay(TutorApplication.typing("12\n"))
        #expect(app.exercise?.hasPassed == true)
        app.replay(TutorApplication.keys(.character("q"), .character("q")))
        #expect(app.reader == nil)
        #expect(app.home.entries[0].passedCount == 1)
        #expect(app.home.totals.passed == 1)
        #expect(app.screen().contains("1/8"))

        // A new session over the same data continues where this one left off.
        var again = try fixture.app()
        let label = try #require(again.home.continueLabel)
        #expect(label.contains("step 1/"))
        again.replay(TutorApplication.keys(.character("c")))
        #expect(again.reader?.stepIndex == 0)
        #expect(again.screen().contains("✓ passed"))
    }

    @Test("arrow keys, digits and the wheel move the selection within the list")
    func selection() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.down, .down))
        #expect(app.home.selection == 2)
        app.replay([.scroll(3)])
        #expect(app.home.selection == 3)
        app.replay(TutorApplication.keys(.character("7"), .down))
        #expect(app.home.selection == 6)
        app.replay(TutorApplication.keys(.home, .up))
        #expect(app.home.selection == 0)
        // A coming-soon stage cannot be opened.
        app.replay(TutorApplication.keys(.character("5"), .enter))
        #expect(app.reader == nil)
    }
}
