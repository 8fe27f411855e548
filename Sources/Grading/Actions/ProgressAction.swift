import Foundation
import Lessons

/// `dltutor progress`: a summary, or `--export FILE` / `--import FILE`.
public enum ProgressAction {
    /// Prints per-stage counts and the overall total.
    public static func summary(_ context: TutorContext) -> CommandOutcome {
        let (document, notices) = ListAction.readOnlyProgress(context)
        var lines: [String] = []
        var passedTotal = 0
        var total = 0
        for stage in context.curriculum.stages {
            let statuses = stage.exercises.map { document.exercises[$0.id]?.status ?? .notStarted }
            let passed = statuses.filter { $0 == .passed }.count
            let attempted = statuses.filter { $0 == .attempted }.count
            passedTotal += passed
            total += statuses.count
            lines.append(
                "\(stage.order). \(stage.title): \(passed)/\(statuses.count) passed"
                    + (attempted > 0 ? ", \(attempted) in progress" : ""))
        }
        let attempts = document.exercises.values.reduce(0) { $0 + $1.attempts }
        lines.append("Total: \(passedTotal)/\(total) exercises passed, \(attempts) attempts")
        lines.append(
            "Progress file: \((context.dataDirectory as NSString).appendingPathComponent("progress.json"))")
        return CommandOutcome(
            output: lines.joined(separator: "\n") + "\n", errors: notices.map { "dltutor: \($0)\n" }.joined())
    }

    /// Writes the progress file's contents to `file` (atomically).
    public static func export(_ context: TutorContext, to file: String) -> CommandOutcome {
        do {
            let store = try ProgressStore(directory: context.dataDirectory, access: .readOnly)
            try AtomicFile.write(try store.encoded(), to: file)
            return CommandOutcome(
                output: "Exported \(store.document.exercises.count) exercise records to \(file)\n",
                errors: store.notices.map { "dltutor: \($0)\n" }.joined())
        } catch {
            return .progressFailure(error)
        }
    }

    /// Merges the progress in `file` into the learner's (furthest status, most recent answer win).
    public static func importing(_ context: TutorContext, from file: String) -> CommandOutcome {
        do {
            let imported = try ProgressStore.readDocument(at: file)
            let store = try ProgressStore(directory: context.dataDirectory, access: .readWrite)
            try store.merge(imported)
            return CommandOutcome(
                output: "Imported \(imported.exercises.count) exercise records from \(file)\n",
                errors: store.notices.map { "dltutor: \($0)\n" }.joined())
        } catch {
            return .progressFailure(error)
        }
    }
}
