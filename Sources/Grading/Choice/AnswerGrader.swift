import Lessons

/// Grades choice and numeric answers typed by the learner.
public enum AnswerGrader {
    /// Parses a selection such as `b`, `a,c`, `a c` or `1,3` into option indices.
    public static func selection(_ answer: String, optionCount: Int) -> Result<Set<Int>, AnswerError> {
        let tokens = answer.lowercased().split { ", ;[]()".contains($0) }.map(String.init)
        guard optionCount > 0 else { return .failure(AnswerError(message: "the question has no options")) }
        guard !tokens.isEmpty else { return .failure(AnswerError(message: "no option selected")) }
        var chosen: Set<Int> = []
        for token in tokens {
            if let number = Int(token), (1...optionCount).contains(number) {
                chosen.insert(number - 1)
            } else if token.count == 1, let scalar = token.unicodeScalars.first, scalar.isASCII,
                let index = Optional(Int(scalar.value) - 97), (0..<optionCount).contains(index)
            {
                chosen.insert(index)
            } else {
                let last = ChoiceSpec.label(for: optionCount - 1)
                return .failure(AnswerError(message: "'\(token)' is not an option (use a to \(last))"))
            }
        }
        return .success(chosen)
    }

    /// Grades a choice answer, with the feedback of every option picked.
    public static func gradeChoice(_ spec: ChoiceSpec, answer: String) -> GradeReport {
        let chosen: Set<Int>
        switch selection(answer, optionCount: spec.options.count) {
        case .success(let value): chosen = value
        case .failure(let error):
            return GradeReport(passed: false, score: 0, summary: error.message, countsAsAttempt: false)
        }
        if !spec.allowsMultiple && chosen.count > 1 {
            return GradeReport(
                passed: false, score: 0, summary: "pick exactly one option", countsAsAttempt: false)
        }
        let correct = Set(spec.options.indices.filter { spec.options[$0].isCorrect })
        var details: [String] = []
        for index in chosen.sorted() {
            let option = spec.options[index]
            let verdict = option.isCorrect ? "right" : "not right"
            let feedback = option.feedback.map { ": \($0)" } ?? ""
            details.append("(\(ChoiceSpec.label(for: index))) \(verdict)\(feedback)")
        }
        let missed = correct.subtracting(chosen).count
        if spec.allowsMultiple && missed > 0 {
            details.append("\(missed) more correct option\(missed == 1 ? "" : "s") not selected")
        }
        let hits = Double(correct.intersection(chosen).count)
        let wrong = Double(chosen.subtracting(correct).count)
        let passed = chosen == correct
        // Every pick right but one missing is a different mistake from a wrong pick: say which.
        let summary =
            if passed {
                "correct"
            } else if wrong == 0 && missed > 0 {
                (chosen.count == 1 ? "your pick is" : "all \(chosen.count) picks are")
                    + " right, but \(missed) more correct option\(missed == 1 ? " is" : "s are") not selected"
            } else {
                "not correct"
            }
        return GradeReport(
            passed: passed, score: passed ? 1 : (hits - wrong) / Double(max(correct.count, 1)),
            summary: summary, details: details)
    }

    /// Grades a typed number or nested list. The expected value is not revealed, only its shape and
    /// which entry is wrong.
    public static func gradeNumeric(_ spec: NumericSpec, answer: String) -> GradeReport {
        let typed: NumericValue
        do {
            typed = try NumericValue(parsing: answer)
        } catch {
            return GradeReport(
                passed: false, score: 0, summary: "cannot read the answer: \(error.description)",
                countsAsAttempt: false)
        }
        let expectedShape = spec.answer.shape ?? []
        let typedShape = typed.shape ?? []
        guard expectedShape == typedShape else {
            let wanted =
                expectedShape.isEmpty ? "a single number" : "shape \(CaseValue.shapeText(expectedShape))"
            let got = typedShape.isEmpty ? "a single number" : "shape \(CaseValue.shapeText(typedShape))"
            return GradeReport(passed: false, score: 0, summary: "expected \(wanted), got \(got)")
        }
        let expected = spec.answer.flattened
        let values = typed.flattened
        let wrong = expected.indices.filter {
            !ValueComparison.close(values[$0], expected[$0], spec.absoluteTolerance, spec.relativeTolerance)
        }
        guard let first = wrong.first else {
            return GradeReport(passed: true, score: 1, summary: "correct")
        }
        let right = Double(expected.count - wrong.count) / Double(max(expected.count, 1))
        if expectedShape.isEmpty {
            return GradeReport(passed: false, score: 0, summary: "\(typed.text) is not correct")
        }
        return GradeReport(
            passed: false, score: right,
            summary: "\(wrong.count) of \(expected.count) entries are not correct",
            details: ["the first wrong entry is at \(CaseValue.indexText(first, shape: expectedShape))"])
    }
}

/// A typed answer that cannot be understood.
public struct AnswerError: Error, Sendable, Equatable {
    /// What is wrong.
    public let message: String
}
