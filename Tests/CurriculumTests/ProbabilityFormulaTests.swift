import Foundation
import Grading
import Lessons
import TensorEngine
import Testing

/// Stage 2's formulas and answer keys agree with what the engine computes.
@Suite struct ProbabilityFormulaTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    @Test func theScreeningPosteriorIsBayesTheorem() throws {
        let spec = try CurriculumFixtures.numericSpec("pr-bayes-screening", in: curriculum)
        // 1% prevalence, sensitivity 0.9, false positive rate 0.09, as the prompt says.
        let prior = 0.01
        let truePositive = 0.9 * prior
        let falsePositive = 0.09 * (1 - prior)
        let posterior = truePositive / (truePositive + falsePositive)
        #expect(abs(posterior - 10.0 / 109.0) < 1e-15)
        #expect(abs(spec.answer.flattened[0] - posterior) < 1e-9)
        // The hint's rounded answer passes and the prior alone (a classic mistake) does not.
        #expect(AnswerGrader.gradeNumeric(spec, answer: "0.0917").passed)
        #expect(!AnswerGrader.gradeNumeric(spec, answer: "0.9").passed)
        #expect(!AnswerGrader.gradeNumeric(spec, answer: "0.01").passed)
    }

    @Test func theKLAnswerIsTheEnginesSumAndTheCrossEntropyGap() throws {
        let spec = try CurriculumFixtures.numericSpec("pr-kl-by-hand", in: curriculum)
        let p = Tensor([0.5, 0.5])
        let q = Tensor([0.9, 0.1])
        let kl = try (p * (try p / q).log()).sum().item()
        let crossEntropy = try (p * q.log()).sum().item() * -1
        let entropy = try (p * p.log()).sum().item() * -1
        #expect(abs(Double(kl) - spec.answer.flattened[0]) < 1e-5)
        #expect(abs(Double(crossEntropy - entropy - kl)) < 1e-5)
        #expect(abs(spec.answer.flattened[0] - log(5.0 / 3.0)) < 1e-9)
    }

    @Test func theEntropyReferenceGivesTheTextbookValues() throws {
        let reference = try CurriculumFixtures.reference("pr-entropy", in: curriculum)
        let weights = CaseValue.tensor(shape: [4, 3], values: [1, 0, 0, 1, 1, 0, 1, 1, 1, 3, 3, 3])
        let result = try CurriculumFixtures.numbers(reference.call("entropy", arguments: [weights]))
        let expected = [0, log(2.0), log(3.0), log(3.0)]
        #expect(CurriculumFixtures.largestDifference(result, expected) < 1e-6)
    }

    @Test func theEntropyReferenceIsMinusTheSumOfPLogP() throws {
        let reference = try CurriculumFixtures.reference("pr-entropy", in: curriculum)
        var generator = RandomGenerator(seed: 7)
        let weights = try Tensor.uniform([5, 6], low: 0.1, high: 1, using: &generator)
        let p = try weights / (try weights.sum(axis: 1, keepDims: true))
        let engine = try (p * p.log()).sum(axis: 1) * -1
        let result = try CurriculumFixtures.numbers(
            reference.call("entropy", arguments: [CurriculumFixtures.argument(weights)]))
        #expect(CurriculumFixtures.largestDifference(result, engine.toArray()) < 1e-5)
    }

    @Test(arguments: [(Float(1), Float(1)), (3, 0.5), (1000, 1), (3, 0.01), (2, 4)])
    func theStableSoftmaxReferenceIsTheEnginesSoftmaxWithTemperature(scale: Float, temperature: Float)
        throws
    {
        let reference = try CurriculumFixtures.reference("pr-stable-softmax", in: curriculum)
        let logits = try CurriculumFixtures.randn([4, 5], seed: 11, scale: scale)
        let engine = try (logits / temperature).softmax(axis: 1)
        let result = try CurriculumFixtures.numbers(
            reference.call(
                "stable_softmax",
                arguments: [CurriculumFixtures.argument(logits), .number(Double(temperature))]))
        #expect(CurriculumFixtures.largestDifference(result, engine.toArray()) < 1e-6)
        #expect(engine.toArray().allSatisfy { $0.isFinite })
    }

    @Test func temperatureSharpensAndFlattensAsTheTextSays() throws {
        let logits = Tensor([2, 1, 0.5, -1])
        let cold = try (logits / 0.01).softmax().toArray()
        let hot = try (logits / 1000).softmax().toArray()
        let shifted = try (logits + 100).softmax().toArray()
        let plain = try logits.softmax().toArray()
        #expect(abs(cold[0] - 1) < 1e-6)
        #expect(hot.allSatisfy { abs($0 - 0.25) < 1e-3 })
        #expect(zip(shifted, plain).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    @Test(arguments: [(Float(3), UInt64(1)), (1000, 2), (0.001, 3)])
    func theCrossEntropyReferenceIsTheEnginesMeanCrossEntropy(scale: Float, seed: UInt64) throws {
        let reference = try CurriculumFixtures.reference("pr-cross-entropy", in: curriculum)
        let (batch, classes) = (6, 4)
        let logits = try CurriculumFixtures.randn([batch, classes], seed: seed, scale: scale)
        var generator = RandomGenerator(seed: seed + 100)
        let labels = (0..<batch).map { _ in generator.int(in: 0..<classes) }
        let engine = try Loss.crossEntropy(logits: logits, labels: labels).item()
        // The text's formula: the batch mean of −log softmax at the label.
        let logProbabilities = try logits.logSoftmax(axis: 1).toArray()
        let byFormula =
            -labels.enumerated().map { row, label in Double(logProbabilities[row * classes + label]) }
            .reduce(0, +) / Double(batch)
        let result = try reference.call(
            "cross_entropy_loss",
            arguments: [
                CurriculumFixtures.argument(logits),
                .integerTensor(shape: [batch], values: labels.map(Double.init)),
            ])
        let value = try #require(CurriculumFixtures.numbers(result).first)
        #expect(abs(value - Double(engine)) <= 1e-4 * max(1, abs(Double(engine))))
        #expect(abs(byFormula - Double(engine)) <= 1e-4 * max(1, abs(Double(engine))))
    }

    @Test func theGaussianMLEReferenceIsTheEnginesMeanAndPopulationVariance() throws {
        let reference = try CurriculumFixtures.reference("pr-gaussian-mle", in: curriculum)
        let samples = try CurriculumFixtures.randn([30, 3], seed: 5, scale: 2) + 1
        let result = try reference.call("gaussian_mle", arguments: [CurriculumFixtures.argument(samples)])
        let items = try CurriculumFixtures.items(result, count: 2)
        let mean = try samples.mean(axis: 0).toArray()
        let variance = try samples.variance(axis: 0, ddof: 0).toArray()
        #expect(try CurriculumFixtures.largestDifference(CurriculumFixtures.numbers(items[0]), mean) < 1e-5)
        #expect(
            try CurriculumFixtures.largestDifference(CurriculumFixtures.numbers(items[1]), variance) < 1e-5)
    }

    @Test func theGaussianMLEMaximisesTheLogLikelihood() throws {
        // ℓ(μ, σ²) = −(n/2) log(2πσ²) − ∑(xᵢ − μ)²/(2σ²), as the lesson states: any other (μ, σ²)
        // gives a smaller value than the sample mean and the variance dividing by n.
        let reference = try CurriculumFixtures.reference("pr-gaussian-mle", in: curriculum)
        let column = try CurriculumFixtures.randn([25, 1], seed: 9, scale: 1.5)
        let result = try reference.call("gaussian_mle", arguments: [CurriculumFixtures.argument(column)])
        let items = try CurriculumFixtures.items(result, count: 2)
        let mu = try #require(CurriculumFixtures.numbers(items[0]).first)
        let sigma2 = try #require(CurriculumFixtures.numbers(items[1]).first)
        let xs = column.toArray().map(Double.init)
        func logLikelihood(_ m: Double, _ s2: Double) -> Double {
            -Double(xs.count) / 2 * log(2 * Double.pi * s2) - xs.map { ($0 - m) * ($0 - m) }.reduce(0, +)
                / (2 * s2)
        }
        let best = logLikelihood(mu, sigma2)
        for (dm, ds) in [(0.05, 0.0), (-0.05, 0.0), (0.0, 0.05), (0.0, -0.05), (0.0, sigma2 / 24)] {
            #expect(logLikelihood(mu + dm, sigma2 + ds) < best)
        }
    }
}
