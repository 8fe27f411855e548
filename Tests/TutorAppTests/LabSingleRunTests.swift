import Foundation
import Grading
import Lessons
import Plot
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// A job shaped like the image classifier: a loss every 5 steps, the held-out accuracy measured
/// every 50 (NaN before the first), 400 planned steps of a 6000-step budget, the target reached
/// at step 315.
struct HeldOutJob: LabJob {
    let kind = "held-out"

    func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome {
        var accuracy = Double.nan
        for step in stride(from: 5, through: 315, by: 5) {
            let measured = step % 50 == 0 || step == 315
            if measured { accuracy = 0.9 + 0.07 * Double(step) / 315 }
            progress(
                LabProgress(
                    step: step, budget: spec.budgetSteps, metric: accuracy, loss: 1 / Double(step),
                    measure: .heldOutAccuracy, plannedSteps: 400, isMeasured: measured))
        }
        return LabOutcome(metric: 0.97, steps: 315, diverged: false, curve: [], explanation: "Reached it.")
    }
}

@Suite("Lab with a single run")
struct LabSingleRunTests {
    static let spec = LabSpec(
        job: "held-out", dataset: "mnist", model: nil,
        knobs: [
            Knob(name: "lr", domain: .range(lower: 0.0001, upper: 5), defaultValue: .number(0.05)),
            Knob(name: "augmentation", domain: .choices(["off", "on"]), defaultValue: .choice("off")),
        ],
        target: LabTarget(metric: "accuracy", goal: .atLeast, value: 0.97), budgetSteps: 6000, solution: [:],
        parameters: [])

    static func lab(status: ExerciseStatus? = nil, script: [LabRunEvent]? = nil) throws -> LabScreen {
        let runner: any LabRunner =
            if let script {
                ScriptedLabRunner(events: script)
            } else {
                try GradingLabRunner(spec: spec, grader: LabGrader(jobs: [HeldOutJob()]))
            }
        return LabScreen(
            title: "LeNet-5", spec: spec, runner: runner, exerciseStatus: status, theme: .monochrome)
    }

    @Test("the form starts from the learner's last run; a value the knob refuses falls back to its default")
    func lastSettings() throws {
        let runner = ScriptedLabRunner(events: [])
        let reopened = LabScreen(
            title: "LeNet-5", spec: Self.spec, runner: runner, lastSettings: "lr=0.5 augmentation=on",
            theme: .monochrome)
        #expect(reopened.settings["lr"] == .number(0.5) && reopened.settings["augmentation"] == .choice("on"))
        let stale = LabScreen(
            title: "LeNet-5", spec: Self.spec, runner: runner, lastSettings: "lr=900 gone=1 augmentation",
            theme: .monochrome)
        #expect(stale.settings == Self.spec.defaultSettings)
    }

    @Test("a held-out accuracy is drawn and named as one, from its measured points only")
    func heldOut() throws {
        var lab = try Self.lab()
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        #expect(lab.metricSeries.count == 0)
        #expect(lab.validationSeries.count == 7)
        #expect(lab.validationSeries.nonFiniteCount == 0)
        let screen = lab.rendered(width: 160, height: 50).text
        #expect(screen.contains("o held-out 0.97"), "\(screen)")
        #expect(screen.contains("held-out accuracy 0.97"))
        #expect(!screen.contains("NaN") && !screen.contains("+ train"), "\(screen)")
        // The bar ends at the planned steps; the budget is in the target.
        #expect(screen.contains("step 315/400"))
        #expect(screen.contains("accuracy >= 0.97 within 6000 steps"))
    }

    @Test("the x-axis follows the steps taken, not the budget")
    func axisFollowsSteps() throws {
        var lab = try Self.lab()
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        let screen = lab.rendered(width: 160, height: 50).text
        let ticks = screen.components(separatedBy: "\n").filter { $0.contains(" 0 ") && $0.contains("300") }
        #expect(!ticks.isEmpty, "\(screen)")
        #expect(!screen.contains("5000") && !screen.contains("3000"), "\(screen)")
    }

    @Test("a long knob name keeps a space before its value")
    func knobSpacing() throws {
        var lab = try Self.lab()
        lab.replay([.moveSelection(1)])
        let screen = lab.rendered(width: 80, height: 24).text
        #expect(screen.contains("augmentation ◂ off ▸"), "\(screen)")
        let longer = LabSpec(
            job: "held-out", dataset: "mnist", model: nil,
            knobs: [
                Knob(
                    name: "learning_rate_decay", domain: .range(lower: 0, upper: 1),
                    defaultValue: .number(0.5))
            ],
            target: Self.spec.target, budgetSteps: 10, solution: [:], parameters: [])
        let cut = LabScreen(
            title: "t", spec: longer, runner: ScriptedLabRunner(events: []), theme: .monochrome)
        #expect(cut.rendered(width: 80, height: 24).text.contains("learning_rat… 0.5"))
    }

    static let failing: [LabRunEvent] = [
        .progress(LabRunProgress(step: 5, budget: 100, loss: 2.3, validationMetric: 0.1, elapsedSeconds: 1)),
        .finished(LabRunEnd(metric: 0.1, steps: 5, diverged: false)),
    ]
    static let passing: [LabRunEvent] = [
        .progress(LabRunProgress(step: 5, budget: 100, loss: 0.1, validationMetric: 0.98, elapsedSeconds: 1)),
        .finished(LabRunEnd(metric: 0.98, steps: 5, diverged: false)),
    ]

    static func titleBar(_ lab: LabScreen) -> String {
        lab.rendered(width: 100, height: 30).text.components(separatedBy: "\n")[0]
    }

    @Test("the title bar keeps a passed exercise passed and shows the last run apart")
    func header() throws {
        var passed = try Self.lab(status: .passed, script: Self.failing)
        #expect(Self.titleBar(passed).contains("ready · passed before ✓"))
        passed.replay(LabScreenTests.runBackground(passed.update(.start)))
        #expect(Self.titleBar(passed).contains("last run: not passed · passed before ✓"))
        #expect(passed.exerciseStatus == .passed)

        var fresh = try Self.lab(status: .notStarted, script: Self.failing)
        fresh.replay(LabScreenTests.runBackground(fresh.update(.start)))
        #expect(Self.titleBar(fresh).hasSuffix("last run: not passed "))
        #expect(fresh.exerciseStatus == .attempted)

        var stopped = try Self.lab(status: .notStarted, script: Self.failing)
        _ = stopped.update(.start)
        stopped.replay([.stop])
        #expect(Self.titleBar(stopped).hasSuffix("last run: stopped "))
        #expect(stopped.exerciseStatus == .notStarted, "a stopped run is no attempt")

        var winning = try Self.lab(status: .attempted, script: Self.passing)
        winning.replay(LabScreenTests.runBackground(winning.update(.start)))
        #expect(Self.titleBar(winning).hasSuffix(" passed ✓ "))
        #expect(winning.exerciseStatus == .passed)
    }
}
