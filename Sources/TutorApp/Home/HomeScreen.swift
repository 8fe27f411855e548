import TerminalCore

/// The first screen: the curriculum's stages as a selectable list, and beside it what the
/// selected stage teaches. Lesson content is not part of it yet; the detail pane says so.
public struct HomeScreen: Hashable, Sendable {
    /// The stages listed, in the recommended order.
    public var stages: [CurriculumStage]
    /// The index of the selected stage in `stages` (0 when the list is empty).
    public private(set) var selection: Int

    /// A home screen listing `stages` with the first one selected.
    public init(stages: [CurriculumStage] = Curriculum.stages, selection: Int = 0) {
        self.stages = stages
        self.selection = 0
        select(selection)
    }

    /// The stage whose details are shown, nil when there are no stages.
    public var selectedStage: CurriculumStage? {
        stages.indices.contains(selection) ? stages[selection] : nil
    }

    /// Selects the stage at `index`, clamped to the list.
    public mutating func select(_ index: Int) {
        selection = stages.isEmpty ? 0 : min(max(0, index), stages.count - 1)
    }

    /// Moves the selection by `delta` rows (the mouse wheel and arrow keys).
    public mutating func moveSelection(by delta: Int) {
        select(selection + delta)
    }

    /// Reacts to a key; returns whether the screen used it. Up/Down (and k/j) move,
    /// Home/End/PgUp/PgDn jump to the ends, a digit selects that stage.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up, .character("k"): moveSelection(by: -1)
        case .down, .character("j"): moveSelection(by: 1)
        case .home, .pageUp: select(0)
        case .end, .pageDown: select(stages.count - 1)
        case .character(let character):
            guard let digit = character.wholeNumberValue,
                let index = stages.firstIndex(where: { $0.number == digit })
            else { return false }
            select(index)
        default: return false
        }
        return true
    }

    /// The keys this screen understands, for the footer and the help overlay.
    public var keyHints: [KeyHints.Hint] {
        let digits = stages.isEmpty ? "" : "\(stages[0].number)-\(stages[stages.count - 1].number)"
        var hints = [KeyHints.Hint("↑↓", "select")]
        if !digits.isEmpty { hints.append(KeyHints.Hint(digits, "jump to stage")) }
        return hints
    }

    /// Every key of this screen with a longer description, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        var hints = [
            KeyHints.Hint("↑ ↓  k j", "select the previous / next stage"),
            KeyHints.Hint("Home PgUp", "select the first stage"),
            KeyHints.Hint("End PgDn", "select the last stage"),
            KeyHints.Hint("mouse wheel", "move the selection"),
        ]
        if let first = stages.first, let last = stages.last {
            hints.insert(
                KeyHints.Hint("\(first.number)-\(last.number)", "select a stage by its number"), at: 1)
        }
        return hints
    }
}
