import Grading
import Lessons
import Testing

@Suite struct GradientCheckTests {
    /// f(x) = ∑ x², so ∂f/∂x = 2x.
    let runner = SwiftFunctionRunner(functions: [
        "forward": { args throws(ScriptFailure) in
            .number(args[0].numbers?.reduce(0) { $0 + $1 * $1 } ?? .nan)
        },
        "twice": { args throws(ScriptFailure) in
            guard case .tensor(let shape, let values) = args[0] else { return .none }
            return .tensor(shape: shape, values: values.map { 2 * $0 })
        },
        "thrice": { args throws(ScriptFailure) in
            guard case .tensor(let shape, let values) = args[0] else { return .none }
            return .tensor(shape: shape, values: values.map { 3 * $0 })
        },
    ])

    func spec(reference: String) -> CodeSpec {
        CodeSpec(
            function: "grad_f", starter: "", solution: reference,
            dimensions: [DimensionSpec(name: "N", lower: 2, upper: 4)],
            arguments: [ArgumentSpec(name: "x", generator: .normal(shape: [.named("N")]))], hiddenCases: 3,
            fixedCases: [], absoluteTolerance: 1e-6, relativeTolerance: 1e-6, forbiddenNames: [],
            gradientCheck: GradientCheckSpec(
                forwardSource: "forward", forwardFunction: "f", argument: "x", epsilon: 1e-3, tolerance: 1e-4)
        )
    }

    @Test func aCorrectGradientPassesTheFiniteDifferenceCheck() throws {
        let exercise = try GradingFixtures.exercise(
            "id: g\nkind: numeric\ntitle: t\nprompt: p\nanswer: 1\nhints: [h]")
        let report = CodeGrader(runner: runner).grade(
            exercise, spec: spec(reference: "twice"), source: "twice")
        #expect(report.passed, "\(report.text)")
    }

    @Test func aWrongGradientMatchingAWrongReferenceIsStillCaught() throws {
        let exercise = try GradingFixtures.exercise(
            "id: g\nkind: numeric\ntitle: t\nprompt: p\nanswer: 1\nhints: [h]")
        // The reference agrees with the learner here, so only the finite differences can object.
        let report = CodeGrader(runner: runner).grade(
            exercise, spec: spec(reference: "thrice"), source: "thrice")
        #expect(!report.passed)
        #expect(report.details.contains { $0.hasPrefix("gradient check against central differences") })
        #expect(report.details.contains { $0.contains("relative error") })
    }
}
