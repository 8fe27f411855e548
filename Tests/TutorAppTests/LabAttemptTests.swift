import Foundation
import Grading
import TerminalCore
import Testing
import TutorApp

/// What the tutor stores of lab runs: one attempt per run that ended on its own (not per
/// visit, not for a run the learner stopped), and a pass that a later failed run leaves alone,
/// as the lab's title bar shows.
@Suite("Lab attempts in the tutor")
struct LabAttemptTests {
    @Test("attempts count finished runs; a stopped run and a visit count nothing; a pass stays")
    func attemptsCountRuns() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app(width: 100, height: 30)
        func stored() throws -> ExerciseProgress {
            try fixture.session().progress(for: "op-valley-lr")
        }
        func press(_ keys: Key...) {
            for key in keys {
                if let message = app.message(for: .key(key)) { app.replayRunningWork([message]) }
            }
        }
        func openLab() throws -> LabScreen {
            app.replay(TutorApplication.keys(.character("3"), .enter))
            for _ in 0..<12 where app.child == nil {
                app.replay(TutorApplication.keys(.character("x"), .enter))
                while app.exercise != nil { app.replay(TutorApplication.keys(.escape)) }
            }
            return try #require(app.child?.screen as? LabScreen)
        }
        func titleBar() -> String { app.screen(width: 100, height: 30).components(separatedBy: "\n")[1] }

        var lab = try openLab()
        #expect(lab.exerciseStatus == .notStarted)
        // Leaving without a run is no attempt; back in the reader, Enter opens the lab again.
        press(.character("q"))
        #expect(try stored().attempts == 0)
        app.replay(TutorApplication.keys(.enter))
        lab = try #require(app.child?.screen as? LabScreen)
        // The default learning rate falls short: one attempt, not passed.
        press(.character("s"))
        #expect(try stored().attempts == 1)
        #expect(try stored().status == .attempted)
        #expect(titleBar().hasSuffix("last run: not passed "), "\(titleBar())")
        // A passing rate: a second attempt, passed.
        press(.enter, .ctrl("u"), .character("0"), .character("."), .character("0"), .character("9"), .enter)
        press(.character("s"))
        #expect(try stored().attempts == 2)
        #expect(try stored().status == .passed)
        #expect(titleBar().hasSuffix(" passed ✓ "), "\(titleBar())")
        // A run the learner stops (started, not run to its end) is no attempt.
        for key in [Key.character("s"), .character("x")] {
            // Mapped like a key press, but the run's work is left undone: it is still going at `x`.
            if let message = app.message(for: .key(key)) { app.replay([message]) }
        }
        lab = try #require(app.child?.screen as? LabScreen)
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("a stopped run is over")
            return
        }
        #expect(verdict.stopped)
        #expect(try stored().attempts == 2)
        // A failing experiment after the pass: recorded, and the exercise stays passed.
        press(
            .enter, .ctrl("u"), .character("0"), .character("."), .character("0"), .character("0"),
            .character("1"), .enter)
        press(.character("s"))
        #expect(try stored().attempts == 3)
        #expect(try stored().status == .passed)
        #expect(titleBar().contains("last run: not passed · passed before ✓"), "\(titleBar())")
        press(.character("q"))
        // Reopened, the lab starts from the saved status.
        app.replay(TutorApplication.keys(.enter))
        lab = try #require(app.child?.screen as? LabScreen)
        #expect(lab.exerciseStatus == .passed)
        #expect(titleBar().contains("ready · passed before ✓"), "\(titleBar())")
        #expect(try stored().attempts == 3)
    }
}
