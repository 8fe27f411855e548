import Lessons

/// `dltutor hint ID`: the next hint, remembering how many were shown.
public enum HintAction {
    /// Shows the next hint (the last one again once all were shown).
    public static func run(_ context: TutorContext, id: String) -> CommandOutcome {
        let exercise: Exercise
        switch context.exercise(id) {
        case .success(let found): exercise = found
        case .failure(let failure): return failure.outcome
        }
        let store: ProgressStore
        do {
            store = try ProgressStore(directory: context.dataDirectory, access: .readWrite)
        } catch {
            return .progressFailure(error)
        }
        let count = exercise.hints.count
        let next = min(store.progress(for: exercise.id).hintsShown + 1, count)
        var errors = store.notices.map { "dltutor: \($0)\n" }.joined()
        do {
            try store.update(exercise.id) { $0.hintsShown = max($0.hintsShown, next) }
        } catch {
            errors += "dltutor: could not remember the hint: \(error)\n"
        }
        var text = "Hint \(next)/\(count): \(exercise.hints[next - 1].trimmingTrailingNewlines)\n"
        if next == count { text += "(that is the last hint)\n" }
        return CommandOutcome(output: text, errors: errors)
    }
}
