import Foundation
import TensorEngine
import Testing

@Suite("Trainer")
struct TrainerTests {
    func moons() throws -> DatasetSplit {
        DatasetSplit(
            train: try SyntheticDataset.moons.generate(pointsPerClass: 100, noise: 0.1, seed: 1),
            test: try SyntheticDataset.moons.generate(pointsPerClass: 50, noise: 0.1, seed: 2))
    }

    @Test("an MLP learns the moons and the run reports steps, evaluations and a good fit")
    func learnsMoons() throws {
        let data = try moons()
        let model = try Models.mlp(inputs: 2, hidden: [16, 16], outputs: 2, seed: 4)
        let optimizer = try Adam(parameters: model.parameters(), learningRate: 0.01)
        let trainer = Trainer(
            model: model, optimizer: optimizer, training: data.train, validation: data.test,
            configuration: TrainingConfiguration(budget: .epochs(40), batchSize: 32, seed: 5))
        var steps: [StepProgress] = []
        var evaluations: [EvaluationRecord] = []
        let result = try trainer.run { event in
            switch event {
            case .step(let progress): steps.append(progress)
            case .evaluation(let record): evaluations.append(record)
            }
        }
        #expect(result.stopReason == .budgetReached)
        #expect(result.steps == 40 * 7)
        #expect(steps.map(\.step) == Array(1...280))
        #expect(steps.allSatisfy { $0.batchesPerEpoch == 7 && $0.loss.isFinite && $0.imagesPerSecond > 0 })
        #expect(evaluations.count == 40)
        #expect(try #require(result.validationAccuracy) >= 0.95)
        #expect(result.diagnosis == .goodFit)
        #expect(result.lossHistory.count == 280)
        let early: Float = result.lossHistory.prefix(20).reduce(0, +)
        let late: Float = result.lossHistory.suffix(20).reduce(0, +)
        #expect(late < early / 4)
    }

    @Test("a huge learning rate is stopped as diverged with an explanation naming it")
    func divergence() throws {
        let data = try moons()
        let model = try Models.mlp(inputs: 2, hidden: [16, 16], outputs: 2, seed: 4)
        let optimizer = try SGD(parameters: model.parameters(), learningRate: 1e4)
        let trainer = Trainer(
            model: model, optimizer: optimizer, training: data.train, validation: data.test,
            configuration: TrainingConfiguration(budget: .epochs(20), batchSize: 32))
        let result = try trainer.run()
        guard case .diverged(let divergence) = result.stopReason else {
            Issue.record("expected divergence, got \(result.stopReason)")
            return
        }
        #expect(result.diagnosis == .diverged)
        #expect(divergence.step < 50)
        #expect(divergence.learningRate == 1e4)
        #expect(divergence.explanation.contains("learning rate 10000 is probably too high"))
        #expect(result.explanation.contains("step \(divergence.step)"))
    }

