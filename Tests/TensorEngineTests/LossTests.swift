import TensorEngine
import Testing

@Suite("losses")
struct LossTests {
    private func evaluate(_ item: TorchLossCase, _ input: Tensor) throws -> Tensor {
        switch item.kind {
        case "mse": return try Loss.mse(input, #require(item.target).tensor())
        case "cross_entropy": return try Loss.crossEntropy(logits: input, labels: #require(item.labels))
        case "bce": return try Loss.binaryCrossEntropy(input, #require(item.target).tensor())
        case "bce_logits": return try Loss.binaryCrossEntropyWithLogits(input, #require(item.target).tensor())
        case "focal":
            return try Loss.focal(
                logits: input, labels: #require(item.labels), gamma: #require(item.gamma), alpha: item.alpha)
        case "binary_focal":
            return try Loss.binaryFocal(
                input, #require(item.target).tensor(), gamma: #require(item.gamma), alpha: item.binaryAlpha)
        default:
            Issue.record("unknown loss kind \(item.kind)")
            return input
        }
    }

    @Test("values and gradients match PyTorch")
    func matchesTorch() throws {
        let golden = try TorchGolden.load()
        #expect(
            Set(golden.losses.map(\.kind)) == [
                "mse", "cross_entropy", "bce", "bce_logits", "focal", "binary_focal",
            ])
        for item in golden.losses {
            let input = try item.input.tensor(requiresGrad: true)
            let loss = try evaluate(item, input)
            #expect(loss.shape == [])
            let value = try loss.item()
            #expect(
                Swift.abs(value - item.loss) <= 1e-5 + 1e-4 * Swift.abs(item.loss),
                "\(item.kind): \(value) vs \(item.loss)")
            try loss.backward()
            TorchCheck.expectClose(input.grad, item.dinput, "\(item.kind) gradient")
        }
    }

    @Test("gradcheck of every loss, including a batch of one")
    func gradcheckLosses() throws {
        var generator = RandomGenerator(seed: 9)
        let logits = try Tensor.randn([4, 5], using: &generator)
        let single = try Tensor.randn([1, 3], using: &generator)
        let target = try Tensor.randn([4, 5], using: &generator)
        let probabilities = try Tensor.uniform([6], low: 0.2, high: 0.8, using: &generator)
        let bits = try Tensor(shape: [6], data: [0, 1, 1, 0, 1, 0])
        let checks: [(String, ([Tensor]) throws -> Tensor, Tensor)] = [
            ("mse", { try Loss.mse($0[0], target) }, logits),
            ("cross_entropy", { try Loss.crossEntropy(logits: $0[0], labels: [0, 4, 2, 2]) }, logits),
            ("cross_entropy batch 1", { try Loss.crossEntropy(logits: $0[0], labels: [1]) }, single),
            ("bce", { try Loss.binaryCrossEntropy($0[0], bits) }, probabilities),
            (
                "bce_logits", { try Loss.binaryCrossEntropyWithLogits($0[0], bits) },
                probabilities.mul(4).sub(2)
            ),
            ("focal", { try Loss.focal(logits: $0[0], labels: [3, 0, 1, 1], gamma: 2) }, logits),
            (
                "focal alpha", { try Loss.focal(logits: $0[0], labels: [2], gamma: 0.5, alpha: [1, 2, 3]) },
                single
            ),
        ]
        for (name, f, input) in checks {
            let error = try gradcheck(f, inputs: [input], epsilon: 1e-2)
            #expect(error < 1e-2, "\(name): max relative error \(error)")
        }
    }

    @Test("cross-entropy stays finite for huge logits")
    func stableCrossEntropy() throws {
        let logits = try Tensor(shape: [2, 3], data: [1000, -1000, 0, -500, 500, 499])
        let loss = try Loss.crossEntropy(logits: logits, labels: [0, 2])
        #expect(try loss.item().isFinite)
        #expect(Swift.abs(try loss.item() - 0.6566) < 1e-3)
        let bce = try Loss.binaryCrossEntropyWithLogits(Tensor([300, -300]), Tensor([0, 1]))
        #expect(Swift.abs(try bce.item() - 300) < 1e-3)
    }

    @Test("focal loss with gamma 0 and no alpha is cross-entropy")
    func focalReducesToCrossEntropy() throws {
        var generator = RandomGenerator(seed: 2)
        let logits = try Tensor.randn([5, 4], using: &generator)
        let labels = [0, 3, 1, 2, 3]
        let focal = try Loss.focal(logits: logits, labels: labels, gamma: 0).item()
        let crossEntropy = try Loss.crossEntropy(logits: logits, labels: labels).item()
        #expect(Swift.abs(focal - crossEntropy) < 1e-6)
    }

    @Test("bad labels and shapes throw typed errors")
    func badInput() throws {
        let logits = try Tensor.zeros([3, 4])
        #expect(throws: TensorError.self) { try Loss.crossEntropy(logits: logits, labels: [0, 1]) }
        #expect(throws: TensorError.self) { try Loss.crossEntropy(logits: logits, labels: [0, 1, 4]) }
        #expect(throws: TensorError.self) { try Loss.crossEntropy(logits: logits, labels: [0, -1, 2]) }
        #expect(throws: TensorError.self) { try Loss.crossEntropy(logits: Tensor.zeros([4]), labels: [0]) }
        #expect(throws: TensorError.self) {
            try Loss.crossEntropy(logits: logits, labels: Tensor([0, 1.5, 2]))
        }
        #expect(throws: TensorError.self) {
            try Loss.crossEntropy(logits: logits, labels: Tensor([0, 1e30, 2]))
        }
        #expect(throws: TensorError.self) { try Loss.focal(logits: logits, labels: [0, 1, 2], gamma: -1) }
        #expect(throws: TensorError.self) {
            try Loss.focal(logits: logits, labels: [0, 1, 2], alpha: [1, 2])
        }
        #expect(throws: TensorError.self) { try Loss.mse(Tensor.zeros([2, 3]), Tensor.zeros([3, 2])) }
        #expect(throws: TensorError.self) {
            try Loss.binaryCrossEntropy(Tensor([0.5, 1.5]), Tensor([0, 1]))
        }
        #expect(throws: TensorError.self) {
            try Loss.binaryCrossEntropy(Tensor([0.5, .nan]), Tensor([0, 1]))
        }
        #expect(throws: TensorError.self) { try Loss.mse(Tensor.zeros([0]), Tensor.zeros([0])) }
        #expect(throws: TensorError.self) { try Loss.binaryFocal(Tensor([0.5, 1]), Tensor([0, 0.5])) }
        #expect(throws: TensorError.self) { try Loss.binaryFocal(Tensor([0.5]), Tensor([1]), alpha: 2) }
    }
}
