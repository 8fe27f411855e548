import Grading
import Lessons
import Testing

@Suite struct CodeGraderTests {
    let exercise: Exercise
    let spec: CodeSpec
    let runner = SwiftFunctionRunner(functions: [
        "reference": { args throws(ScriptFailure) in SwiftFunctionRunner.add(args) },
        "correct": { args throws(ScriptFailure) in SwiftFunctionRunner.add(args) },
        "transposed": { args throws(ScriptFailure) in
            guard case .tensor(let shape, let values) = SwiftFunctionRunner.add(args), shape.count == 2 else {
                return .none
            }
            return .tensor(shape: [shape[1], shape[0]], values: values)
        },
        "off on big values": { args throws(ScriptFailure) in
            let sum = SwiftFunctionRunner.add(args)
            guard case .tensor(let shape, let values) = sum else { return sum }
            return .tensor(shape: shape, values: values.map { abs($0) > 100 ? $0 + 1 : $0 })
        },
        "raises": { _ throws(ScriptFailure) in
            throw ScriptFailure(
                kind: .error(name: "ValueError"),
                message:
                    "line 2, column 12: ValueError: operands could not be broadcast together with shapes (3,2) (3,)\n    return a + b\n             ^"
            )
        },
    ])

    init() throws {
        exercise = try GradingFixtures.exercise(
            """
            id: add-arrays
            kind: code
            title: Add
            prompt: Add.
            function: add
            starter: "def add(a, b):\\n    return None"
            solution: reference
            dims:
              B: int(2, 4)
              D: int(2, 5)
            args:
              a: randn(B, D)
              b: randn(B, D)
            cases: 6
            fixed:
              - label: large values
                args:
                  a: randn(B, D) * 1000
                adversarial: true
            forbidden: [sum]
            hints: [h]
            """.replacingOccurrences(
                of: "solution: reference", with: "solution: \"def add(a, b):\\n    return a\""))
        guard case .code(let code) = exercise.kind else { throw GradingFixtures.FixtureError() }
        // The runner keys sources by name, so grade with a spec whose solution is "reference".
        spec = CodeSpec(
            function: code.function, starter: code.starter, solution: "reference",
            dimensions: code.dimensions,
            arguments: code.arguments, hiddenCases: code.hiddenCases, fixedCases: code.fixedCases,
            absoluteTolerance: code.absoluteTolerance, relativeTolerance: code.relativeTolerance,
            forbiddenNames: code.forbiddenNames, gradientCheck: nil)
    }

    func grade(_ source: String) -> GradeReport {
        CodeGrader(runner: runner).grade(exercise, spec: spec, source: source)
    }

    @Test func correctCodePassesEveryCase() {
        let report = grade("correct")
        #expect(report.passed)
        #expect(report.summary == "7/7 cases passed")
        #expect(report.details.isEmpty)
    }

    @Test func wrongShapeShowsTheInputsAndTheShapes() {
        let report = grade("transposed")
        #expect(!report.passed)
        #expect(report.summary.hasSuffix("/7 cases passed"))
        #expect(report.details[0].hasPrefix("First failure: random case 1 (B="))
        #expect(report.details[1] == "inputs to add(a, b):")
        #expect(report.details[2].hasPrefix("  a = array([["))
        // Rows continue on the next lines, under the first row.
        #expect(report.details[2].contains(",\n             ["))
        #expect(report.details.contains { $0.hasPrefix("shape of the result: expected (") })
    }

    @Test func theAdversarialCaseIsNamedWhenItIsTheOneThatFails() {
        let report = grade("off on big values")
        #expect(!report.passed)
        #expect(report.summary == "6/7 cases passed")
        #expect(report.details[0].hasPrefix("First failure: hidden adversarial case \"large values\""))
        #expect(report.details.contains { $0.hasPrefix("first difference at the result[") })
        #expect(report.score == 6.0 / 7.0)
    }

    @Test func errorsKeepTheirCaret() {
        let report = grade("raises")
        #expect(!report.passed)
        #expect(report.summary == "0/7 cases passed")
        #expect(report.details.contains("error:"))
        #expect(report.details.contains("               ^"))
    }

    @Test func forbiddenNamesAreReportedBeforeRunning() {
        let report = grade("correct + sum(x)")
        #expect(!report.passed)
        #expect(report.summary == "`sum` is not allowed in this exercise")
    }

    @Test func syntaxErrorsAreShownWithTheirCaret() {
        let report = grade("syntax error here")
        #expect(report.summary == "the code does not run")
        #expect(report.details == ["SyntaxError: bad\n  x = = 1\n      ^"])
    }

    @Test func gradingIsDeterministic() {
        #expect(grade("transposed") == grade("transposed"))
        #expect(grade("off on big values") == grade("off on big values"))
    }

    @Test func aBrokenReferenceIsReportedAsALessonProblem() {
        let broken = CodeSpec(
            function: spec.function, starter: spec.starter, solution: "raises", dimensions: spec.dimensions,
            arguments: spec.arguments, hiddenCases: 2, fixedCases: [], absoluteTolerance: 1e-4,
            relativeTolerance: 1e-4, forbiddenNames: [], gradientCheck: nil)
        let report = CodeGrader(runner: runner).grade(exercise, spec: broken, source: "correct")
        #expect(report.summary.contains("a lesson problem, not yours"))
    }
}
