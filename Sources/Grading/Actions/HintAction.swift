import Foundation
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
        let count = exercise.hints.count
        var next = 1
        var errors = ""
        do {
            let store = try ProgressStore(directory: context.dataDirectory, access: .readWrite)
            errors = store.notices.map { "dltutor: \($0)\n" }.joined()
            next = min(store.progress(for: exercise.id).hintsShown + 1, count)
            try store.update(exercise.id) {
                $0.hintsShown = max($0.hintsShown, next)
                $0.firstSeen = $0.firstSeen ?? Date()
            }
        } catch {
            // A hint is still worth showing when progress cannot be written (another dltutor holds
            // the lock): show the next one from what can be read and say it was not remembered.
            let shown = ListAction.readOnlyProgress(context).document.exercises[exercise.id]?.hintsShown ?? 0
            next = min(shown + 1, count)
            errors += "dltutor: this hint was not remembered: \(error)\n"
        }
        var text = "Hint \(next)/\(count): \(exercise.hints[next - 1].trimmingTrailingNewlines)\n"
        if next == count { text += "(that is the last hint)\n" }
        return CommandOutcome(output: text, errors: errors)
    }
}
