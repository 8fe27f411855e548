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

    /// Creates a report.
    public init(passed: Bool, score: Double, summary: String, details: [String] = []) {
        self.passed = passed
        self.score = max(0, min(1, score.isFinite ? score : 0))
        self.summary = summary
        self.details = details
    }

    /// The report as printed by `dltutor check`.
    public var text: String {
        ([(passed ? "PASS: " : "FAIL: ") + summary] + details).joined(separator: "\n")
    }
}
