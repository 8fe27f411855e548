import Grading
import Lessons
import Testing

/// The shipped stages 1-3 follow CURRICULUM.md's conventions: 6-12 steps, at least five graded
/// exercises of mixed kinds, the listed exercises, a visualization, and lint-clean exercises.
@Suite struct CurriculumStructureTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    /// The stage ids of the first three stages and the exercises CURRICULUM.md lists for them.
    static let requiredExercises: [String: [String]] = [
        "linear-algebra": [
            "la-matmul-shape", "la-dot-by-hand", "la-linear-forward", "la-batched-cosine",
            "la-pairwise-sq-dists", "la-power-iteration", "la-rank-k",
        ],
        "probability": [
            "pr-bayes-screening", "pr-gaussian-mle", "pr-entropy", "pr-cross-entropy", "pr-stable-softmax",
            "pr-which-loss",
        ],
        "optimization": [
            "op-central-diff", "op-quadratic-grad", "op-momentum-step", "op-adam-step", "op-valley-lr",
            "op-rosenbrock",
        ],
    ]

    @Test func stagesOneToThreeLoadWithoutProblems() {
        let ours = curriculum.problems.filter { problem in
            let name = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
            return ["01-", "02-", "03-"].contains { name.hasPrefix($0) }
        }
        #expect(ours.map(\.description) == [])
    }

    @Test(arguments: ["linear-algebra", "probability", "optimization"])
    func eachStageHasSixToTwelveSteps(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        #expect((6...12).contains(stage.steps.count), "\(stageID) has \(stage.steps.count) steps")
    }

    @Test(arguments: ["linear-algebra", "probability", "optimization"])
    func eachStageHasFiveGradedExercisesOfMixedKinds(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        #expect(stage.exercises.count >= 5)
        let kinds = Set(stage.exercises.map(\.kind.name))
        #expect(kinds.count >= 3, "\(stageID) uses only \(kinds.sorted())")
        #expect(kinds.contains("code"))
    }

    @Test(arguments: ["linear-algebra", "probability", "optimization"])
    func eachStageHasTheExercisesTheCurriculumLists(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        let present = Set(stage.exercises.map(\.id))
        for id in Self.requiredExercises[stageID] ?? [] {
            #expect(present.contains(id), "\(stageID) lacks \(id)")
        }
    }

    @Test(arguments: ["linear-algebra", "probability", "optimization"])
    func eachStageHasAVisualization(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        #expect(!stage.visualizations.isEmpty)
    }

    /// The visual kinds the tutor app draws (`VisualScreen.visualID` of the lesson visuals, and the
    /// gradient-descent visualizer), and the surfaces the visualizer knows.
    static let drawableKinds: Set<String> = [
        "linear-map", "svd-digit", "sampling-histogram", "likelihood", "softmax-temperature",
        "gradient-descent",
    ]
    static let surfaces: Set<String> = ["bowl", "valley", "rosenbrock", "saddle", "beale"]

    @Test(arguments: ["linear-algebra", "probability", "optimization"])
    func everyVisualizationIsOfAKindTheTutorDraws(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        for visual in stage.visualizations {
            #expect(Self.drawableKinds.contains(visual.kind), "\(visual.id) has kind \(visual.kind)")
            guard visual.kind == "gradient-descent" else { continue }
            guard case .mapping(let entries, _) = visual.parameters,
                let surface = entries.first(where: { $0.key == "surface" }),
                case .scalar(let name, _, _) = surface.value
            else {
                Issue.record("\(visual.id) names no surface")
                continue
            }
            #expect(Self.surfaces.contains(name), "\(visual.id) uses unknown surface \(name)")
        }
    }

    @Test func theStageThreeVisualizerAppearsInSeveralSteps() throws {
        let stage = try #require(curriculum.stage(id: "optimization"))
        let descent = stage.visualizations.filter { $0.kind == "gradient-descent" }
        #expect(descent.count >= 3)
    }

    @Test(arguments: ["probability", "optimization"])
    func everyCodeExerciseHasHintsAndAnAdversarialCase(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        for exercise in stage.exercises {
            #expect(
                (2...3).contains(exercise.hints.count), "\(exercise.id) has \(exercise.hints.count) hints")
            guard case .code(let spec) = exercise.kind else { continue }
            #expect(spec.fixedCases.contains { $0.isAdversarial }, "\(exercise.id) has no adversarial case")
            #expect(spec.hiddenCases >= 10, "\(exercise.id) runs only \(spec.hiddenCases) random cases")
        }
    }

    @Test func stagesOneToThreeLintClean() throws {
        let grader = Grader(runner: DefaultScriptRunner.make())
        let files = Set(
            ["linear-algebra", "probability", "optimization"].compactMap { curriculum.stage(id: $0)?.file })
        let problems = LessonLinter.problems(in: curriculum, grader: grader) { files.contains($0.file) }
            .filter { files.contains($0.file) }
        #expect(problems.map(\.description) == [])
    }
}
