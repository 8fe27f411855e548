import Foundation

/// Where a learner stands on one exercise.
public enum ExerciseStatus: String, Codable, Sendable, Comparable {
    /// Never attempted.
    case notStarted
    /// Attempted, not passed yet.
    case attempted
    /// Passed at least once.
    case passed

    private var rank: Int {
        switch self {
        case .notStarted: 0
        case .attempted: 1
        case .passed: 2
        }
    }

    /// Orders statuses by progress (`notStarted < attempted < passed`).
    public static func < (lhs: ExerciseStatus, rhs: ExerciseStatus) -> Bool { lhs.rank < rhs.rank }
}

/// Everything remembered about one exercise.
public struct ExerciseProgress: Codable, Sendable, Equatable {
    /// Current status.
    public var status: ExerciseStatus = .notStarted
    /// Number of graded attempts.
    public var attempts: Int = 0
    /// Best score reached, 0...1.
    public var bestScore: Double = 0
    /// The most recent answer (code, typed answer or lab settings), so nothing typed is ever lost.
    public var lastAnswer: String?
    /// How many hints have been shown.
    public var hintsShown: Int = 0
    /// When the learner first did something with the exercise.
    public var firstSeen: Date?
    /// When the last attempt was graded.
    public var lastAttempt: Date?
    /// When the exercise was first passed.
    public var passedAt: Date?

    /// A record of an untouched exercise.
    public init() {}

    /// Records a graded attempt made at `date` (only the answer, for an unreadable one: see
    /// `GradeReport.countsAsAttempt`).
    public mutating func recordAttempt(answer: String, report: GradeReport, at date: Date) {
        lastAnswer = answer
        guard report.countsAsAttempt else { return }
        attempts += 1
        bestScore = max(bestScore, report.score)
        firstSeen = firstSeen ?? date
        lastAttempt = date
        if report.passed {
            status = .passed
            passedAt = passedAt ?? date
        } else if status == .notStarted {
            status = .attempted
        }
    }

    /// Combines two records of the same exercise (for `progress --import`), keeping the furthest
    /// status and counts and the most recent answer.
    public func merged(with other: ExerciseProgress) -> ExerciseProgress {
        var result = self
        result.status = max(status, other.status)
        result.attempts = max(attempts, other.attempts)
        result.bestScore = max(bestScore, other.bestScore)
        result.hintsShown = max(hintsShown, other.hintsShown)
        result.firstSeen = [firstSeen, other.firstSeen].compactMap { $0 }.min()
        result.passedAt = [passedAt, other.passedAt].compactMap { $0 }.min()
        if (other.lastAttempt ?? .distantPast) > (lastAttempt ?? .distantPast) {
            result.lastAttempt = other.lastAttempt
            result.lastAnswer = other.lastAnswer ?? lastAnswer
        } else {
            result.lastAnswer = lastAnswer ?? other.lastAnswer
        }
        return result
    }
}

/// The whole progress file.
public struct ProgressDocument: Codable, Sendable, Equatable {
    /// The schema this build writes. Older files are read and upgraded; newer ones are moved aside.
    public static let currentSchemaVersion = 1

    /// The schema version of the file.
    public var schemaVersion: Int
    /// Progress by exercise id.
    public var exercises: [String: ExerciseProgress]

    /// An empty document at the current schema.
    public init(exercises: [String: ExerciseProgress] = [:]) {
        schemaVersion = Self.currentSchemaVersion
        self.exercises = exercises
    }
}
