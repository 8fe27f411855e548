import Foundation
import Grading
import Lessons
import TensorEngine
import Testing

/// Stage 1's statements agree with the engine: the linear layer is `F.linear`, power iteration
/// finds `eigh`'s top eigenvector, the rank-k error is the discarded singular values, and the
/// distance and cosine formulas hold.
@Suite struct LinearAlgebraFormulaTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    @Test func theLinearLayerReferenceIsTheEnginesLinear() throws {
        let reference = try CurriculumFixtures.reference("la-linear-forward", in: curriculum)
        let inputs = try CurriculumFixtures.randn([5, 4], seed: 31)
        let weight = try CurriculumFixtures.randn([3, 4], seed: 32)
        let bias = try CurriculumFixtures.randn([3], seed: 33)
        let engine = try inputs.linear(weight: weight, bias: bias)
        let result = try reference.call(
            "linear_forward", arguments: [inputs, weight, bias].map(CurriculumFixtures.argument))
        #expect(
            try CurriculumFixtures.largestDifference(CurriculumFixtures.numbers(result), engine.toArray())
                < 1e-5)
        #expect(result.shape == [5, 3])
    }

    @Test func powerIterationFindsTheTopEigenvectorOfEigh() throws {
        let reference = try CurriculumFixtures.reference("la-power-iteration", in: curriculum)
        let matrix = try CurriculumFixtures.randn([5, 3], seed: 34)
        let gram = try matrix.matmul(matrix.transpose())
        let (values, vectors) = try gram.eigh()
        // eigh sorts ascending: the last column belongs to the largest eigenvalue.
        let n = 5
        let top = (0..<n).map { Double(vectors.toArray()[$0 * n + n - 1]) }
        let eigenvalues = values.toArray()
        #expect(eigenvalues[n - 1] > 1.2 * eigenvalues[n - 2], "the test needs a clear spectral gap")
        let result = try CurriculumFixtures.numbers(
            reference.call(
                "power_iteration", arguments: [CurriculumFixtures.argument(matrix), .integer(300)]))
        // Eigenvectors are defined up to sign; compare |v · top|, which is 1 for the same direction.
        let alignment = abs(zip(result, top).map { $0 * $1 }.reduce(0, +))
        #expect(abs(alignment - 1) < 1e-4)
    }

    @Test func theRankKErrorIsTheDiscardedSingularValues() throws {
        // The lesson: ‖A − Aₖ‖_F = √(σₖ₊₁² + …).
        let reference = try CurriculumFixtures.reference("la-rank-k", in: curriculum)
        let matrix = try CurriculumFixtures.randn([6, 4], seed: 35)
        let singular = try matrix.svd().s.toArray().map(Double.init)
        let entries = matrix.toArray().map(Double.init)
        for k in 1...4 {
            let approximation = try CurriculumFixtures.numbers(
                reference.call("rank_k", arguments: [CurriculumFixtures.argument(matrix), .integer(k)]))
            let error = zip(entries, approximation).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
            let discarded = singular.dropFirst(k).map { $0 * $0 }.reduce(0, +).squareRoot()
            #expect(abs(error - discarded) < 1e-4)
        }
    }

    @Test func pairwiseDistancesAgreeWithTheExpansion() throws {
        // ‖x − y‖² = ‖x‖² + ‖y‖² − 2x·y, computed here in double precision from the same inputs.
        let reference = try CurriculumFixtures.reference("la-pairwise-sq-dists", in: curriculum)
        let first = try CurriculumFixtures.randn([4, 3], seed: 36)
        let second = try CurriculumFixtures.randn([5, 3], seed: 37)
        let result = try CurriculumFixtures.numbers(
            reference.call("pairwise_sq_dists", arguments: [first, second].map(CurriculumFixtures.argument)))
        let x = first.toArray().map(Double.init)
        let y = second.toArray().map(Double.init)
        var expected: [Double] = []
        for i in 0..<4 {
            for j in 0..<5 {
                let row = Array(x[(i * 3)..<(i * 3 + 3)])
                let column = Array(y[(j * 3)..<(j * 3 + 3)])
                let dot = zip(row, column).map { $0 * $1 }.reduce(0, +)
                expected.append(
                    row.map { $0 * $0 }.reduce(0, +) + column.map { $0 * $0 }.reduce(0, +) - 2 * dot)
            }
        }
        #expect(CurriculumFixtures.largestDifference(result, expected) < 1e-5)
    }

    @Test func cosineSimilarityIsTheAngleAndZeroForAZeroRow() throws {
        let reference = try CurriculumFixtures.reference("la-batched-cosine", in: curriculum)
        // Rows: parallel, perpendicular, opposite, a zero row.
        let first = CaseValue.tensor(shape: [4, 2], values: [1, 2, 1, 0, 3, -1, 0, 0])
        let second = CaseValue.tensor(shape: [4, 2], values: [2, 4, 0, 5, -6, 2, 1, 1])
        let result = try CurriculumFixtures.numbers(
            reference.call("cosine_similarity", arguments: [first, second]))
        #expect(CurriculumFixtures.largestDifference(result, [1, 0, -1, 0] as [Double]) < 1e-6)
    }

    @Test func theDotProductAnswerIsTheEnginesDot() throws {
        let spec = try CurriculumFixtures.numericSpec("la-dot-by-hand", in: curriculum)
        let dot = try Tensor([1, 2, 3]).dot(Tensor([4, -5, 6])).item()
        #expect(Double(dot) == spec.answer.flattened[0])
    }
}
