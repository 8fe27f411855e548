import Lessons

/// Grades a code exercise: runs the learner's function and the reference on the same seeded cases.
public struct CodeGrader: Sendable {
    /// Runs TensorScript.
    public let runner: any ScriptRunner

    /// Creates a grader using `runner`.
    public init(runner: any ScriptRunner) {
        self.runner = runner
    }

    /// Grades `source` for `exercise` (which must be a code exercise); error reports call the
    /// source `fileName`.
    public func grade(_ exercise: Exercise, spec: CodeSpec, source: String, fileName: String = "your code")
        -> GradeReport
    {
        let learner: any PreparedScript
        do {
            learner = try runner.prepare(
                source: source, forbiddenNames: spec.forbiddenNames, fileName: fileName)
        } catch {
            if case .forbiddenName(let name) = error.kind {
                return GradeReport(
                    passed: false, score: 0, summary: "`\(name)` is not allowed in this exercise",
                    details: [error.message])
            }
            return GradeReport(
                passed: false, score: 0, summary: "the code does not run", details: [error.message])
        }
        let reference: any PreparedScript
        let cases: [GradingCase]
        do {
            reference = try runner.prepare(
                source: spec.solution, forbiddenNames: [], fileName: "reference solution of \(exercise.id)")
            cases = try CaseGenerator.cases(for: spec, exerciseID: exercise.id)
        } catch {
            return lessonProblem("\(error)")
        }
        var passed = 0
        var firstFailure: [String]?
        var hitLimit = false
        for gradingCase in cases {
            // Once the learner's code hits a sandbox limit (usually an endless loop), running the
            // remaining cases would only repeat the wait: count them as failed.
            if hitLimit { continue }
            let arguments = gradingCase.arguments.map(\.value)
            let expected: CaseValue
            do {
                expected = try reference.call(spec.function, arguments: arguments)
            } catch {
                return lessonProblem(
                    "the reference solution fails on case \(gradingCase.index + 1): \(error.message)")
            }
            var problem: [String]?
            do {
                let actual = try learner.call(spec.function, arguments: arguments)
                if let mismatch = ValueComparison.mismatch(
                    expected: expected, actual: actual, absoluteTolerance: spec.absoluteTolerance,
                    relativeTolerance: spec.relativeTolerance)
                {
                    problem = mismatch.lines
                } else if let check = spec.gradientCheck, gradingCase.index < 3 {
                    problem = gradientProblem(check, spec: spec, gradingCase: gradingCase, actual: actual)
                }
            } catch {
                if case .error(name: "LimitError") = error.kind { hitLimit = true }
                problem =
                    ["error:"]
                    + error.message.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
            }
            if let problem {
                if firstFailure == nil { firstFailure = describe(gradingCase, spec: spec) + problem }
            } else {
                passed += 1
            }
        }
        let total = cases.count
        let summary = "\(passed)/\(total) cases passed"
        return GradeReport(
            passed: passed == total, score: total == 0 ? 0 : Double(passed) / Double(total), summary: summary,
            details: firstFailure ?? [])
    }

    /// The heading and inputs of a failing case.
    func describe(_ gradingCase: GradingCase, spec: CodeSpec) -> [String] {
        let dims = gradingCase.dimensions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let sizes = dims.isEmpty ? "" : " (\(dims.joined(separator: ", ")))"
        let heading: String
        if let label = gradingCase.label {
            heading =
                gradingCase.isAdversarial
                ? "First failure: hidden adversarial case \"\(label)\"\(sizes)"
                : "First failure: case \"\(label)\"\(sizes)"
        } else {
            heading = "First failure: random case \(gradingCase.index + 1)\(sizes)"
        }
        let call = "\(spec.function)(\(gradingCase.arguments.map(\.name).joined(separator: ", ")))"
        return [heading, "inputs to \(call):"]
            + gradingCase.arguments.map { "  \($0.name) = \($0.value.summary(column: $0.name.count + 5))" }
    }

    private func lessonProblem(_ message: String) -> GradeReport {
        GradeReport(
            passed: false, score: 0, summary: "this exercise is broken (a lesson problem, not yours)",
            details: [message])
    }
}
