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

    /// The pane's size in an 80x24 tutor (the right column beside the form), where a revealed
    /// hint is scrolled exactly to the end. Larger panes have a smaller last scroll position,
    /// to which the view clamps, so they show the end too.
    static let typicalSize = (width: 49, height: 20)
    /// The narrowest pane (a 60-column tutor): scrolling stops where its last line shows, so
    /// no line is ever out of reach.
    static let narrowestWidth = 29

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
        scroll = max(0, lines(width: Self.typicalSize.width).count - Self.typicalSize.height)
        return true
    }

    /// PgUp/PgDn, the wheel: scrolls the open pane by `rows`.
    public mutating func scroll(by rows: Int) {
        guard isOpen else { return }
        let last = max(0, lines(width: Self.narrowestWidth).count - 1)
        scroll = min(max(0, scroll + rows), last)
    }
}
