import Grading
import Lessons
import Testing

@Suite struct LabTests {
    func lab(
        surface: String = "bowl", metric: String = "distance", steps: Int = 500, start: String = "[1, 1]"
    )
        throws -> LabSpec
    {
        let exercise = try GradingFixtures.exercise(
            """
            id: lab
            kind: lab
            title: t
            prompt: p
            job: optimize-2d
            dataset: \(surface)
            knobs:
              lr: {min: 0.00001, max: 10, default: 0.001}
              optimizer: {choices: [sgd, momentum, nesterov, rmsprop, adam], default: sgd}
            target: {metric: \(metric), below: 0.001}
            budget: {steps: \(steps)}
            solution: {lr: 0.1}
            params:
              start: \(start)
            hints: [h]
            """)
        guard case .lab(let spec) = exercise.kind else { throw GradingFixtures.FixtureError() }
        return spec
    }

    @Test func sgdOnTheBowlConvergesAndStopsEarly() throws {
        let spec = try lab()
        var updates: [LabProgress] = []
        let result = LabGrader.standard.grade(
            spec, settings: ["lr": .number(0.1), "optimizer": .choice("sgd")]
        ) {
            updates.append($0)
        }
        #expect(result.report.passed, "\(result.report.text)")
        let outcome = try #require(result.outcome)
        // x_t = 0.8^t * x_0; |x_t| = 0.8^t √2 <= 0.001 first at t = 33.
        #expect(outcome.steps == 33)
        #expect(!outcome.diverged)
        #expect(updates.last?.step == 33)
        #expect(updates.map(\.step) == updates.map(\.step).sorted())
        #expect(result.report.summary.hasPrefix("target reached: distance = "))
    }

    @Test func tooSmallALearningRateMissesTheTarget() throws {
        let spec = try lab()
        let result = LabGrader.standard.grade(spec, settings: spec.defaultSettings)
        #expect(!result.report.passed)
        #expect(result.report.summary.hasPrefix("target not reached"))
        #expect(result.outcome?.steps == 500)
        #expect(result.report.score > 0 && result.report.score < 1)
    }

    @Test func divergenceIsReportedAsSuch() throws {
        let spec = try lab()
        let result = LabGrader.standard.grade(
            spec, settings: ["lr": .number(5), "optimizer": .choice("sgd")])
        #expect(!result.report.passed)
        #expect(result.outcome?.diverged == true)
        #expect(result.report.summary.contains("diverged"))
    }

    @Test func adamReachesRosenbrocksMinimum() throws {
        let spec = try lab(surface: "rosenbrock", metric: "distance", steps: 5000, start: "[-1.5, 2]")
        let adam = LabGrader.standard.grade(
            spec, settings: ["lr": .number(0.02), "optimizer": .choice("adam")])
        let sgd = LabGrader.standard.grade(
            spec, settings: ["lr": .number(0.0001), "optimizer": .choice("sgd")])
        #expect(adam.report.passed, "\(adam.report.text)")
        #expect(!sgd.report.passed)
    }

    @Test func everyOptimizerDescendsTheValley() throws {
        let spec = try lab(surface: "valley", metric: "gap", steps: 3000, start: "[3, 1]")
        for name in ["sgd", "momentum", "nesterov", "rmsprop", "adam"] {
            let result = LabGrader.standard.grade(
                spec, settings: ["lr": .number(0.01), "optimizer": .choice(name)])
            #expect(result.report.passed, "\(name): \(result.report.text)")
        }
    }

