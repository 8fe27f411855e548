import Lessons

/// `dltutor show ID`: an exercise's prompt as plain text, with what is needed to answer it.
public enum ShowAction {
    /// The exercise as text.
    public static func run(_ context: TutorContext, id: String) -> CommandOutcome {
        let exercise: Exercise
        switch context.exercise(id) {
        case .success(let found): exercise = found
        case .failure(let failure): return failure.outcome
        }
        var lines = [
            "\(exercise.title)  [\(exercise.id), \(exercise.kind.name)]", "",
            exercise.prompt.trimmingTrailingNewlines,
        ]
        switch exercise.kind {
        case .choice(let spec):
            lines.append("")
            for (index, option) in spec.options.enumerated() {
                lines.append("  \(ChoiceSpec.label(for: index))) \(option.text)")
            }
            lines.append("")
            lines.append(
                spec.allowsMultiple
                    ? "Answer with: dltutor check \(exercise.id) --answer LETTERS   (every correct option, e.g. a,c)"
                    : "Answer with: dltutor check \(exercise.id) --answer LETTER")
        case .numeric(let spec):
            let shape = spec.answer.shape ?? []
            lines.append("")
            lines.append(
                shape.isEmpty
                    ? "Answer with: dltutor check \(exercise.id) --answer NUMBER"
                    : "Answer with: dltutor check \(exercise.id) --answer \"[[...], ...]\"   (shape \(CaseValue.shapeText(shape)))"
            )
        case .code(let spec):
            // Showing a code exercise is its first use: put the starter in the workspace so the
            // learner can open it in an editor straight away.
            let path: String
            do {
                path = try context.workspace.ensureFile(for: exercise, starter: spec.starter)
            } catch {
                return CommandFailure(message: "\(error)").outcome
            }
            lines += [
                "", "Write `\(spec.function)` in TensorScript (Python with NumPy names).",
                "Your file: \(path)  (grade it with `dltutor check \(exercise.id)`)",
            ]
            if !spec.forbiddenNames.isEmpty {
                lines.append("Not allowed: \(spec.forbiddenNames.joined(separator: ", "))")
            }
            lines += ["", "Starter:", spec.starter.trimmingTrailingNewlines]
        case .lab(let spec):
            lines += ["", "Knobs (change with --set name=value):"]
            for knob in spec.knobs {
                let domain =
                    switch knob.domain {
                    case .range(let lower, let upper):
                        "\(NumericValue.format(lower)) to \(NumericValue.format(upper))"
                    case .choices(let choices): choices.joined(separator: " | ")
                    }
                lines.append("  \(knob.name) = \(knob.defaultValue)   (\(domain))")
            }
            lines.append("Target: \(spec.target.text) within \(spec.budgetSteps) steps")
        }
        return CommandOutcome(output: lines.joined(separator: "\n") + "\n")
    }
}

extension String {
    /// The string without trailing newlines (YAML block scalars end with one).
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
