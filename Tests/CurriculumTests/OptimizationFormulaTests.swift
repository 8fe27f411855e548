import Foundation
import Grading
import Lessons
import TensorEngine
import Testing

/// Stage 3's update rules and answer keys agree with the engine's optimizers, autograd and
/// schedules.
@Suite struct OptimizationFormulaTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    /// Applies `steps` updates of `optimizer` to `parameter`, with the gradients given.
    func run(_ optimizer: Optimizer, on parameter: Tensor, gradients: [Tensor]) throws {
        for gradient in gradients {
            parameter.grad = gradient
            try optimizer.step()
        }
    }

    @Test(arguments: [(Float(0.9), Float(0.05)), (0, 0.1), (0.5, 0.3)])
    func theMomentumStepIsTheEnginesSGD(mu: Float, lr: Float) throws {
        let reference = try CurriculumFixtures.reference("op-momentum-step", in: curriculum)
        let start = try CurriculumFixtures.randn([2, 3], seed: 1)
        let gradients = try (0..<4).map { try CurriculumFixtures.randn([2, 3], seed: 10 + UInt64($0)) }
        let parameter = start.copy()
        try run(
            SGD(parameters: [parameter], learningRate: lr, momentum: mu), on: parameter, gradients: gradients)

        // The lesson's rule from v = 0: v ← μv + g, θ ← θ − ηv.
        var theta = CurriculumFixtures.argument(start)
        var velocity = CaseValue.tensor(shape: [2, 3], values: Array(repeating: 0, count: 6))
        for gradient in gradients {
            let result = try reference.call(
                "momentum_step",
                arguments: [
                    theta, CurriculumFixtures.argument(gradient), velocity, .number(Double(lr)),
                    .number(Double(mu)),
                ])
            let items = try CurriculumFixtures.items(result, count: 2)
            theta = items[0]
            velocity = items[1]
        }
        let mine = try CurriculumFixtures.numbers(theta)
        #expect(CurriculumFixtures.largestDifference(mine, parameter.toArray()) < 1e-5)
    }

    @Test func theOtherMomentumFormGivesTheSamePointsForAConstantRate() {
        // The lesson: v ← μv − ηg, θ ← θ + v visits the same θ as v ← μv + g, θ ← θ − ηv.
        let (lr, mu) = (0.1, 0.9)
        let gradients = [1.0, -2.0, 0.5, 3.0, -1.0]
        var (thetaA, vA) = (1.0, 0.0)
        var (thetaB, vB) = (1.0, 0.0)
        for g in gradients {
            vA = mu * vA + g
            thetaA -= lr * vA
            vB = mu * vB - lr * g
            thetaB += vB
            #expect(abs(thetaA - thetaB) < 1e-12)
        }
    }

    @Test(arguments: [
        (Float(0.001), Float(0.9), Float(0.999), Float(1)), (0.05, 0.8, 0.99, 1), (0.01, 0.9, 0.9999, 1000),
    ])
    func theAdamStepIsTheEnginesAdam(lr: Float, beta1: Float, beta2: Float, gradientScale: Float) throws {
        let reference = try CurriculumFixtures.reference("op-adam-step", in: curriculum)
        let start = try CurriculumFixtures.randn([3, 2], seed: 2)
        let gradients = try (0..<5).map {
            try CurriculumFixtures.randn([3, 2], seed: 20 + UInt64($0), scale: gradientScale)
        }
        let parameter = start.copy()
        try run(
            Adam(parameters: [parameter], learningRate: lr, beta1: beta1, beta2: beta2), on: parameter,
            gradients: gradients)

        var theta = CurriculumFixtures.argument(start)
        let zeros = CaseValue.tensor(shape: [3, 2], values: Array(repeating: 0, count: 6))
        var (m, v) = (zeros, zeros)
        for (index, gradient) in gradients.enumerated() {
            let result = try reference.call(
                "adam_step",
                arguments: [
                    theta, CurriculumFixtures.argument(gradient), m, v, .integer(index + 1),
                    .number(Double(lr)),
                    .number(Double(beta1)), .number(Double(beta2)),
                ])
            let items = try CurriculumFixtures.items(result, count: 3)
            (theta, m, v) = (items[0], items[1], items[2])
        }
        let mine = try CurriculumFixtures.numbers(theta)
        #expect(CurriculumFixtures.largestDifference(mine, parameter.toArray()) < 1e-5)
    }

    @Test func adamsFirstStepIsTheLearningRateTimesTheSign() throws {
        // The lesson: with bias correction, m̂₁/√v̂₁ = g₁/|g₁|, so the first step is ±η everywhere.
        let parameter = Tensor([0, 0, 0])
        try run(
            Adam(parameters: [parameter], learningRate: 0.01), on: parameter,
            gradients: [Tensor([3, -0.5, 200])])
        let expected: [Float] = [-0.01, 0.01, -0.01]
        #expect(zip(parameter.toArray(), expected).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    @Test func theRMSPropRuleIsTheEngines() throws {
        // s ← αs + (1 − α)g², θ ← θ − η g/(√s + ε), from s = 0.
        let (lr, alpha, eps) = (0.01, 0.99, 1e-8)
        let gradients: [[Float]] = [[1, -2], [0.5, 4], [-3, 0.25]]
        let parameter = Tensor([1, -1])
        try run(
            RMSProp(parameters: [parameter], learningRate: Float(lr), alpha: Float(alpha)), on: parameter,
            gradients: gradients.map { Tensor($0) })
        var theta = [1.0, -1.0]
        var square = [0.0, 0.0]
        for gradient in gradients {
            for i in 0..<2 {
                let g = Double(gradient[i])
                square[i] = alpha * square[i] + (1 - alpha) * g * g
                theta[i] -= lr * g / (square[i].squareRoot() + eps)
            }
        }
        #expect(CurriculumFixtures.largestDifference(theta, parameter.toArray()) < 1e-5)
    }

    @Test func theQuadraticFormGradientIsAutograd() throws {
        let reference = try CurriculumFixtures.reference("op-quadratic-grad", in: curriculum)
        for (size, seed) in [(1, UInt64(3)), (4, 4), (6, 5)] {
            let matrix = try CurriculumFixtures.randn([size, size], seed: seed)
            let x = try CurriculumFixtures.randn([size], seed: seed + 50)
            let gradient = try TensorEngine.grad(
                { args in
                    try args[1].matmul(args[0].matmul(args[1]))
                }, argnums: [1])([matrix, x])[0]
            let result = try reference.call(
                "quadratic_grad",
                arguments: [CurriculumFixtures.argument(matrix), CurriculumFixtures.argument(x)])
            #expect(
                try CurriculumFixtures.largestDifference(
                    CurriculumFixtures.numbers(result), gradient.toArray())
                    < 1e-5)
        }
    }

    @Test func theCentralDifferenceIsExactlyTheTextsFormulaAndTendsToAutograd() throws {
        let reference = try CurriculumFixtures.reference("op-central-diff", in: curriculum)
        let x = try CurriculumFixtures.randn([5], seed: 8)
        let values = x.toArray().map(Double.init)
        let total = values.reduce(0, +)
        // For f = ∑xᵢ³ + (∑xᵢ)², the central difference is 3xᵢ² + h² + 2∑x: O(h²) from the exact one.
        let h = 0.3
        let coarse = try CurriculumFixtures.numbers(
            reference.call("numerical_gradient", arguments: [CurriculumFixtures.argument(x), .number(h)]))
        #expect(
            CurriculumFixtures.largestDifference(coarse, values.map { 3 * $0 * $0 + h * h + 2 * total })
                < 1e-4)
        let exact = try TensorEngine.grad({ args in
            try (args[0].pow(3)).sum() + (try args[0].sum()).pow(2)
        })([x])[0]
        let fine = try CurriculumFixtures.numbers(
            reference.call("numerical_gradient", arguments: [CurriculumFixtures.argument(x), .number(0.01)]))
        #expect(CurriculumFixtures.largestDifference(fine, exact.toArray()) < 2e-3)
        #expect(CurriculumFixtures.largestDifference(coarse, exact.toArray()) > 0.05)
    }

    @Test func theChainRuleAnswerIsAutograd() throws {
        let spec = try CurriculumFixtures.numericSpec("op-chain-rule", in: curriculum)
        let slope = try TensorEngine.grad({ args in
            let u = args[0] * 3 - 1
            return try (u * u + 1).log()
        })([Tensor(scalar: 1)])[0].item()
        #expect(abs(Double(slope) - spec.answer.flattened[0]) < 1e-5)
    }

    @Test func theLargestStableRateIsWhereTheEnginesSGDStopsConverging() throws {
        // f(x) = 5x², gradient 10x: η = 0.19 converges, 0.2 flips sign forever, 0.21 diverges.
        let spec = try CurriculumFixtures.numericSpec("op-max-lr", in: curriculum)
        #expect(spec.answer.flattened[0] == 0.2)
        func finalPoint(_ lr: Float) throws -> Float {
            let x = Tensor([1])
            let optimizer = try SGD(parameters: [x], learningRate: lr)
            for _ in 0..<200 {
                x.grad = x * 10
                try optimizer.step()
            }
            return abs(x.toArray()[0])
        }
        #expect(try finalPoint(0.19) < 1e-3)
        #expect(try abs(finalPoint(0.2) - 1) < 1e-3)
        #expect(try finalPoint(0.21) > 1e3)
    }

    @Test func theCosineAnswerIsTheEnginesSchedule() throws {
        let spec = try CurriculumFixtures.numericSpec("op-cosine-lr", in: curriculum)
        let engine = LearningRateSchedule.cosine(period: 100).learningRate(base: 0.1, at: 25)
        #expect(abs(Double(engine) - spec.answer.flattened[0]) < 1e-6)
    }

    @Test func theStepAndExponentialSchedulesAreTheTextsFormulas() {
        // step: η₀·γ^⌊t/k⌋; exponential: η₀·γᵗ.
        let step = LearningRateSchedule.step(stepSize: 10, gamma: 0.5)
        let exponential = LearningRateSchedule.exponential(gamma: 0.9)
        for t in [0, 9, 10, 25] {
            #expect(abs(step.learningRate(base: 0.1, at: t) - 0.1 * powf(0.5, Float(t / 10))) < 1e-7)
            #expect(abs(exponential.learningRate(base: 0.1, at: t) - 0.1 * powf(0.9, Float(t))) < 1e-7)
        }
    }

    @Test func aSaddleStartLeavesTheEnginesSGDInPlace() throws {
        // f = x² − y²: gradient (2x, −2y) is zero at the origin, the choice's correct answer.
        let point = Tensor([0, 0])
        let optimizer = try SGD(parameters: [point], learningRate: 0.1)
        for _ in 0..<50 {
            let values = point.toArray()
            point.grad = Tensor([2 * values[0], -2 * values[1]])
            try optimizer.step()
        }
        #expect(point.toArray() == [0, 0])
        guard case .choice(let spec) = try CurriculumFixtures.exercise("op-saddle", in: curriculum).kind
        else {
            throw CurriculumFixtures.Mismatch(description: "op-saddle is not a choice")
        }
        #expect(spec.correctLabels == ["a"])
    }
}
