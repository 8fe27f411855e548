import Grading
import Lessons
import TerminalCore

/// The way out of a stage: what the last step says about the next stage, and `x` once no
/// exercise is left to pass (it must never wrap around silently as if there were one).
extension ReaderScreen {
    /// Whether the last step (or the only one) is shown.
    public var isOnLastStep: Bool { stepIndex >= stage.steps.count - 1 }

    /// How many of the stage's exercises are not passed yet.
    public var unpassedCount: Int { stage.exercises.filter { status(of: $0) != .passed }.count }

    /// The line under the header on the last step, at most `width` cells: "End of stage 3 · →
    /// next stage: Backpropagation", then how many exercises are still open, in fewer words
    /// (or none) when the line would not fit. Nil on the other steps.
    public func stageEndLine(width: Int) -> Line? {
        guard isOnLastStep else { return nil }
        let spans = [Span("End of stage \(stage.order) · ", style: TutorTheme.muted), onward]
        let left = unpassedCount
        guard left > 0 else { return Line(spans) }
        let used = spans.reduce(0) { $0 + DisplayWidth.width(of: $1.text) }
        let counts = [
            " · \(left) exercise\(left == 1 ? "" : "s") not passed yet (x)", " · \(left) left (x)",
        ]
        guard let count = counts.first(where: { used + DisplayWidth.width(of: $0) <= width }) else {
            return Line(spans)
        }
        return Line(spans + [Span(count, style: Style(foreground: .yellow))])
    }

    /// What comes after this stage, in words.
    private var onward: Span {
        switch nextStage {
        case .ready(let next):
            Span("→ next stage: \(next.title)", style: Style(foreground: .green, attributes: .bold))
        case .unavailable(let number, let title, let reason):
            Span("next: stage \(number), \(title) (\(reason))", style: TutorTheme.muted)
        case .none:
            Span("the last stage; q returns to the curriculum", style: TutorTheme.muted)
        }
    }

    /// `x`: focuses the first exercise not passed yet after the focused one (or from the shown
    /// step on). When only earlier ones are left it goes back to the first and says so; when
    /// every exercise is passed it goes to the last step, where → leads on, and says that.
    mutating func jumpToNextExercise() {
        let exercises = stage.exercises
        guard !exercises.isEmpty else { return }
        let start: Int
        if let focus, cards.indices.contains(focus), case .exercise(let focused) = cards[focus],
            let index = exercises.firstIndex(where: { $0.id == focused.id })
        {
            start = index + 1
        } else {
            let stepOf = exerciseSteps
            start = exercises.firstIndex { (stepOf[$0.id] ?? 0) >= stepIndex } ?? exercises.count
        }
        let statuses = self.statuses
        let isOpen = { (exercise: Exercise) in statuses[exercise.id] != .passed }
        if let target = exercises[start...].first(where: isOpen) {
            reveal(exerciseID: target.id)
        } else if let target = exercises[..<start].first(where: isOpen) {
            reveal(exerciseID: target.id)
            notice = "Back to step \(stepIndex + 1): no exercise after that one is left to pass."
        } else {
            go(to: stage.steps.count - 1)
            let count = exercises.count
            notice =
                (count == 1
                    ? "The exercise of stage \(stage.order) is passed ✓ · "
                    : "All \(count) exercises of stage \(stage.order) are passed ✓ · ") + onward.text
        }
    }

    /// The step index of each exercise, by id.
    private var exerciseSteps: [String: Int] {
        var result: [String: Int] = [:]
        for (index, step) in stage.steps.enumerated() {
            for case .exercise(let exercise) in step.blocks { result[exercise.id] = index }
        }
        return result
    }
}
