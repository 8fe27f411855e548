import Grading
import Lessons
import Testing

/// Stage 3's labs behave as their prompts and hints say: the defaults fail, the suggested
/// settings pass, and the boundaries the text names are where the engine puts them.
@Suite struct OptimizationLabTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    /// Runs lab `id` with `overrides` typed as on the command line.
    func outcome(_ id: String, _ overrides: [(String, String)]) throws -> (passed: Bool, diverged: Bool) {
        let spec = try CurriculumFixtures.labSpec(id, in: curriculum)
        let settings = try LabGrader.settings(for: spec, overrides: overrides).get()
        let result = LabGrader.standard.grade(spec, settings: settings)
        return (result.report.passed, result.outcome?.diverged ?? false)
    }

    @Test func theValleyDefaultIsTooTimid() throws {
        #expect(try !outcome("op-valley-lr", []).passed)
    }

    @Test(arguments: ["0.06", "0.08", "0.09", "0.095"])
    func rateslittleBelowTheStabilityLimitReachTheValleyTarget(rate: String) throws {
        #expect(try outcome("op-valley-lr", [("lr", rate)]).passed)
    }

    @Test func atTheLimitTheValleyOscillatesAndAboveItDiverges() throws {
        let atLimit = try outcome("op-valley-lr", [("lr", "0.1")])
        #expect(!atLimit.passed && !atLimit.diverged)
        let above = try outcome("op-valley-lr", [("lr", "0.12")])
        #expect(!above.passed && above.diverged)
    }

    @Test func rosenbrocksDefaultIsTooSlow() throws {
        #expect(try !outcome("op-rosenbrock", []).passed)
    }

    @Test(arguments: [
        [("optimizer", "adam"), ("lr", "0.1")], [("optimizer", "adam"), ("lr", "0.03")],
        [("optimizer", "adam"), ("lr", "0.2")], [("optimizer", "momentum"), ("lr", "0.001")],
        [("optimizer", "momentum"), ("lr", "0.002")],
    ])
    func theHintedSettingsReachRosenbrocksMinimum(settings: [(String, String)]) throws {
        #expect(try outcome("op-rosenbrock", settings).passed)
    }

    @Test func tooLargeARateDivergesOnRosenbrock() throws {
        let result = try outcome("op-rosenbrock", [("optimizer", "sgd"), ("lr", "0.01")])
        #expect(!result.passed && result.diverged)
    }
}
