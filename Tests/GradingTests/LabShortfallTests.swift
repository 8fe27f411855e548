import Foundation
import Grading
import Lessons
import Testing

/// Why a lab run fell short: still improving at the end, or level and underfitting.
@Suite struct LabShortfallTests {
    @Test func aLossStillFallingAtTheEndMeansTheRunWasTooSlow() {
        let losses = (0..<100).map { 2 * pow(0.99, Double($0)) }
        let text = LabShortfall.explain(losses: losses)
        #expect(
            text
                == "Still improving when the budget ran out: the loss fell from 0.818 (step 90) to 0.739 (step 100)."
        )
    }

    @Test func aLevelLossWithLowTrainingAccuracyIsUnderfitting() {
        let losses = (0..<100).map { $0 < 20 ? 1.0 - Double($0) * 0.01 : 0.693 }
        #expect(
            LabShortfall.explain(losses: losses, trainingAccuracy: 0.5)
                == "Underfitting: the loss levelled off near 0.693 over the last 10 steps and training accuracy "
                + "is only 0.5.")
        // The engine's fit analysis calls 90% and more no underfit; without an accuracy it cannot tell.
        #expect(
            LabShortfall.explain(losses: losses, trainingAccuracy: 0.93)
                == "Stuck: the loss levelled off near 0.693 over the last 10 steps.")
        #expect(LabShortfall.explain(losses: losses)?.hasPrefix("Stuck:") == true)
    }

    @Test func unclearLossesExplainNothing() {
        #expect(LabShortfall.explain(losses: [1, 0.5, 0.2]) == nil)
        // A loss that only grows is no longer unclear: it is the rate's doing.
        #expect(
            LabShortfall.explain(losses: (0..<50).map { 1 + Double($0) * 0.1 })?.contains("too large") == true
        )
        #expect(LabShortfall.explain(losses: (0..<50).map { $0 == 49 ? .nan : 1 }) == nil)
    }

    func spirals(hidden: Int, steps: Int) throws -> LabSpec {
        let exercise = try GradingFixtures.exercise(
            """
            id: spirals
            kind: lab
            title: t
            prompt: p
            job: mlp-2d
            dataset: spirals
            model: "mlp:\(hidden),\(hidden)"
            knobs:
              lr: {min: 0.0001, max: 2, default: 0.01}
              optimizer: {choices: [sgd, momentum, adam, rmsprop], default: adam}
            target: {metric: accuracy, above: 0.95}
            budget: {steps: \(steps)}
            solution: {lr: 0.01}
            params:
              points: 100
            hints: [h]
            """)
        guard case .lab(let spec) = exercise.kind else { throw GradingFixtures.FixtureError() }
        return spec
    }

    @Test func theJobsSayWhyTheirRunsFellShort() throws {
        let narrow = try spirals(hidden: 2, steps: 600)
        let underfit = LabGrader.standard.grade(narrow, settings: narrow.defaultSettings)
        #expect(!underfit.report.passed)
        let why = try #require(underfit.outcome?.explanation)
        #expect(why.hasPrefix("Underfitting: the loss levelled off near 0.693"), "\(why)")
        #expect(underfit.report.details.contains(why), "`dltutor check` prints it too")
        let wide = try spirals(hidden: 32, steps: 3000)
        let slow = LabGrader.standard.grade(
            wide, settings: ["lr": .number(0.01), "optimizer": .choice("sgd")])
        #expect(
            slow.outcome?.explanation?.hasPrefix("Still improving when the budget ran out") == true,
            "\(slow.report.text)")
        // A passing run needs no excuse.
        let passed = LabGrader.standard.grade(wide, settings: wide.defaultSettings)
        #expect(passed.report.passed && passed.outcome?.explanation == nil)
    }

    @Test func theValleyAtATimidRateIsStillImproving() throws {
        let exercise = try GradingFixtures.exercise(
            """
            id: valley
            kind: lab
            title: t
            prompt: p
            job: optimize-2d
            dataset: valley
            knobs:
              lr: {min: 0.001, max: 0.5, default: 0.01}
            target: {metric: distance, below: 0.001}
            budget: {steps: 150}
            solution: {lr: 0.09}
            params:
              start: [-2.8, 1.2]
            hints: [h]
            """)
        guard case .lab(let spec) = exercise.kind else { throw GradingFixtures.FixtureError() }
        let timid = LabGrader.standard.grade(spec, settings: spec.defaultSettings)
        #expect(
            timid.outcome?.explanation
                == "Still improving when the budget ran out: the loss fell from 0.26 (step 135) to 0.192 (step 150)."
        )
        let bouncing = LabGrader.standard.grade(spec, settings: ["lr": .number(0.1)])
        #expect(
            bouncing.outcome?.explanation == "Stuck: the loss levelled off near 14.4 over the last 15 steps.")
    }
}
