import Grading
import Lessons
import Testing

@Suite struct MLPLabTests {
    func lab(dataset: String = "moons", model: String = "mlp:16", steps: Int = 600) throws -> LabSpec {
        let exercise = try GradingFixtures.exercise(
            """
            id: mlp
            kind: lab
            title: t
            prompt: p
            job: mlp-2d
            dataset: \(dataset)
            model: "\(model)"
            knobs:
              lr: {min: 0.0001, max: 1000, default: 0.001}
              optimizer: {choices: [sgd, momentum, adam, rmsprop], default: sgd}
              activation: {choices: [relu, tanh], default: relu}
            target: {metric: accuracy, above: 0.95}
            budget: {steps: \(steps)}
            solution: {lr: 0.05, optimizer: adam}
            params:
              points: 60
              noise: 0.03
            hints: [h]
            """)
        guard case .lab(let spec) = exercise.kind else { throw GradingFixtures.FixtureError() }
        return spec
    }

    @Test func adamLearnsTheMoonsAndSlowSGDDoesNot() throws {
        let spec = try lab()
        var updates: [LabProgress] = []
        let tuned = LabGrader.standard.grade(
            spec, settings: spec.defaultSettings.merging(spec.solution) { $1 }
        ) {
            updates.append($0)
        }
        #expect(tuned.report.passed, "\(tuned.report.text)")
        #expect((tuned.outcome?.metric ?? 0) >= 0.95)
        #expect(updates.last?.step == tuned.outcome?.steps)
        #expect(updates.allSatisfy { $0.loss.isFinite && $0.budget == 600 })
        let slow = LabGrader.standard.grade(spec, settings: spec.defaultSettings)
        #expect(!slow.report.passed)
        #expect(slow.outcome?.steps == 600)
    }

    @Test func trainingIsDeterministic() throws {
        let spec = try lab(dataset: "spirals", model: "mlp:16,16", steps: 100)
        let settings: [String: KnobValue] = [
            "lr": .number(0.01), "optimizer": .choice("adam"), "activation": .choice("tanh"),
        ]
        let first = LabGrader.standard.grade(spec, settings: settings).outcome
        let second = LabGrader.standard.grade(spec, settings: settings).outcome
        #expect(first != nil)
        #expect(first == second)
    }

    @Test func badDatasetsAndModelsAreClearErrors() throws {
        let unknown = try lab(dataset: "galaxies")
        #expect(
            LabGrader.standard.grade(unknown, settings: unknown.defaultSettings).report.summary
                .contains("unknown dataset 'galaxies'"))
        let badModel = try lab(model: "mlp:zero")
        #expect(
            LabGrader.standard.grade(badModel, settings: badModel.defaultSettings).report.summary
                .contains("model must look like"))
    }

    @Test func datasetsAreBalancedAndReproducible() {
        for name in ToyDataset.names {
            let first = ToyDataset.make(name, perClass: 50, noise: 0.1, seed: 3)
            #expect(first != nil)
            #expect(first == ToyDataset.make(name, perClass: 50, noise: 0.1, seed: 3))
            #expect(first != ToyDataset.make(name, perClass: 50, noise: 0.1, seed: 4))
            #expect(first?.labels.filter { $0 == 1 }.count == 50)
            #expect(first?.points.count == 100)
        }
        #expect(ToyDataset.make("nope", perClass: 5, noise: 0, seed: 0) == nil)
    }
}
