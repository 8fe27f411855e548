import Foundation
import TerminalCore
import Testing
import TutorApp

/// Opening a stage from the home screen goes back to where the learner was in it, and the
/// home banner follows the selection.
@Suite("Home: saved positions and the banner")
struct StagePositionTests {
    @Test("Enter on a stage opens it at the step the learner left it at, without losing the bookmark")
    func enterOpensTheSavedStep() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        // Stage 1, step 6, back home: continue offers step 6.
        app.replay(TutorApplication.keys(.enter) + Array(repeating: .key(.right), count: 5))
        #expect(app.reader?.stepIndex == 5)
        app.replay(TutorApplication.keys(.character("q")))
        #expect(app.home.continueLabel?.hasPrefix("stage 1 · step 6/") == true)
        #expect(
            app.screen(width: 160, height: 50).contains("Enter opens the lesson where you left it: step 6/"))
        // Enter (not c) opens step 6 too, and the continue line still says step 6.
        app.replay(TutorApplication.keys(.enter))
        #expect(app.reader?.stepIndex == 5)
        app.replay(TutorApplication.keys(.character("q")))
        #expect(app.home.continueLabel?.hasPrefix("stage 1 · step 6/") == true)
        // Opening another stage and coming back keeps stage 1's place.
        app.replay(TutorApplication.keys(.character("2"), .enter, .right, .character("q")))
        #expect(app.home.continueLabel?.hasPrefix("stage 2 · step 2/") == true)
        app.replay(TutorApplication.keys(.character("1"), .enter))
        #expect(app.reader?.stepIndex == 5)
        app.replay(TutorApplication.keys(.character("q"), .character("2"), .enter))
        #expect(app.reader?.stepIndex == 1)
        // The positions are saved for the next session.
        let saved = StagePositions.load(from: app.session.positionsPath)
        let first = try #require(app.home.entries[0].stage)
        #expect(saved.place(in: first.id)?.step == 5)
    }

    @Test("a bookmark saved before positions were kept opens its stage at its step")
    func bookmarkWithoutPositions() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let stageID = try #require(try fixture.app().home.entries[0].stage?.id)
        try FileManager.default.createDirectory(
            atPath: fixture.dataDirectory, withIntermediateDirectories: true)
        try Bookmark(stageID: stageID, step: 3).save(
            to: (fixture.dataDirectory as NSString).appendingPathComponent("tutor-bookmark.json"))
        var app = try fixture.app()
        #expect(app.home.continueLabel?.hasPrefix("stage 1 · step 4/") == true)
        app.replay(TutorApplication.keys(.enter))
        #expect(app.reader?.stepIndex == 3)
    }

    @Test("a stage opened at an exercise's step has that exercise focused, so Enter reopens it")
    func exerciseStaysInView() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.enter, .character("x"), .character("x"), .enter))
        let id = try #require(app.exercise?.exercise.id)
        // Ctrl-C from inside the exercise; a new session opens the stage there.
        app.replay(TutorApplication.keys(.ctrl("c")))
        var again = try fixture.app()
        again.replay(TutorApplication.keys(.enter))
        let screen = again.screen()
        #expect(again.reader?.stepIndex == app.reader?.stepIndex, "\(screen)")
        again.replay(TutorApplication.keys(.enter))
        #expect(again.exercise?.exercise.id == id)
    }

    @Test("a new learner's banner follows the selection instead of insisting on stage 1")
    func bannerFollowsTheSelection() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        #expect(app.screen().contains("New here? Stage 1 is selected: press Enter to start."))
        app.replay(TutorApplication.keys(.down, .down))
        let third = app.screen()
        #expect(!third.contains("Stage 1 is selected"), "\(third)")
        #expect(third.contains("Enter opens stage 3"), "\(third)")
        #expect(third.contains("Stage 1 is the place to start (press 1)"))
        // A stage that cannot be opened yet is not offered to Enter.
        app.replay(TutorApplication.keys(.end))
        if app.home.selectedEntry?.stage == nil {
            #expect(app.screen().contains("Stage 1 is the place to start: press 1, then Enter."))
        }
        app.replay(TutorApplication.keys(.home))
        #expect(app.screen().contains("Stage 1 is selected: press Enter to start."))
    }
}
