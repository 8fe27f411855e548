import Foundation
import Lessons
import Testing
import TutorApp

/// The learner's answer to the stage-3 momentum exercise, raced in the visualizer as "Yours".
@Suite("Scripted update rule")
struct VisualizerScriptedRuleTests {
    private func momentumSpec() throws -> CodeSpec {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons").path
        let curriculum = try LessonLoader.load(directory: lessons)
        let exercise = try #require(curriculum.exercise(id: "op-momentum-step"))
        guard case .code(let spec) = exercise.kind else {
            Issue.record("op-momentum-step is not a code exercise")
            throw CancellationError()
        }
        return spec
    }

    @Test("the reference momentum step, driven by the rule, follows v ← μv + g, θ ← θ − ηv")
    func referenceFollowsTheFormula() throws {
        let spec = try momentumSpec()
        let rule = try ScriptedUpdateRule.make(source: spec.solution, spec: spec).get()
        var state = CustomRuleState(learningRate: 0.1, momentum: 0.9, beta1: 0.9, beta2: 0.999)
        var point = [1.0, -2.0]
        var velocity = [0.0, 0.0]
        for step in 1...3 {
            state.step = step
            let gradient = [2 * point[0], 4 * point[1]]
            let moved = try rule.rule(point, gradient, &state)
            velocity = zip(velocity, gradient).map { 0.9 * $0 + $1 }
            point = zip(point, velocity).map { $0 - 0.1 * $1 }
            #expect(
                zip(moved, point).allSatisfy { abs($0 - $1) < 1e-5 }, "step \(step): \(moved) vs \(point)")
            point = moved
        }
        #expect(state.slots["v"].map { zip($0, velocity).allSatisfy { abs($0 - $1) < 1e-5 } } == true)
    }

    @Test("code that fails to run, or returns the wrong shape, is reported rather than raced")
    func brokenCodeIsReported() throws {
        let spec = try momentumSpec()
        let broken = ScriptedUpdateRule.make(source: "def momentum_step(theta, g, v, lr, mu)\n", spec: spec)
        #expect(throws: ScriptedUpdateRule.Failure.self) { try broken.get() }
        let missing = ScriptedUpdateRule.make(source: "x = 1\n", spec: spec)
        #expect(throws: ScriptedUpdateRule.Failure.self) { try missing.get() }
        let scalar = try ScriptedUpdateRule.make(
            source: "def momentum_step(theta, g, v, lr, mu):\n    return 0.0, v\n", spec: spec
        ).get()
        var state = CustomRuleState(learningRate: 0.1, momentum: 0.9, beta1: 0.9, beta2: 0.999)
        #expect(throws: ScriptedUpdateRule.Failure.self) { try scalar.rule([1, 2], [0, 0], &state) }
    }
}
