import Foundation
import Grading
import Lessons
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// The way forward at the end of a stage: → on the last step, `x` once everything is passed,
/// the home screen's continue line and its "done" stages.
@Suite("End of a stage")
struct StageEndTests {
    /// Records a pass for every exercise of the stages numbered `orders` but those in `except`,
    /// through a session that is closed again (so the tutor opened next can write).
    private func pass(stages orders: [Int], except: Set<String> = [], in fixture: TutorFixture) throws {
        let session = try fixture.session()
        for stage in session.curriculum.stages where orders.contains(stage.order) {
            for exercise in stage.exercises where !except.contains(exercise.id) {
                session.record(
                    exercise, answer: "", report: GradeReport(passed: true, score: 1, summary: "correct"))
            }
        }
    }

    /// Opens stage `order` from the home screen and moves to its last step.
    private func openLastStep(of order: Int, in app: inout TutorApplication) throws {
        app.replay(TutorApplication.keys(.character(Character(String(order))), .enter))
        let count = try #require(app.reader?.stage.steps.count)
        app.replay(Array(repeating: .key(.right), count: count - 1))
        #expect(app.reader?.stepIndex == count - 1)
    }

    @Test("the last step names the next stage; → opens it at its first step and bookmarks it")
    func rightOnTheLastStepOpensTheNextStage() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        try openLastStep(of: 1, in: &app)
        let screen = app.screen()
        #expect(screen.contains("End of stage 1 · → next stage: Probability and information"), "\(screen)")
        // The open exercises are counted in fewer words when the line is short.
        let open = try #require(app.reader?.unpassedCount)
        #expect(screen.contains("· \(open) left (x)"))
        #expect(app.screen(width: 160, height: 50).contains("· \(open) exercises not passed yet (x)"))
        #expect(app.footerHints.contains(KeyHints.Hint("→", "stage 2")))
        assertSnapshot(screen, named: "last-step-80x24")
        // The steps before the last do not say it.
        app.replay(TutorApplication.keys(.left))
        #expect(!app.screen().contains("End of stage 1"))
        app.replay(TutorApplication.keys(.right, .right))
        #expect(app.reader?.stage.order == 2)
        #expect(app.reader?.stepIndex == 0)
        #expect(app.session.bookmark?.stageID == app.reader?.stage.id)
        // ← does not lead back into the previous stage: stage 2's first step stays.
        app.replay(TutorApplication.keys(.left))
        #expect(app.reader?.stage.order == 2)
        // Back on the map, the stage just left is the one selected.
        app.replay(TutorApplication.keys(.character("q")))
        #expect(app.reader == nil)
        #expect(app.home.selectedEntry?.stage?.order == 2)
    }

    @Test("the last written stage says the next one is coming soon, and → stays on its last step")
    func lastWrittenStage() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        var app = try fixture.app()
        try openLastStep(of: 3, in: &app)
        #expect(app.screen().contains("next: stage 4, Backpropagation (coming soon)"))
        let last = app.reader?.stepIndex
        app.replay(TutorApplication.keys(.right, .character("n")))
        #expect(app.reader?.stage.order == 3)
        #expect(app.reader?.stepIndex == last)
    }

    @Test("x with every exercise passed goes to the last step and says so instead of wrapping")
    func xWhenEverythingIsPassed() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        try pass(stages: [1], in: fixture)
        var app = try fixture.app()
        app.replay(TutorApplication.keys(.character("1"), .enter, .character("x")))
        let reader = try #require(app.reader)
        #expect(reader.stepIndex == reader.stage.steps.count - 1)
        #expect(reader.focus == nil)
        let notice = try #require(reader.notice)
        #expect(notice.contains("All \(reader.stage.exercises.count) exercises of stage 1 are passed"))
        #expect(notice.contains("→ next stage: Probability and information"))
        #expect(app.screen().contains("are passed ✓"))
        // The notice goes with the next key; the end line stays, without an open count.
        app.replay(TutorApplication.keys(.down))
        #expect(app.screen().contains("End of stage 1 · → next stage"))
        #expect(!app.screen().contains("not passed yet"))
        app.replay(TutorApplication.keys(.right))
        #expect(app.reader?.stage.order == 2)
    }

    @Test("x goes back to an earlier open exercise only with a notice saying so")
    func xWrapsWithANotice() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let first = try #require(
            try fixture.session().curriculum.stages.first { $0.order == 1 }?.exercises.first)
        try pass(stages: [1], except: [first.id], in: fixture)
        var app = try fixture.app()
        try openLastStep(of: 1, in: &app)
        app.replay(TutorApplication.keys(.character("x")))
        let reader = try #require(app.reader)
        #expect(reader.stepIndex == 0)
        #expect(reader.notice?.contains("Back to step 1") == true)
        app.replay(TutorApplication.keys(.enter))
        #expect(app.exercise?.exercise.id == first.id)
    }

    @Test("a completed stage is tagged done, not later, on the map; the others keep next and later")
    func doneTag() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        try pass(stages: [3], in: fixture)
        let app = try fixture.app()
        let lines = app.screen().components(separatedBy: "\n")
        // Each stage's second row holds its bar and its tag.
        func tagRow(_ title: String) -> String {
            guard let row = lines.firstIndex(where: { $0.contains(title) }), row + 1 < lines.count else {
                return ""
            }
            // The list is the left 44 columns at 80x24; the detail pane follows.
            return String(lines[row + 1].prefix(44)).trimmingCharacters(in: .whitespaces)
        }
        #expect(tagRow("1  Linear algebra").hasSuffix(" next"))
        #expect(tagRow("2  Probability").hasSuffix(" later"))
        #expect(tagRow("3  Calculus").hasSuffix(" ✓ done"))
        #expect(!tagRow("3  Calculus").contains("later"))
        #expect(app.home.entries[2].isComplete)
    }

    @Test("continue moves on from a completed stage to the next unfinished one, and c goes there")
    func continueAfterACompletedStage() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        try pass(stages: [1], in: fixture)
        do {
            let session = try fixture.session()
            let stage = try #require(session.curriculum.stages.first { $0.order == 1 })
            session.visit(Bookmark(stageID: stage.id, step: 0, exerciseID: stage.exercises.first?.id))
        }
        var app = try fixture.app()
        let label = try #require(app.home.continueLabel)
        #expect(label.hasPrefix("stage 2 · step 1/"), "\(label)")
        #expect(label.contains("(you finished stage 1 ✓)"))
        app.replay(TutorApplication.keys(.character("c")))
        #expect(app.reader?.stage.order == 2)
        #expect(app.reader?.stepIndex == 0)
        #expect(app.exercise == nil)
    }

    @Test("continue stays at the bookmark while its stage has exercises left")
    func continueWithinAnUnfinishedStage() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let session = try fixture.session()
        let stage = try #require(session.curriculum.stages.first { $0.order == 3 })
        let bookmark = Bookmark(stageID: stage.id, step: 4)
        let none: (String) -> ExerciseStatus = { _ in .notStarted }
        #expect(bookmark.continuing(in: session.curriculum, status: none) == bookmark)
        // Stage 3 complete: on to the first unfinished stage, wrapping to stage 1.
        let stage3 = Set(stage.exercises.map(\.id))
        let moved = bookmark.continuing(in: session.curriculum) {
            stage3.contains($0) ? .passed : .notStarted
        }
        #expect(moved.stageID == session.curriculum.stages.first { $0.order == 1 }?.id)
        #expect(moved.step == 0)
        // A stage already begun is resumed at the step of its first exercise not passed.
        let stage1 = try #require(session.curriculum.stages.first { $0.order == 1 })
        let begun = Set(stage1.exercises.prefix(2).map(\.id)).union(stage3)
        let resumed = bookmark.continuing(in: session.curriculum) {
            begun.contains($0) ? .passed : .notStarted
        }
        let third = stage1.exercises[2].id
        let thirdStep = stage1.steps.firstIndex { step in
            step.blocks.contains { block in
                if case .exercise(let exercise) = block { return exercise.id == third }
                return false
            }
        }
        #expect(resumed.step == thirdStep)
        // Everything passed: the bookmark is kept (for review).
        let every = bookmark.continuing(in: session.curriculum) { _ in .passed }
        #expect(every == bookmark)
    }

    @Test("the next stage skips a broken lesson file and names one not written yet")
    func nextStageOverTheMap() throws {
        let fixture = TutorFixture()
        defer { fixture.cleanUp() }
        let session = try fixture.session()
        let entries = StageEntry.catalog(curriculum: session.curriculum) { _ in .notStarted }
        let ids = entries.compactMap { $0.stage?.id }
        guard case .ready(let second) = NextStage.following(ids[0], in: entries) else {
            Issue.record("stage 2 should follow stage 1")
            return
        }
        #expect(second.order == 2)
        guard case .unavailable(let number, _, let reason) = NextStage.following(ids[2], in: entries) else {
            Issue.record("stage 4 should be unavailable")
            return
        }
        #expect(number == 4 && reason == "coming soon")
        // With stage 2 broken, stage 1 leads on to stage 3.
        var broken = entries
        broken[1].availability = .broken("02-probability.md: bad")
        guard case .ready(let third) = NextStage.following(ids[0], in: broken) else {
            Issue.record("stage 3 should follow stage 1 when 2 is broken")
            return
        }
        #expect(third.order == 3)
    }
}
