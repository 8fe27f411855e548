import TerminalCore
import Testing
import TutorApp

/// Applies `key` and reports whether the screen used it (mutation cannot happen inside
/// `#expect`).
private func handled(_ home: inout HomeScreen, _ key: Key) -> Bool {
    home.handle(key)
}

@Suite("Home screen")
struct HomeScreenTests {
    @Test("lists the seven curriculum stages in order, numbered 1 to 7")
    func listsCurriculum() {
        let home = HomeScreen()
        #expect(home.stages.map(\.number) == Array(1...7))
        #expect(home.stages.first?.title == "Linear algebra")
        #expect(home.stages.first?.tagline == "a network is nested matrix arithmetic")
        #expect(home.stages.last?.title == "Training in practice")
        #expect(home.stages.allSatisfy { !$0.topics.isEmpty })
    }

    @Test("arrow keys and j/k move the selection and stop at the ends")
    func arrowsMoveSelection() {
        var home = HomeScreen()
        #expect(handled(&home, .down))
        #expect(home.selection == 1)
        #expect(handled(&home, .character("j")))
        #expect(home.selection == 2)
        #expect(handled(&home, .character("k")))
        #expect(home.selection == 1)
        for _ in 0..<20 { _ = home.handle(.down) }
        #expect(home.selection == 6)
        for _ in 0..<20 { _ = home.handle(.up) }
        #expect(home.selection == 0)
    }

    @Test("a digit selects the stage with that number; other keys are not used")
    func digitsJump() {
        var home = HomeScreen()
        #expect(handled(&home, .character("5")))
        #expect(home.selectedStage?.number == 5)
        #expect(!handled(&home, .character("9")))
        #expect(home.selectedStage?.number == 5)
        #expect(!handled(&home, .character("x")))
        #expect(!handled(&home, .enter))
    }

    @Test("Home/End and PgUp/PgDn jump to the first and last stage")
    func jumpsToEnds() {
        var home = HomeScreen()
        _ = home.handle(.end)
        #expect(home.selection == 6)
        _ = home.handle(.home)
        #expect(home.selection == 0)
        _ = home.handle(.pageDown)
        #expect(home.selection == 6)
        _ = home.handle(.pageUp)
        #expect(home.selection == 0)
    }

    @Test("an empty curriculum has no selected stage and draws without trapping")
    func emptyCurriculum() {
        var home = HomeScreen(stages: [])
        #expect(home.selectedStage == nil)
        _ = home.handle(.down)
        _ = home.handle(.end)
        #expect(home.selection == 0)
        var buffer = Buffer(width: 80, height: 22)
        home.render(into: &buffer, area: buffer.area)
        #expect(buffer.text.contains("Curriculum"))
    }

    @Test("the initial selection is clamped to the list")
    func initialSelectionClamped() {
        #expect(HomeScreen(selection: 99).selection == 6)
        #expect(HomeScreen(selection: -3).selection == 0)
    }
}