    @Test func knobOverridesAreValidated() throws {
        let spec = try lab()
        let settings = try LabGrader.settings(for: spec, overrides: [("lr", "0.5")]).get()
        #expect(settings["lr"] == .number(0.5))
        #expect(settings["optimizer"] == .choice("sgd"))
        #expect(throws: KnobError.self) {
            try LabGrader.settings(for: spec, overrides: [("speed", "1")]).get()
        }
        #expect(throws: KnobError.self) {
            try LabGrader.settings(for: spec, overrides: [("lr", "100")]).get()
        }
    }

    @Test func unknownSurfacesAndJobsAreClearErrors() throws {
        let unknownSurface = try lab(surface: "volcano")
        let report = LabGrader.standard.grade(unknownSurface, settings: unknownSurface.defaultSettings).report
        #expect(report.summary.contains("unknown surface 'volcano'"))
        let noJobs = LabGrader(jobs: [])
        #expect(
            noJobs.grade(unknownSurface, settings: [:]).report.summary.contains("cannot run lab jobs of kind")
        )
    }

    @Test func surfaceGradientsMatchFiniteDifferences() {
        for surface in TestSurface.all {
            for (x, y) in [(0.3, -0.7), (-1.2, 1.5), (2.0, 0.25)] {
                let h = 1e-6
                let (gx, gy) = surface.gradient(x, y)
                let nx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h)
                let ny = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h)
                #expect(abs(gx - nx) <= 1e-4 * max(1, abs(nx)), "\(surface.name) x")
                #expect(abs(gy - ny) <= 1e-4 * max(1, abs(ny)), "\(surface.name) y")
            }
            #expect(surface.value(surface.minimum.x, surface.minimum.y) == 0)
        }
    }
}

@Suite struct TwoDOptimizerTests {
    @Test func oneStepOfEachRuleMatchesItsFormula() {
        let g = (2.0, -4.0)
        var sgd = TwoDOptimizer(rule: .sgd, learningRate: 0.1)
        #expect(sgd.step((1, 1), gradient: g) == (0.8, 1.4))
        var momentum = TwoDOptimizer(rule: .momentum, learningRate: 0.1, momentum: 0.5)
        _ = momentum.step((0, 0), gradient: g)
        // v = 0.5·(2, −4) + (2, −4) = (3, −6) on the second step.
        let second = momentum.step((0, 0), gradient: g)
        #expect(abs(second.0 + 0.3) < 1e-12 && abs(second.1 - 0.6) < 1e-12)
        var nesterov = TwoDOptimizer(rule: .nesterov, learningRate: 0.1, momentum: 0.5)
        // v = g; step along g + μv = 1.5g.
        let look = nesterov.step((0, 0), gradient: g)
        #expect(abs(look.0 + 0.3) < 1e-12 && abs(look.1 - 0.6) < 1e-12)
        var adam = TwoDOptimizer(rule: .adam, learningRate: 0.1)
        // Bias correction makes Adam's first step lr·sign(g) (up to ε).
        let first = adam.step((0, 0), gradient: g)
        #expect(abs(first.0 + 0.1) < 1e-6 && abs(first.1 - 0.1) < 1e-6)
        var rmsprop = TwoDOptimizer(rule: .rmsprop, learningRate: 0.01, alpha: 0.99)
        // s = 0.01·g², so the step is lr·g/(0.1|g|) = 0.1·sign(g).
        let scaled = rmsprop.step((0, 0), gradient: g)
        #expect(abs(scaled.0 + 0.1) < 1e-6 && abs(scaled.1 - 0.1) < 1e-6)
    }
}

@Suite struct LabCancellationTests {
    @Test func aCancelledRunStopsAtOnceAndSaysSo() throws {
        let exercise = try GradingFixtures.exercise(
            """
            id: lab
            kind: lab
            title: t
            prompt: p
            job: optimize-2d
            dataset: rosenbrock
            knobs:
              lr: {min: 0.00001, max: 1, default: 0.0001}
            target: {metric: distance, below: 0.0001}
            budget: {steps: 100000}
            solution: {lr: 0.001}
            hints: [h]
            """)
        guard case .lab(let spec) = exercise.kind else { throw GradingFixtures.FixtureError() }
        var reports = 0
        let result = LabGrader.standard.grade(
            spec, settings: spec.defaultSettings, isCancelled: { reports >= 3 },
            progress: { _ in reports += 1 })
        let outcome = try #require(result.outcome)
        #expect(outcome.cancelled)
        #expect(outcome.steps == 3000)
        #expect(!result.report.passed)
        #expect(result.report.summary == "the run was stopped at step 3000")
        let uncancelled = try Optimize2DJob().run(spec, settings: spec.defaultSettings) { _ in }
        #expect(!uncancelled.cancelled)
        #expect(uncancelled.steps == 100_000)
    }
}
