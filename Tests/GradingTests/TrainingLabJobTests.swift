import Grading
import Lessons
import Testing

/// The training lab jobs of stages 5-6 on tiny budgets: they run, report progress, stop when
/// cancelled, explain a diverged run and refuse labs they cannot run.
@Suite struct TrainingLabJobTests {
    /// A lab of job `job` with the given YAML lines for knobs, target, budget and params.
    func lab(_ job: String, model: String? = nil, body: String) throws -> LabSpec {
        let exercise = try GradingFixtures.exercise(
            """
            id: training-lab
            kind: lab
            title: t
            prompt: p
            job: \(job)
            dataset: mnist
            \(model.map { "model: \($0)" } ?? "")
            \(body)
            hints: [h]
            """)
        guard case .lab(let spec) = exercise.kind else { throw GradingFixtures.FixtureError() }
        return spec
    }

    func classifier(lr: Double = 0.05, steps: Int = 12) throws -> LabSpec {
        try lab(
            "image-classifier", model: "lenet5",
            body: """
                knobs:
                  lr: {min: 0.0001, max: 1000, default: \(lr)}
                  epochs: {min: 1, max: 5, default: 2}
                  batch: {min: 1, max: 64, default: 16}
                  optimizer: {choices: [sgd, momentum, adam], default: momentum}
                target: {metric: accuracy, above: 0.97}
                budget: {steps: \(steps)}
                solution: {lr: 0.05}
                params:
                  train_per_class: 10
                """)
    }

    @Test func theStandardGraderKnowsTheTrainingJobs() {
        let kinds = Set(LabGrader.standard.jobs.keys)
        #expect(kinds.isSuperset(of: ["image-classifier", "augmentation-comparison", "plain-vs-residual"]))
    }

    @Test func aShortClassifierRunReportsProgressAndStopsAtTheStepBudget() throws {
        let spec = try classifier()
        var updates: [LabProgress] = []
        let result = LabGrader.standard.grade(spec, settings: spec.defaultSettings) { updates.append($0) }
        let outcome = try #require(result.outcome)
        #expect(!result.report.passed)
        #expect(outcome.steps == 12)
        #expect(!outcome.diverged && !outcome.cancelled)
        #expect((0...1).contains(outcome.metric))
        #expect(!updates.isEmpty && updates.allSatisfy { $0.budget == 12 })
        #expect(outcome.explanation?.isEmpty == false)
        // A held-out accuracy, measured only at evaluations: the step reports between them
        // repeat the last one (NaN before the first) and say they are not measurements.
        #expect(updates.allSatisfy { $0.measure == .heldOutAccuracy && $0.run == nil })
        #expect(updates.filter(\.isMeasured).allSatisfy { $0.metric.isFinite })
        #expect(updates.contains { !$0.isMeasured })
        #expect(updates.allSatisfy { $0.plannedSteps == 12 })
    }

    @Test func aHugeLearningRateDivergesWithAnExplanation() throws {
        let spec = try classifier(lr: 500, steps: 60)
        var updates: [LabProgress] = []
        let result = LabGrader.standard.grade(spec, settings: spec.defaultSettings) { updates.append($0) }
        let outcome = try #require(result.outcome)
        #expect(outcome.diverged)
        // The live curve gets every step up to the one that blew up, that one included.
        #expect(!updates.isEmpty)
        #expect(updates.map(\.step) == Array(1...(updates.last?.step ?? 0)))
        #expect(updates.last.map { !$0.loss.isFinite || $0.loss > 10 * (updates.first?.loss ?? 0) } == true)
        #expect(!result.report.passed)
        #expect(result.report.summary.contains("diverged"))
        #expect(result.report.details.contains { $0 == outcome.explanation })
    }

    @Test func aCancelledRunStopsAtOnce() throws {
        let spec = try classifier()
        let result = LabGrader.standard.grade(
            spec, settings: spec.defaultSettings, isCancelled: { true }, progress: { _ in })
        let outcome = try #require(result.outcome)
        #expect(outcome.cancelled)
        #expect(outcome.steps <= 1)
        #expect(!result.report.passed)
    }

    @Test func anUnknownModelOrMetricIsALabProblem() throws {
        let wrongModel = try lab(
            "image-classifier", model: "vgg",
            body: """
                knobs:
                  lr: {min: 0.0001, max: 1, default: 0.05}
                target: {metric: accuracy, above: 0.97}
                budget: {steps: 5}
                solution: {lr: 0.05}
                """)
        let result = LabGrader.standard.grade(wrongModel, settings: wrongModel.defaultSettings)
        #expect(result.outcome == nil)
        #expect(result.report.summary.contains("lenet5 or resnet"))
        let wrongMetric = try lab(
            "augmentation-comparison",
            body: """
                knobs:
                  lr: {min: 0.0001, max: 1, default: 0.05}
                target: {metric: accuracy, above: 0.5}
                budget: {steps: 5}
                solution: {lr: 0.05}
                """)
        let refused = LabGrader.standard.grade(wrongMetric, settings: wrongMetric.defaultSettings)
        #expect(refused.outcome == nil)
        #expect(refused.report.summary.contains("gain"))
    }