    @Test("the explanation of a NaN loss names the step and the learning rate")
    func nanExplanation() {
        let divergence = Divergence(
            kind: .notANumber, step: 37, loss: .nan, referenceLoss: 2.3, learningRate: 5)
        #expect(
            divergence.explanation
                == "loss became NaN at step 37: the learning rate 5 is probably too high; try 0.5 or less "
                + "(lower again if accuracy then sticks at chance)")
    }

    @Test("stop from the control ends the run after the current step; a step budget is exact")
    func stopAndStepBudget() throws {
        let data = try moons()
        let model = try Models.mlp(inputs: 2, hidden: [8], outputs: 2, seed: 1)
        let control = TrainingControl()
        let trainer = Trainer(
            model: model, optimizer: try SGD(parameters: model.parameters(), learningRate: 0.1),
            training: data.train, validation: data.test,
            configuration: TrainingConfiguration(budget: .epochs(100), batchSize: 16), control: control)
        let stopped = try trainer.run { event in
            if case .step(let progress) = event, progress.step == 5 { control.stop() }
        }
        #expect(stopped.stopReason == .stopped)
        #expect(stopped.steps == 5)
        #expect(control.isStopRequested)

        let budgeted = Trainer(
            model: model, optimizer: try SGD(parameters: model.parameters(), learningRate: 0.1),
            training: data.train, configuration: TrainingConfiguration(budget: .steps(17), batchSize: 16))
        let result = try budgeted.run()
        #expect(result.steps == 17)
        #expect(result.epochsCompleted == 1)
        #expect(result.finalEvaluation == nil)
    }

    @Test("a target accuracy ends the run early")
    func targetAccuracy() throws {
        let data = try moons()
        let model = try Models.mlp(inputs: 2, hidden: [16, 16], outputs: 2, seed: 4)
        let trainer = Trainer(
            model: model, optimizer: try Adam(parameters: model.parameters(), learningRate: 0.01),
            training: data.train, validation: data.test,
            configuration: TrainingConfiguration(
                budget: .epochs(200), batchSize: 32, evaluation: .everySteps(10), targetAccuracy: 0.9))
        let result = try trainer.run()
        guard case .targetReached(let accuracy) = result.stopReason else {
            Issue.record("expected the target to be reached, got \(result.stopReason)")
            return
        }
        #expect(accuracy >= 0.9)
        #expect(result.steps % 10 == 0 && result.steps < 200 * 7)
    }

    @Test("fit diagnosis: underfit, overfit and good fit")
    func diagnosis() {
        let thresholds = FitThresholds(underfitAccuracy: 0.9, overfitGap: 0.05)
        #expect(FitAnalysis.diagnose(training: 0.6, validation: 0.6, thresholds: thresholds) == .underfit)
        #expect(FitAnalysis.diagnose(training: 1.0, validation: 0.8, thresholds: thresholds) == .overfit)
        #expect(FitAnalysis.diagnose(training: 0.97, validation: 0.95, thresholds: thresholds) == .goodFit)
        #expect(
            FitAnalysis.diagnose(training: nil, validation: 0.95, thresholds: thresholds) == .undetermined)
        let text = FitAnalysis.explain(
            stopReason: .budgetReached, diagnosis: .overfit, training: 1, validation: 0.8, steps: 100)
        #expect(text.contains("overfits") && text.contains("80.0%"))
    }

    @Test("a run stuck at chance is told to lower the learning rate, not raise it")
    func stuckAtChance() {
        let flat = [Float](repeating: 2.3026, count: 300)
        #expect(FitAnalysis.isStuckAtChance(training: 0.1, losses: flat, classCount: 10))
        // Still learning: the loss fell well below ln 10.
        let falling = (0..<300).map { Float(2.3) - Float($0) / 200 }
        #expect(!FitAnalysis.isStuckAtChance(training: 0.12, losses: falling, classCount: 10))
        // At ln 10 but above chance: not the stuck case.
        #expect(!FitAnalysis.isStuckAtChance(training: 0.4, losses: flat, classCount: 10))
        let stuck = FitAnalysis.explain(
            stopReason: .budgetReached, diagnosis: .underfit, training: 0.1, validation: 0.1, steps: 300,
            stuckAtChance: true, classCount: 10)
        #expect(stuck.contains("ln 10 ≈ 2.30") && stuck.contains("lower it"))
        #expect(!stuck.contains("raise the learning rate"))
        let slow = FitAnalysis.explain(
            stopReason: .budgetReached, diagnosis: .underfit, training: 0.6, validation: 0.6, steps: 300)
        #expect(slow.contains("raise the learning rate a little") && slow.contains("lower it"))
        // A jump early in the run, or a loss that never settles, points at the rate.
        let spiking = [Float](repeating: 0.7, count: 5) + [40] + [Float](repeating: 0.69, count: 94)
        #expect(FitAnalysis.unstableLoss(spiking)?.contains("jumped from 0.7 to 40") == true)
        let bouncing = [Float(1)] + (0..<99).map { Float($0 % 2 == 0 ? 0.6 : 1.4) }
        #expect(FitAnalysis.unstableLoss(bouncing)?.contains("jumps about") == true)
        #expect(FitAnalysis.unstableLoss((0..<100).map { 2 - Float($0) / 100 }) == nil)
        let jumped = FitAnalysis.explain(
            stopReason: .budgetReached, diagnosis: .underfit, training: 0.5, validation: 0.5, steps: 100,
            unstable: FitAnalysis.unstableLoss(spiking))
        #expect(jumped.contains("Lower it") && !jumped.contains("raise"))
        let passed = FitAnalysis.explain(
            stopReason: .targetReached(accuracy: 0.89), diagnosis: .underfit, training: 0.899,
            validation: 0.89,
            steps: 100)
        #expect(!passed.contains("underfits"), "a run that reached its target gets no advice")
    }

    @Test("invalid configurations throw instead of trapping")
    func invalidConfiguration() throws {
        let data = try moons()
        let model = try Models.mlp(inputs: 2, hidden: [4], outputs: 2)
        let optimizer = try SGD(parameters: model.parameters(), learningRate: 0.1)
        for configuration in [
            TrainingConfiguration(budget: .steps(5), batchSize: 0),
            TrainingConfiguration(budget: .steps(-1)),
            TrainingConfiguration(budget: .seconds(.nan)),
            TrainingConfiguration(budget: .steps(5), evaluation: .everySteps(0)),
        ] {
            let trainer = Trainer(
                model: model, optimizer: optimizer, training: data.train, configuration: configuration)
            #expect(throws: DataError.self) { try trainer.run() }
        }
    }
}

