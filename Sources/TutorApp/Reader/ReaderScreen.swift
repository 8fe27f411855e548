import Grading
import Lessons
import TerminalCore

/// One stage's lesson, one step at a time: the step's prose rendered from Markdown, its
/// visuals previewed in place and its exercises as cards. The learner scrolls, moves between
/// steps, and moves a focus between the cards to open one.
public struct ReaderScreen: Sendable {
    /// What the reader asks the tutor to do after a key.
    public enum Action: Sendable {
        /// Nothing beyond redrawing.
        case none
        /// Go back to the home screen.
        case close
        /// Open an exercise.
        case openExercise(Exercise)
        /// Open a visual's interactive screen.
        case openVisual(Visualization)
        /// Replay the learner's last recorded session of a visual.
        case replayVisual(Visualization)
        /// Open the next stage's lesson from its first step (→ on the last step).
        case openStage(Stage)
    }

    /// The stage being read.
    public let stage: Stage
    /// The index of the step shown.
    public private(set) var stepIndex: Int
    /// The first content row shown.
    public private(set) var scroll: Int
    /// The focused card among the step's exercises and visuals, nil when none is focused.
    public private(set) var focus: Int?
    /// The status of every exercise, refreshed by the tutor after grading.
    public var statuses: [String: ExerciseStatus]
    /// The size of the area the reader is drawn into (for paging and scrolling to cards).
    public var viewport: (width: Int, height: Int)
    /// A one-line message shown under the header (a lab that cannot run...), cleared on the next key.
    public var notice: String?
    /// The stage after this one, which → on the last step opens.
    public var nextStage: NextStage
    /// Live previews of the step's visuals, by visual id (built when a step is opened).
    var previews: [String: Result<EmbeddedScreen, VisualCatalog.Failure>]

    /// A reader at `step` of `stage`.
    public init(
        stage: Stage, step: Int = 0, statuses: [String: ExerciseStatus] = [:],
        viewport: (width: Int, height: Int) = (80, 22), nextStage: NextStage = .none
    ) {
        self.stage = stage
        self.stepIndex = 0
        self.scroll = 0
        self.focus = nil
        self.statuses = statuses
        self.viewport = viewport
        self.previews = [:]
        self.notice = nil
        self.nextStage = nextStage
        go(to: step)
    }

    /// The step shown, nil for a stage without steps.
    public var step: Step? { stage.steps.indices.contains(stepIndex) ? stage.steps[stepIndex] : nil }

    /// The step's cards (exercises and visuals) in order.
    public var cards: [StepBlock] {
        (step?.blocks ?? []).filter {
            if case .text = $0 { return false }
            return true
        }
    }

    /// Shows step `index` (clamped) from its top, with live previews of its visuals.
    public mutating func go(to index: Int) {
        stepIndex = stage.steps.isEmpty ? 0 : min(max(0, index), stage.steps.count - 1)
        scroll = 0
        focus = nil
        refreshPreviews()
    }

    /// Builds the step's visual previews afresh, keeping the place on the page: after the learner
    /// used a visual, its preview shows what it learned (a network trained on one digit-CNN card
    /// shows on both), not the state it was first drawn in.
    public mutating func refreshPreviews() {
        previews = [:]
        for case .visual(let visual) in cards {
            previews[visual.id] = VisualCatalog.screen(for: visual).map { EmbeddedScreen($0, generation: -1) }
        }
    }

    /// Focuses the card showing `exerciseID` (moving to its step) and scrolls to it.
    public mutating func reveal(exerciseID: String) {
        guard
            let stepNumber = stage.steps.firstIndex(where: { step in
                step.blocks.contains {
                    if case .exercise(let e) = $0 { return e.id == exerciseID } else { return false }
                }
            })
        else { return }
        if stepNumber != stepIndex { go(to: stepNumber) }
        focus = cards.firstIndex {
            if case .exercise(let e) = $0 { return e.id == exerciseID } else { return false }
        }
        scrollToFocus()
    }

