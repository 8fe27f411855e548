/// The outcome of grading one answer: pass or fail, a score, and feedback lines to print.
public struct GradeReport: Sendable, Equatable {
    /// Whether the answer passes.
    public let passed: Bool
    /// Between 0 and 1 (fraction of cases passed, or the lab's progress toward the target).
    public let score: Double
    /// One line saying how it went ("7/20 cases passed").
    public let summary: String
    /// Details a learner can act on: the failing case, expected vs actual, the error with its caret.
    public let details: [String]
    /// False when the answer could not be read at all (`abc` for a number, `z` for an option):
    /// a typo is not an attempt, so the count and status stay as they were.
    public let countsAsAttempt: Bool

    /// Creates a report.
    public init(
        passed: Bool, score: Double, summary: String, details: [String] = [], countsAsAttempt: Bool = true
    ) {
        self.passed = passed
        self.score = max(0, min(1, score.isFinite ? score : 0))
        self.summary = summary
        self.details = details
        self.countsAsAttempt = countsAsAttempt || passed
    }

    /// The report as printed by `dltutor check`.
    public var text: String {
        ([(passed ? "PASS: " : "FAIL: ") + summary] + details).joined(separator: "\n")
    }
}