@Suite("Divergence detector")
struct TrainerDivergenceDetectorTests {
    @Test("a loss that keeps rising window after window is reported; a noisy flat one is not")
    func risingTrend() throws {
        var detector = DivergenceDetector(
            policy: DivergencePolicy(windowSize: 10, risingWindows: 3, risingFactor: 2))
        var found: Divergence?
        for step in 1...200 where found == nil {
            // Falls for 50 steps, then climbs by 3% per step.
            let loss: Float = step <= 50 ? 2 - Float(step) * 0.03 : 0.5 * Float(pow(1.03, Double(step - 50)))
            found = detector.check(loss: loss, step: step, learningRate: 0.3)
        }
        let divergence = try #require(found)
        #expect(divergence.kind == .steadilyRising)
        #expect(divergence.explanation.contains("kept rising"))

        var flat = DivergenceDetector(
            policy: DivergencePolicy(windowSize: 10, risingWindows: 3, risingFactor: 2))
        var generator = RandomGenerator(seed: 1)
        for step in 1...500 {
            #expect(flat.check(loss: 0.5 + 0.2 * generator.uniform(), step: step, learningRate: 0.1) == nil)
        }
    }

    @Test("NaN, infinity and a 1000-fold jump are each reported with their kind")
    func kinds() {
        var first = DivergenceDetector()
        #expect(first.check(loss: .nan, step: 1, learningRate: 1)?.kind == .notANumber)
        var second = DivergenceDetector()
        _ = second.check(loss: 2, step: 1, learningRate: 1)
        #expect(second.check(loss: .infinity, step: 2, learningRate: 1)?.kind == .infinite)
        var third = DivergenceDetector()
        _ = third.check(loss: 2, step: 1, learningRate: 1)
        #expect(third.check(loss: 1999, step: 2, learningRate: 1) == nil)
        #expect(third.check(loss: 2001, step: 3, learningRate: 1)?.kind == .exploded)
    }
}

@Suite("Divergence detector near convergence")
struct TrainerConvergedLossTests {
    @Test("a converged loss creeping from 0.001 to 0.004 is not called diverging")
    func tinyRiseIsNotDivergence() {
        var detector = DivergenceDetector(
            policy: DivergencePolicy(windowSize: 10, risingWindows: 3, risingFactor: 2))
        #expect(detector.check(loss: 2.3, step: 1, learningRate: 0.05) == nil)
        for step in 2...200 {
            let loss = 0.001 + Float(step) * 0.000_02
            #expect(detector.check(loss: loss, step: step, learningRate: 0.05) == nil)
        }
    }
}
