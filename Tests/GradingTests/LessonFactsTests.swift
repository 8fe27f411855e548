import Grading
import Lessons
import Testing

/// The stage-1 lesson's answer keys agree with what the engine computes (CURRICULUM.md: where the
/// lesson states a result, a test checks the engine agrees).
@Suite struct LessonFactsTests {
    let curriculum: Curriculum
    let runner = TensorScriptRunner()

    init() throws {
        curriculum = try LessonLoader.load(directory: GradingFixtures.repositoryLessons)
    }

    func evaluate(_ expression: String) throws -> CaseValue {
        let script = try runner.prepare(
            source: "import numpy as np\ndef fact():\n    return \(expression)\n", forbiddenNames: [],
            fileName: "fact")
        return try script.call("fact", arguments: [])
    }

    func correctOption(_ id: String) throws -> String {
        guard case .choice(let spec) = try #require(curriculum.exercise(id: id)).kind else {
            throw GradingFixtures.FixtureError()
        }
        return try #require(spec.options.first { $0.isCorrect }).text
    }

    @Test func theDotProductAnswerIsWhatTheEngineComputes() throws {
        guard case .numeric(let spec) = try #require(curriculum.exercise(id: "la-dot-by-hand")).kind else {
            throw GradingFixtures.FixtureError()
        }
        let computed = try evaluate("np.dot(np.array([1.0, 2.0, 3.0]), np.array([4.0, -5.0, 6.0]))")
        #expect(computed.numbers == spec.answer.flattened)
    }

    @Test func theMatmulShapeAnswerIsWhatTheEngineComputes() throws {
        let shape = try evaluate("(np.zeros((64, 784)) @ np.zeros((784, 32))).shape")
        #expect(shape == .tuple([.integer(64), .integer(32)]))
        #expect(try correctOption("la-matmul-shape") == "(64, 32)")
    }

    @Test func theBroadcastShapeAnswerIsWhatTheEngineComputes() throws {
        let shape = try evaluate("(np.zeros((3, 1)) + np.zeros(5)).shape")
        #expect(shape == .tuple([.integer(3), .integer(5)]))
        #expect(try correctOption("la-broadcast-shape") == "(3, 5)")
    }

    @Test func theFullRankCaseReallyReturnsTheMatrix() throws {
        // The rank-k exercise's adversarial case expects the full-rank reconstruction to be A itself.
        guard case .code(let spec) = try #require(curriculum.exercise(id: "la-rank-k")).kind else {
            throw GradingFixtures.FixtureError()
        }
        let reference = try runner.prepare(source: spec.solution, forbiddenNames: [], fileName: "reference")
        let matrix: [Double] = [2, 0, 1, 0, 3, 0, 1, 0, 2]
        let rebuilt = try reference.call(
            "rank_k", arguments: [.tensor(shape: [3, 3], values: matrix), .integer(3)])
        #expect(
            ValueComparison.mismatch(
                expected: .tensor(shape: [3, 3], values: matrix), actual: rebuilt, absoluteTolerance: 1e-4,
                relativeTolerance: 0) == nil)
    }
}
