import TerminalCore

/// The lab's task: the exercise's prompt and its hints, revealed one at a time from the gentle
/// to the specific like on the exercise screen, in a pane the learner opens and closes (it
/// covers the curves when the terminal is too short for both) and scrolls.
public struct LabTask: Sendable, Hashable {
    /// The exercise's prompt (Markdown).
    public let prompt: String
    /// The exercise's hints, gentlest first.
    public let hints: [String]
    /// How many hints are revealed.
    public private(set) var hintsShown: Int
    /// Whether the whole task is shown (otherwise one summary row).
    public private(set) var isOpen: Bool
    /// The first shown row of the open pane (the view clamps it to the text).
    public private(set) var scroll: Int

    /// The width the pane is counted at when a hint scrolls it: the right column of an 80-column
    /// lab. Wider panes hold more per row and the view clamps the scroll to the text's end.
    static let typicalWidth = 49

    /// A task with `prompt` and `hints`, `hintsShown` of them already revealed (from progress).
    /// It starts open, so the learner reads it before the first run.
    public init(prompt: String, hints: [String], hintsShown: Int = 0) {
        self.prompt = prompt
        self.hints = hints
        self.hintsShown = min(max(0, hintsShown), hints.count)
        isOpen = !prompt.isEmpty || !hints.isEmpty
        scroll = 0
    }

    /// Whether there is anything to show (a lab made without an exercise has no task).
    public var isEmpty: Bool { prompt.isEmpty && hints.isEmpty }

    /// `t`: opens or closes the pane.
    public mutating func toggle() {
        guard !isEmpty else { return }
        isOpen.toggle()
    }

    /// Closes the pane (a run starts: the curves need the room).
    public mutating func close() {
        isOpen = false
    }

    /// `h`/F2: reveals the next hint and opens the pane scrolled to it. Returns false, changing
    /// nothing, when every hint is already shown.
    @discardableResult
    public mutating func revealHint() -> Bool {
        guard hintsShown < hints.count else { return false }
        hintsShown += 1
        isOpen = true
        // The new hint is the last thing in the pane: show the end.
        scroll = max(0, lines(width: Self.typicalWidth).count - 1)
        return true
    }

    /// PgUp/PgDn, the wheel: scrolls the open pane by `rows`.
    public mutating func scroll(by rows: Int) {
        guard isOpen else { return }
        let last = max(0, lines(width: Self.typicalWidth).count - 1)
        scroll = min(max(0, scroll + rows), last)
    }
}