    /// Reacts to a key.
    public mutating func handle(_ key: Key) -> Action {
        notice = nil
        let page = max(1, viewport.height - 3)
        switch key {
        case .escape, .character("q"): return .close
        case .up, .character("k"): scrollBy(-1)
        case .down, .character("j"): scrollBy(1)
        case .pageUp: scrollBy(-page)
        case .pageDown, .character(" "): scrollBy(page)
        case .home, .character("g"): scroll = 0
        case .end, .character("G"): scroll = maxScroll
        case .right, .character("n"):
            // Past the last step lies the next stage; the line under the header says so.
            if isOnLastStep, case .ready(let next) = nextStage { return .openStage(next) }
            go(to: stepIndex + 1)
        case .left, .character("p"): go(to: stepIndex - 1)
        case .tab: moveFocus(by: 1)
        case .backTab: moveFocus(by: -1)
        case .character("x"): jumpToNextExercise()
        case .character("r"):
            if let focus, cards.indices.contains(focus), case .visual(let visual) = cards[focus] {
                return .replayVisual(visual)
            }
        case .enter:
            if focus == nil { moveFocus(by: 1) }
            if let focus, cards.indices.contains(focus) {
                switch cards[focus] {
                case .exercise(let exercise): return .openExercise(exercise)
                case .visual(let visual): return .openVisual(visual)
                case .text: break
                }
            }
        default: break
        }
        return .none
    }

    /// Scrolls by `rows` (negative: up), within the content.
    public mutating func scrollBy(_ rows: Int) {
        scroll = min(max(0, scroll + rows), maxScroll)
    }

    private mutating func moveFocus(by delta: Int) {
        guard !cards.isEmpty else { return }
        if let focus {
            self.focus = (focus + delta + cards.count) % cards.count
        } else {
            focus = delta > 0 ? 0 : cards.count - 1
        }
        scrollToFocus()
    }

    private mutating func scrollToFocus() {
        guard let focus else { return }
        let layout = ReaderLayout(reader: self, width: viewport.width)
        guard let range = layout.cardRows[focus] else { return }
        let visible = max(1, viewport.height - 2)
        if range.lowerBound < scroll || range.upperBound > scroll + visible {
            scroll = min(max(0, range.lowerBound - 1), maxScroll)
        }
    }

    /// The largest useful scroll for the current step and viewport.
    var maxScroll: Int {
        let layout = ReaderLayout(reader: self, width: viewport.width)
        return max(0, layout.rows.count - max(1, viewport.height - 2))
    }

    /// The status of an exercise as the cards show it.
    func status(of exercise: Exercise) -> ExerciseStatus { statuses[exercise.id] ?? .notStarted }

    /// Keys for the footer; on the last step → names the stage it opens.
    public var keyHints: [KeyHints.Hint] {
        var step = KeyHints.Hint("←→", "step")
        if isOnLastStep, case .ready(let next) = nextStage {
            step = KeyHints.Hint("→", "stage \(next.order)")
        }
        return [
            step, KeyHints.Hint("↑↓", "scroll"), KeyHints.Hint("Tab", "next card"),
            KeyHints.Hint("Enter", "open"), KeyHints.Hint("x", "next exercise"),
        ]
    }

    /// Keys for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("→ n / ← p", "next / previous step, or the next stage"),
            KeyHints.Hint("↑ ↓  k j", "scroll a line (also the mouse wheel)"),
            KeyHints.Hint("PgUp PgDn Space", "scroll a page"),
            KeyHints.Hint("Home End  g G", "top / bottom of the step"),
            KeyHints.Hint("Tab Shift-Tab", "focus the next / previous card"),
            KeyHints.Hint("Enter", "open the focused exercise or visual"),
            KeyHints.Hint("r", "replay the focused visual's last session"),
            KeyHints.Hint("x", "jump to the next exercise not passed yet"),
            KeyHints.Hint("q Esc", "back to the curriculum"),
        ]
    }
}
