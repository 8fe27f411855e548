import TensorEngine
import Testing

/// Large batches take the kernels' two-worker paths; splitting the batch into single images
/// (which run on one thread) must give the same numbers.
@Suite("parallel kernels agree with single-image runs")
struct NNParallelSplitTests {
    /// Applies `f` to the whole batch and to each image separately; returns both results flattened.
    private func batchedAndSplit(
        _ x: Tensor, _ f: (Tensor) throws -> Tensor
    ) throws -> (batched: [Float], split: [Float]) {
        let batched = try f(x).toArray()
        let values = x.toArray()
        let imageShape = [1] + Array(x.shape.dropFirst())
        let imageSize = values.count / x.shape[0]
        var split: [Float] = []
        for n in 0..<x.shape[0] {
            let image = try Tensor(
                shape: imageShape, data: Array(values[(n * imageSize)..<((n + 1) * imageSize)]))
            split += try f(image).toArray()
        }
        return (batched, split)
    }

    private func expectClose(
        _ pair: (batched: [Float], split: [Float]), _ what: String, tolerance: Float = 1e-5
    ) {
        #expect(pair.batched.count == pair.split.count, "\(what): sizes differ")
        let worst = zip(pair.batched, pair.split).map { Swift.abs($0 - $1) }.max() ?? 0
        #expect(worst <= tolerance, "\(what): largest difference \(worst)")
    }

    @Test("pooling, ReLU, eval-mode batch norm and convolution")
    func agree() throws {
        var generator = RandomGenerator(seed: 44)
        let x = try Tensor.randn([32, 8, 16, 16], using: &generator)
        expectClose(try batchedAndSplit(x) { try $0.maxPool2d(kernelSize: 2) }, "max pool 2x2")
        expectClose(try batchedAndSplit(x) { try $0.maxPool2d(kernelSize: 3, stride: 2) }, "max pool 3x3")
        expectClose(try batchedAndSplit(x) { try $0.avgPool2d(kernelSize: 2) }, "avg pool")
        expectClose(try batchedAndSplit(x) { try ReLU()($0) }, "relu")
        let mean = try Tensor.randn([8], using: &generator)
        let variance = try Tensor.uniform([8], low: 0.5, high: 2, using: &generator)
        let gamma = try Tensor.randn([8], using: &generator)
        expectClose(
            try batchedAndSplit(x) {
                try $0.batchNorm(runningMean: mean, runningVar: variance, weight: gamma, training: false)
            }, "batch norm")
        let weight = try Tensor.randn([16, 8, 3, 3], using: &generator)
        let bias = try Tensor.randn([16], using: &generator)
        expectClose(
            try batchedAndSplit(x) { try $0.conv2d(weight: weight, bias: bias, padding: 1) }, "conv2d",
            tolerance: 1e-4)
    }

    @Test("gradients of a large batch equal the sum over single images")
    func gradientsAgree() throws {
        var generator = RandomGenerator(seed: 45)
        let x = try Tensor.randn([32, 4, 12, 12], using: &generator)
        let weight = try Tensor.randn([8, 4, 3, 3], using: &generator)
        weight.requiresGrad = true
        let bias = try Tensor.randn([8], using: &generator)
        bias.requiresGrad = true
        func loss(_ input: Tensor) throws -> Tensor {
            try ReLU()(input.conv2d(weight: weight, bias: bias, padding: 1)).maxPool2d(kernelSize: 2).sum()
        }
        try loss(x).backward()
        let batchedWeight = try #require(weight.grad).toArray()
        let batchedBias = try #require(bias.grad).toArray()
        weight.zeroGrad()
        bias.zeroGrad()
        let values = x.toArray()
        let size = 4 * 12 * 12
        for n in 0..<32 {
            try loss(Tensor(shape: [1, 4, 12, 12], data: Array(values[(n * size)..<((n + 1) * size)])))
                .backward()
        }
        let summedWeight = try #require(weight.grad).toArray()
        let summedBias = try #require(bias.grad).toArray()
        let worst =
            zip(batchedWeight + batchedBias, summedWeight + summedBias).map {
                Swift.abs($0 - $1) / Swift.max(1, Swift.abs($1))
            }.max() ?? 0
        #expect(worst < 1e-4)
    }
}
