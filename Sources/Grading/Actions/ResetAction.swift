import Foundation
import Lessons

/// `dltutor reset ID|--all`: forget progress (code files go back to the starter, the old file kept
/// as `.bak`).
public enum ResetAction {
    /// Resets `ids` (or everything when `all`), after `confirm` returns true for the question.
    public static func run(_ context: TutorContext, ids: [String], all: Bool, confirm: (String) -> Bool)
        -> CommandOutcome
    {
        guard all != !ids.isEmpty else {
            return CommandFailure(message: "name exercises to reset, or use --all (not both)").outcome
        }
        var exercises: [Exercise] = []
        for id in ids {
            switch context.exercise(id) {
            case .success(let found): exercises.append(found)
            case .failure(let failure): return failure.outcome
            }
        }
        let question =
            all
            ? "Reset ALL progress (every status, attempt, hint count; code files go back to their starters)?"
            : "Reset \(ids.joined(separator: ", "))?"
        guard confirm(question) else {
            return CommandOutcome(output: "Nothing was reset.\n", exitCode: CommandOutcome.failure)
        }
        let store: ProgressStore
        do {
            store = try ProgressStore(directory: context.dataDirectory, access: .readWrite)
        } catch {
            return .progressFailure(error)
        }
        if all { exercises = context.curriculum.exercises }
        var lines: [String] = []
        do {
            try store.reset(ids: all ? nil : ids)

            for exercise in exercises {
                guard case .code(let spec) = exercise.kind else { continue }
                let path = context.workspace.path(for: exercise)
                guard FileManagerProbe.exists(path) else { continue }
                if let backup = try context.workspace.restoreStarter(for: exercise, starter: spec.starter) {
                    lines.append("\(path): starter restored (your code is in \(backup))")
                }
            }
        } catch {
            return .progressFailure(error)
        }
        if all {
            // A full reset starts the learner over, so the tutor's places go too.
            for name in DataDirectory.placeFileNames {
                let path = (context.dataDirectory as NSString).appendingPathComponent(name)
                guard FileManagerProbe.exists(path) else { continue }
                if (try? FileManager.default.removeItem(atPath: path)) == nil {
                    lines.append("\(path): could not be removed; the tutor may still open where you were")
                }
            }
        }
        lines.insert(all ? "All progress was reset." : "Reset \(ids.joined(separator: ", ")).", at: 0)
        return CommandOutcome(output: lines.joined(separator: "\n") + "\n")
    }
}
