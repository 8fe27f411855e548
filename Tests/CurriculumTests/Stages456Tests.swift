import Foundation
import Grading
import Lessons
import TensorEngine
import Testing

/// Stages 4-6 (backprop, CNN, ResNet) follow CURRICULUM.md's conventions and their formulas and
/// reference solutions agree with the engine.
@Suite struct Stages456Tests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    /// The exercises CURRICULUM.md lists for stages 4-6.
    static let requiredExercises: [String: [String]] = [
        "backprop": [
            "bp-sigmoid-backward", "bp-matmul-dw", "bp-matmul-dx", "bp-softmax-ce", "bp-mlp-backward",
            "bp-gradcheck", "bp-spirals-lab",
        ],
        "cnn": [
            "cnn-output-size", "cnn-conv1d", "cnn-conv2d", "cnn-maxpool", "cnn-im2col", "cnn-lenet-lab",
            "cnn-augmentation-lab", "cnn-fashion-lab",
        ],
        "resnet": [
            "rn-residual-block", "rn-projection", "rn-batchnorm", "rn-plain-vs-residual-lab", "rn-resnet-lab",
        ],
    ]

    @Test func stagesFourToSixLoadWithoutProblems() {
        let ours = curriculum.problems.filter { problem in
            let name = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
            return ["04-", "05-", "06-"].contains { name.hasPrefix($0) }
        }
        #expect(ours.map(\.description) == [])
    }

    @Test(arguments: ["backprop", "cnn", "resnet"])
    func eachStageIsShapedAsTheCurriculumAsks(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        #expect((6...12).contains(stage.steps.count), "\(stageID) has \(stage.steps.count) steps")
        #expect(stage.exercises.count >= 5)
        let kinds = Set(stage.exercises.map(\.kind.name))
        #expect(
            kinds.isSuperset(of: ["code", "lab"]) && kinds.count >= 3, "\(stageID) uses \(kinds.sorted())")
        #expect(!stage.visualizations.isEmpty)
        let present = Set(stage.exercises.map(\.id))
        for id in Self.requiredExercises[stageID] ?? [] {
            #expect(present.contains(id), "\(stageID) lacks \(id)")
        }
    }

    @Test(arguments: ["backprop", "cnn", "resnet"])
    func everyCodeExerciseHasAnAdversarialCaseAndGradedHints(stageID: String) throws {
        let stage = try #require(curriculum.stage(id: stageID))
        for exercise in stage.exercises {
            #expect((1...3).contains(exercise.hints.count), "\(exercise.id)")
            guard case .code(let spec) = exercise.kind else { continue }
            #expect(spec.fixedCases.contains { $0.isAdversarial }, "\(exercise.id) has no adversarial case")
        }
    }

    /// The visual kinds CURRICULUM.md's stage 4-6 visualizations are written with.
    @Test func theStageVisualsUseTheAgreedKinds() throws {
        let kinds = try ["backprop", "cnn", "resnet"].flatMap { id in
            try #require(curriculum.stage(id: id)).visualizations.map(\.kind)
        }
        #expect(
            Set(kinds) == [
                "computational-graph", "classifier-playground", "gradient-norms", "sliding-kernel",
                "augmentation-preview", "feature-maps", "confusion-matrix", "residual-vs-plain",
            ])
    }

    @Test func theSigmoidDerivativeIsTheEnginesGradient() throws {
        let x = try CurriculumFixtures.randn([3, 4], seed: 41, scale: 3)
        let upstream = try CurriculumFixtures.randn([3, 4], seed: 42)
        let input = x.copy()
        input.requiresGrad = true
        try (input.sigmoid() * upstream).sum().backward()
        let engine = try #require(input.grad).toArray()
        // The lesson: ∂L/∂x = ḡ · σ(x)(1 − σ(x)).
        let sigma = x.toArray().map { 1 / (1 + Foundation.exp(-Double($0))) }
        let formula = zip(sigma, upstream.toArray()).map { s, g in Double(g) * s * (1 - s) }
        #expect(CurriculumFixtures.largestDifference(formula, engine) < 1e-5)
        let reference = try CurriculumFixtures.reference("bp-sigmoid-backward", in: curriculum)
        let lesson = try reference.call(
            "sigmoid_backward",
            arguments: [CurriculumFixtures.argument(x), CurriculumFixtures.argument(upstream)])
        #expect(CurriculumFixtures.largestDifference(try CurriculumFixtures.numbers(lesson), engine) < 1e-5)
    }

    @Test(arguments: [(1, 3), (5, 4), (8, 10)])
    func theSoftmaxCrossEntropyGradientIsTheEnginesGradient(batch: Int, classes: Int) throws {
        let logits = try CurriculumFixtures.randn(
            [batch, classes], seed: UInt64(batch * 100 + classes), scale: 3)
        let labels = (0..<batch).map { ($0 * 7 + 3) % classes }
        let input = logits.copy()
        input.requiresGrad = true
        try Loss.crossEntropy(logits: input, labels: labels).backward()
        let engine = try #require(input.grad).toArray()
        // The lesson: ∂L/∂Z = (p − Y) / B.
        let reference = try CurriculumFixtures.reference("bp-softmax-ce", in: curriculum)
        let lesson = try reference.call(
            "softmax_ce_backward",
            arguments: [
                CurriculumFixtures.argument(logits),
                .integerTensor(shape: [batch], values: labels.map(Double.init)),
            ])
        #expect(CurriculumFixtures.largestDifference(try CurriculumFixtures.numbers(lesson), engine) < 1e-5)
    }

    @Test func theMatrixProductGradientsAreTheEngines() throws {
        let x = try CurriculumFixtures.randn([4, 3], seed: 51)
        let w = try CurriculumFixtures.randn([3, 5], seed: 52)
        let upstream = try CurriculumFixtures.randn([4, 5], seed: 53)
        let xInput = x.copy()
        let wInput = w.copy()
        xInput.requiresGrad = true
        wInput.requiresGrad = true
        try (xInput.matmul(wInput) * upstream).sum().backward()
        let arguments = [x, w, upstream].map(CurriculumFixtures.argument)
        let dW = try CurriculumFixtures.reference("bp-matmul-dw", in: curriculum).call(
            "matmul_backward_dW", arguments: arguments)
        let dX = try CurriculumFixtures.reference("bp-matmul-dx", in: curriculum).call(
            "matmul_backward_dX", arguments: arguments)
        #expect(
            CurriculumFixtures.largestDifference(
                try CurriculumFixtures.numbers(dW), try #require(wInput.grad).toArray())
                < 1e-5)
        #expect(
            CurriculumFixtures.largestDifference(
                try CurriculumFixtures.numbers(dX), try #require(xInput.grad).toArray())
                < 1e-5)
    }

    @Test(arguments: [(28, 5, 2, 1), (28, 5, 2, 2), (32, 5, 1, 2), (7, 3, 0, 3), (9, 4, 1, 2)])
    func theOutputSizeFormulaIsTheEnginesConvolutionShape(size: Int, kernel: Int, padding: Int, stride: Int)
        throws
    {
        let image = try Tensor.zeros([1, 1, size, size])
        let weight = try Tensor.zeros([2, 1, kernel, kernel])
        let output = try image.conv2d(weight: weight, stride: stride, padding: padding)
        let formula = (size + 2 * padding - kernel) / stride + 1
        #expect(output.shape == [1, 2, formula, formula])
    }

    @Test func theLessonsOutputSizeAnswerFollowsTheFormula() throws {
        let spec = try CurriculumFixtures.numericSpec("cnn-output-size", in: curriculum)
        let output = try Tensor.zeros([1, 1, 32, 32]).conv2d(
            weight: try Tensor.zeros([1, 1, 5, 5]), stride: 2, padding: 1)
        #expect(spec.answer.flattened == [Double(output.shape[2])])
    }

    @Test func theTwoDimensionalConvolutionAndIm2colAreTheEnginesConvolution() throws {
        let image = try CurriculumFixtures.randn([6, 7], seed: 61)
        let kernel = try CurriculumFixtures.randn([3, 2], seed: 62)
        let engine = try image.reshape([1, 1, 6, 7]).conv2d(weight: kernel.reshape([1, 1, 3, 2])).toArray()
        let conv = try CurriculumFixtures.reference("cnn-conv2d", in: curriculum).call(
            "conv2d_single",
            arguments: [CurriculumFixtures.argument(image), CurriculumFixtures.argument(kernel)])
        #expect(CurriculumFixtures.largestDifference(try CurriculumFixtures.numbers(conv), engine) < 1e-5)
        let columns = try CurriculumFixtures.reference("cnn-im2col", in: curriculum).call(
            "im2col", arguments: [CurriculumFixtures.argument(image), .integer(3), .integer(2)])
        let patches = try CurriculumFixtures.numbers(columns)
        let flatKernel = kernel.toArray().map(Double.init)
        #expect(patches.count == engine.count * 6)
        let products = stride(from: 0, to: patches.count, by: 6).map { start in
            zip(patches[start..<start + 6], flatKernel).reduce(0) { $0 + $1.0 * $1.1 }
        }
        #expect(CurriculumFixtures.largestDifference(products, engine) < 1e-5)
    }

    @Test func maxPoolingIsTheEnginesMaxPool() throws {
        let image = try CurriculumFixtures.randn([5, 7], seed: 71)
        let engine = try image.reshape([1, 1, 5, 7]).maxPool2d(kernelSize: 2).toArray()
        let lesson = try CurriculumFixtures.reference("cnn-maxpool", in: curriculum).call(
            "maxpool2x2", arguments: [CurriculumFixtures.argument(image)])
        #expect(CurriculumFixtures.largestDifference(try CurriculumFixtures.numbers(lesson), engine) < 1e-6)
    }

    @Test func theBatchNormFormulaWithTheBiasedVarianceIsTheEngines() throws {
        let x = try CurriculumFixtures.randn([6, 4], seed: 81, scale: 2)
        let gamma = try CurriculumFixtures.randn([4], seed: 82)
        let beta = try CurriculumFixtures.randn([4], seed: 83)
        let engine = try x.batchNorm(
            runningMean: nil, runningVar: nil, weight: gamma, bias: beta, training: true, eps: 1e-5
        ).toArray()
        let lesson = try CurriculumFixtures.reference("rn-batchnorm", in: curriculum).call(
            "batchnorm_forward",
            arguments: [x, gamma, beta].map(CurriculumFixtures.argument) + [.number(1e-5)])
        #expect(CurriculumFixtures.largestDifference(try CurriculumFixtures.numbers(lesson), engine) < 1e-4)
        // The worked example: (6 − 3)/√3.5 with the biased variance of 1, 2, 3, 6.
        let example = try Tensor(shape: [4, 1], data: [1, 2, 3, 6]).batchNorm(
            runningMean: nil, runningVar: nil, training: true, eps: 1e-12)
        let answer = try CurriculumFixtures.numericSpec("rn-bn-by-hand", in: curriculum).answer.flattened
        #expect(abs(Double(example.toArray()[3]) - (answer.first ?? 0)) < 1e-5)
    }

    @Test func theResidualBlockFormulaIsTheEnginesBasicBlock() throws {
        var generator = RandomGenerator(seed: 91)
        let block = try BasicBlock(inChannels: 3, outChannels: 3, using: &generator)
        block.train()
        let x = try CurriculumFixtures.randn([2, 3, 5, 4], seed: 92)
        let engine = try block(x).toArray()
        let lesson = try CurriculumFixtures.reference("rn-residual-block", in: curriculum).call(
            "residual_block",
            arguments: [x, block.conv1.weight, block.conv2.weight].map(CurriculumFixtures.argument))
        #expect(CurriculumFixtures.largestDifference(try CurriculumFixtures.numbers(lesson), engine) < 1e-3)
    }

    @Test func threeResidualBlocksPassTheGradientTheLessonSays() throws {
        // y = f(x) + x with f′ = −0.5, three times: the lesson's answer is (1 − 0.5)³.
        let answer = try CurriculumFixtures.numericSpec("rn-gradient-through-blocks", in: curriculum).answer
        let x = Tensor(scalar: 0.7, requiresGrad: true)
        var y = x
        for _ in 0..<3 { y = try y * -0.5 + y }
        try y.backward()
        #expect(answer.flattened == [Double(try #require(x.grad).item())])
    }
}
