import Foundation
import Lessons

/// What every non-interactive command works with: the lessons, where progress lives, and the
/// graders.
public struct TutorContext: Sendable {
    /// The loaded curriculum (broken lessons are in `curriculum.problems`).
    public let curriculum: Curriculum
    /// The data directory (progress, lock, workspace).
    public let dataDirectory: String
    /// The grader for every kind.
    public let grader: Grader

    /// Creates a context.
    public init(curriculum: Curriculum, dataDirectory: String, grader: Grader) {
        self.curriculum = curriculum
        self.dataDirectory = dataDirectory
        self.grader = grader
    }

    /// The workspace of code exercises.
    public var workspace: Workspace { Workspace(dataDirectory: dataDirectory) }

    /// The exercise with `id`, or an outcome explaining that there is none (with close matches).
    public func exercise(_ id: String) -> Result<Exercise, CommandFailure> {
        if let exercise = curriculum.exercise(id: id) { return .success(exercise) }
        let ids = curriculum.exercises.map(\.id)
        let close = ids.filter { $0.contains(id) || id.contains($0) || Self.distance($0, id) <= 3 }.prefix(3)
        let suggestion =
            close.isEmpty ? " (see `dltutor list`)" : "; did you mean \(close.joined(separator: ", "))?"
        var message = "no exercise '\(id)'\(suggestion)"
        if !curriculum.problems.isEmpty {
            message +=
                "\n\(curriculum.problems.count) lesson file(s) failed to load; run `dltutor lint` for details"
        }
        return .failure(CommandFailure(message: message))
    }

    /// Levenshtein distance, for "did you mean".
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// A command that cannot proceed, with the message to print.
public struct CommandFailure: Error, Sendable, Equatable {
    /// What to tell the user.
    public let message: String

    /// Creates a failure.
    public init(message: String) {
        self.message = message
    }

    /// As an outcome with exit status 2.
    public var outcome: CommandOutcome {
        CommandOutcome(errors: "dltutor: \(message)\n", exitCode: CommandOutcome.usageError)
    }
}
