import Lessons

/// `dltutor solution ID`: the reference answer, once the exercise is passed (or with `--force`).
public enum SolutionAction {
    /// Shows the solution; refuses with exit status 1 before a pass unless `force` is set.
    public static func run(_ context: TutorContext, id: String, force: Bool) -> CommandOutcome {
        let exercise: Exercise
        switch context.exercise(id) {
        case .success(let found): exercise = found
        case .failure(let failure): return failure.outcome
        }
        let progress =
            ListAction.readOnlyProgress(context).document.exercises[exercise.id] ?? ExerciseProgress()
        var errors = ""
        if progress.status != .passed {
            guard force else {
                return CommandOutcome(
                    errors:
                        "dltutor: solve \(exercise.id) first (or use --force to see the solution anyway)\n",
                    exitCode: CommandOutcome.failure)
            }
            errors =
                "warning: showing the solution of an exercise you have not passed yet; "
                + "trying it yourself first is how it sticks\n"
        }
        let text: String
        switch exercise.kind {
        case .choice(let spec):
            text = spec.options.enumerated().filter { $0.element.isCorrect }
                .map { "\(ChoiceSpec.label(for: $0.offset))) \($0.element.text)" }.joined(separator: "\n")
        case .numeric(let spec):
            text = spec.answer.text
        case .code(let spec):
            text = spec.solution.trimmingTrailingNewlines
        case .lab(let spec):
            text = spec.knobs.compactMap { knob in spec.solution[knob.name].map { "--set \(knob.name)=\($0)" }
            }
            .joined(separator: " ")
        }
        return CommandOutcome(output: text + "\n", errors: errors)
    }
}
