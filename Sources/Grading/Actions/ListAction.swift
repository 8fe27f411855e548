import Foundation
import Lessons

/// `dltutor list`: stages and their exercises with the learner's status.
public enum ListAction {
    /// The listing; `json` selects the script-friendly form
    /// `{"stages": [{"id", "title", "exercises": [{"id", "kind", "title", "status"}]}]}`.
    public static func run(_ context: TutorContext, json: Bool) -> CommandOutcome {
        let document = readOnlyProgress(context)
        var errors = document.notices.map { "dltutor: \($0)\n" }.joined()
        func status(_ id: String) -> ExerciseStatus { document.document.exercises[id]?.status ?? .notStarted }
        if json {
            // The JSON shape is fixed for scripts, so broken lessons are reported on stderr.
            errors += context.curriculum.problems.map { "broken lesson: \($0)\n" }.joined()
            let listing = Listing(
                stages: context.curriculum.stages.map { stage in
                    Listing.Stage(
                        id: stage.id, title: stage.title,
                        exercises: stage.exercises.map {
                            Listing.Exercise(
                                id: $0.id, kind: $0.kind.name, title: $0.title, status: status($0.id).rawValue
                            )
                        })
                })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let text =
                (try? encoder.encode(listing)).map { String(decoding: $0, as: UTF8.self) }
                ?? "{\"stages\": []}"
            return CommandOutcome(output: text + "\n", errors: errors)
        }
        var lines: [String] = []
        let idWidth = context.curriculum.exercises.map(\.id.count).max() ?? 0
        for stage in context.curriculum.stages {
            let passed = stage.exercises.filter { status($0.id) == .passed }.count
            lines.append(
                "\(stage.order). \(stage.title) [\(stage.id)]  \(passed)/\(stage.exercises.count) passed")
            for exercise in stage.exercises {
                let mark =
                    switch status(exercise.id) {
                    case .passed: "[x]"
                    case .attempted: "[~]"
                    case .notStarted: "[ ]"
                    }
                let kind = exercise.kind.name.padding(toLength: 8, withPad: " ", startingAt: 0)
                let id = exercise.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                lines.append("   \(mark) \(kind) \(id)  \(exercise.title)")
            }
        }
        for problem in context.curriculum.problems {
            lines.append("BROKEN \(problem)")
        }
        return CommandOutcome(output: lines.joined(separator: "\n") + "\n", errors: errors)
    }

    /// Progress for display: read-only, so listing works while a tutor is open; unreadable progress
    /// shows as empty with a notice.
    static func readOnlyProgress(_ context: TutorContext) -> (document: ProgressDocument, notices: [String]) {
        do {
            let store = try ProgressStore(directory: context.dataDirectory, access: .readOnly)
            return (store.document, store.notices)
        } catch {
            return (ProgressDocument(), ["\(error)"])
        }
    }

    private struct Listing: Encodable {
        struct Exercise: Encodable {
            let id: String
            let kind: String
            let title: String
            let status: String
        }
        struct Stage: Encodable {
            let id: String
            let title: String
            let exercises: [Exercise]
        }
        let stages: [Stage]
    }
}
