import TerminalCore
import TestSupport
import Testing
import TutorApp

/// Whole-screen snapshots of the tutor at the sizes a learner is likely to use: the
/// minimum (60x18), a classic terminal (80x24) and a larger one (100x30).
@Suite("Tutor screen snapshots")
struct TutorScreenSnapshotTests {
    private func screen(_ app: TutorApplication, width: Int, height: Int) -> String {
        app.rendered(width: width, height: height).text
    }

    @Test("home screen at 60x18, 80x24 and 100x30", arguments: [(60, 18), (80, 24), (100, 30)])
    func home(size: (Int, Int)) {
        assertSnapshot(
            screen(TutorApplication(), width: size.0, height: size.1), named: "home-\(size.0)x\(size.1)")
    }

    @Test("home screen with the last stage selected, at 80x24")
    func lastStageSelected() {
        var app = TutorApplication()
        app.replay([.key(.end)])
        assertSnapshot(screen(app, width: 80, height: 24), named: "home-last-stage-80x24")
    }

    @Test("help overlay at 80x24 and 60x18", arguments: [(80, 24), (60, 18)])
    func help(size: (Int, Int)) {
        var app = TutorApplication()
        app.replay([.key(.character("?"))])
        assertSnapshot(screen(app, width: size.0, height: size.1), named: "help-\(size.0)x\(size.1)")
    }

    @Test(
        "too-small notice at 50x15 and 59x30, clipped cleanly at 12x3",
        arguments: [(50, 15), (59, 30), (12, 3)])
    func tooSmall(size: (Int, Int)) {
        assertSnapshot(
            screen(TutorApplication(), width: size.0, height: size.1), named: "too-small-\(size.0)x\(size.1)")
    }

    @Test(
        "degenerate sizes draw without trapping", arguments: [(0, 0), (1, 1), (60, 17), (59, 18), (200, 60)])
    func degenerate(size: (Int, Int)) {
        let text = screen(TutorApplication(), width: size.0, height: size.1)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == max(1, size.1))
    }
}