    @Test func missingFashionMNISTSaysHowToInstallIt() throws {
        let spec = try lab(
            "image-classifier", model: "lenet5",
            body: """
                knobs:
                  lr: {min: 0.0001, max: 1, default: 0.002}
                target: {metric: accuracy, above: 0.89}
                budget: {steps: 5}
                solution: {lr: 0.002}
                """
        ).replacingDataset(with: "fashion")
        let grader = LabGrader(jobs: [ImageClassifierJob(fashionDirectory: "/nonexistent/fashion-mnist")])
        let result = grader.grade(spec, settings: spec.defaultSettings)
        #expect(result.outcome == nil)
        #expect(result.report.summary.contains("apt-get install dataset-fashion-mnist"))
    }

    @Test func theAugmentationComparisonReportsTheGainOfTwoRuns() throws {
        let spec = try lab(
            "augmentation-comparison",
            body: """
                knobs:
                  lr: {min: 0.0001, max: 1, default: 0.05}
                  epochs: {min: 1, max: 5, default: 1}
                target: {metric: gain, above: 0}
                budget: {steps: 20}
                solution: {lr: 0.05}
                params:
                  per_class: 3
                """)
        var updates: [LabProgress] = []
        let result = LabGrader.standard.grade(spec, settings: spec.defaultSettings) { updates.append($0) }
        let outcome = try #require(result.outcome)
        #expect(outcome.curve.count == 2)
        #expect(abs(outcome.metric - (outcome.curve[1] - outcome.curve[0])) < 1e-12)
        #expect(outcome.explanation?.contains("without augmentation") == true)
        // One comparison of the two runs, not the trainer's advice for each.
        #expect(outcome.explanation?.contains("Training accuracy") == true)
        #expect(outcome.explanation?.contains("The model overfits") == false)
        #expect(result.report.passed == (outcome.metric > 0))
        // Each run's progress counts its own steps against the budget of one run, and says
        // which run it is and that its number is that run's held-out accuracy.
        #expect(updates.map { $0.run?.name }.first == "no augmentation")
        #expect(updates.map { $0.run?.name }.last == "augmentation")
        #expect(updates.allSatisfy { $0.step <= 20 && $0.budget == 20 && $0.measure == .heldOutAccuracy })
        #expect(updates.allSatisfy { ($0.plannedSteps ?? 0) <= 20 })
        #expect(outcome.runSteps.count == 2 && outcome.runSteps.reduce(0, +) == outcome.steps)
        let steps = outcome.runSteps.map(String.init).joined(separator: " + ")
        #expect(result.report.summary.hasSuffix("after \(steps) steps"), "\(result.report.summary)")
        #expect(result.report.details.contains("target: gain >= 0 within 20 steps per run"))
        // The gain in points is rounded (it printed "5.49999 points").
        let points = try #require(outcome.explanation?.firstMatch(of: /gain (-?[0-9.]+) points/)?.1)
        #expect(points.split(separator: ".").last.map { $0.count <= 3 } ?? true, "\(points)")
    }

    @Test(arguments: ["loss_gap", "grad_ratio"])
    func plainAgainstResidualMeasuresBothNetworks(metric: String) throws {
        let spec = try lab(
            "plain-vs-residual",
            body: """
                knobs:
                  lr: {min: 0.0001, max: 1, default: 0.05}
                  blocks: {min: 1, max: 3, default: 1}
                target: {metric: \(metric), above: 1000}
                budget: {steps: 3}
                solution: {lr: 0.05}
                params:
                  train_per_class: 5
                """)
        var updates: [LabProgress] = []
        let result = LabGrader.standard.grade(spec, settings: spec.defaultSettings) { updates.append($0) }
        let outcome = try #require(result.outcome)
        #expect(outcome.metric.isFinite)
        #expect(outcome.steps == 6)
        #expect(outcome.runSteps == [3, 3])
        #expect(result.report.summary.hasSuffix("after 3 + 3 steps"), "\(result.report.summary)")
        #expect(Set(updates.compactMap { $0.run?.name }) == ["plain", "residual"])
        #expect(updates.allSatisfy { $0.step <= 3 && $0.run?.count == 2 })
        #expect(outcome.explanation?.contains("8 weight layers") == true)
        #expect(!result.report.passed)
        if metric == "grad_ratio" { #expect(outcome.metric > 0) }
    }
}

extension LabSpec {
    /// The same lab on another dataset.
    fileprivate func replacingDataset(with dataset: String) -> LabSpec {
        LabSpec(
            job: job, dataset: dataset, model: model, knobs: knobs, target: target, budgetSteps: budgetSteps,
            solution: solution, parameters: parameters)
    }
}
