import Grading
import TerminalCore

/// The first screen: the curriculum as a map of stages in the recommended order, each with
/// its progress, beside what the selected stage teaches; a "continue" line for the last place
/// visited and the total progress.
public struct HomeScreen: Sendable {
    /// What the home screen asks the tutor to do.
    public enum Action: Sendable, Equatable {
        case none
        /// Open the stage at this index of `entries` (where the learner left it, else at its start).
        case open(Int)
        /// Go back to the bookmarked place.
        case resume
    }

    /// The stages listed, in the recommended order.
    public var entries: [StageEntry]
    /// Where the learner left off, as a line of text (nil for a new learner).
    public var continueLabel: String?
    /// Problems to mention (read-only progress, broken lesson files).
    public var notices: [String]
    /// The index of the selected stage (0 when the list is empty).
    public private(set) var selection: Int

    /// A home screen over `entries`, with the recommended stage selected.
    public init(entries: [StageEntry], continueLabel: String? = nil, notices: [String] = []) {
        self.entries = entries
        self.continueLabel = continueLabel
        self.notices = notices
        self.selection = 0
        select(recommendedIndex ?? 0)
    }

    /// The stage whose details are shown, nil when there are no stages.
    public var selectedEntry: StageEntry? {
        entries.indices.contains(selection) ? entries[selection] : nil
    }

    /// The first stage with a lesson that is not completed: the one to do next.
    public var recommendedIndex: Int? {
        entries.indices.first {
            entries[$0].stage != nil && entries[$0].passedCount < entries[$0].exerciseCount
        }
            ?? entries.indices.first { entries[$0].stage != nil }
    }

    /// Exercises passed and available over all stages.
    public var totals: (passed: Int, total: Int) {
        (entries.reduce(0) { $0 + $1.passedCount }, entries.reduce(0) { $0 + $1.exerciseCount })
    }

    /// Selects the stage at `index`, clamped to the list.
    public mutating func select(_ index: Int) {
        selection = entries.isEmpty ? 0 : min(max(0, index), entries.count - 1)
    }

    /// Moves the selection by `delta` rows (the mouse wheel and arrow keys).
    public mutating func moveSelection(by delta: Int) {
        select(selection + delta)
    }

    /// Reacts to a key. Up/Down (k/j) move, Home/End jump, a digit selects that stage, Enter
    /// opens it, c continues where the learner left off.
    public mutating func handle(_ key: Key) -> Action {
        switch key {
        case .up, .character("k"): moveSelection(by: -1)
        case .down, .character("j"): moveSelection(by: 1)
        case .home, .pageUp: select(0)
        case .end, .pageDown: select(entries.count - 1)
        case .enter, .right: return selectedEntry?.stage == nil ? .none : .open(selection)
        case .character("c"): return continueLabel == nil ? .none : .resume
        case .character(let character):
            guard let digit = character.wholeNumberValue,
                let index = entries.firstIndex(where: { $0.number == digit })
            else { return .none }
            select(index)
        default: break
        }
        return .none
    }

    /// The banner's line for a learner with no place to continue yet. It follows the
    /// selection: Enter opens the selected stage, and the first stage is named as the place
    /// to start when another one is selected.
    public var welcomeText: String {
        let first = entries.first { $0.stage != nil }
        guard let first else { return "No stage can be opened yet." }
        guard let entry = selectedEntry, entry.stage != nil else {
            return "Stage \(first.number) is the place to start: press \(first.number), then Enter."
        }
        if entry.number == first.number {
            return "Stage \(entry.number) is selected: press Enter to start."
        }
        return
            "Stage \(first.number) is the place to start (press \(first.number)); Enter opens stage \(entry.number)."
    }

    /// The keys this screen understands, for the footer.
    public var keyHints: [KeyHints.Hint] {
        var hints = [KeyHints.Hint("↑↓", "select"), KeyHints.Hint("Enter", "open")]
        if continueLabel != nil { hints.append(KeyHints.Hint("c", "continue")) }
        return hints
    }

    /// Every key of this screen with a longer description, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        var hints = [
            KeyHints.Hint("↑ ↓  k j", "select the previous / next stage (also the mouse wheel)"),
            KeyHints.Hint("1-\(max(1, entries.count))", "select a stage by its number"),
            KeyHints.Hint("Enter →", "open the selected stage's lesson"),
            KeyHints.Hint("Home End", "select the first / last stage"),
        ]
        if continueLabel != nil { hints.append(KeyHints.Hint("c", "continue where you left off")) }
        return hints
    }
}
