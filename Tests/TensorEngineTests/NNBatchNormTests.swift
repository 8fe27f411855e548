import TensorEngine
import Testing

@Suite("batch norm")
struct NNBatchNormTests {
    @Test("forward, running statistics and gradients match PyTorch")
    func matchesTorch() throws {
        let golden = try TorchGolden.load()
        #expect(golden.batchnorm.count >= 4)
        for item in golden.batchnorm {
            let x = try item.x.tensor(requiresGrad: true)
            let gamma = try item.gamma.tensor(requiresGrad: true)
            let beta = try item.beta.tensor(requiresGrad: true)
            let runningMean = try item.runningMean.tensor()
            let runningVar = try item.runningVar.tensor()
            let y = try x.batchNorm(
                runningMean: runningMean, runningVar: runningVar, weight: gamma, bias: beta,
                training: item.training, momentum: item.momentum, eps: item.eps)
            TorchCheck.expectClose(y, item.y, "\(item.name) forward")
            TorchCheck.expectClose(runningMean, item.newRunningMean, "\(item.name) running mean")
            TorchCheck.expectClose(runningVar, item.newRunningVar, "\(item.name) running var")
            try y.backward(gradient: item.g.tensor())
            TorchCheck.expectClose(x.grad, item.dx, "\(item.name) dx", relative: 1e-3, absolute: 1e-4)
            TorchCheck.expectClose(
                gamma.grad, item.dgamma, "\(item.name) dgamma", relative: 1e-3, absolute: 1e-4)
            TorchCheck.expectClose(
                beta.grad, item.dbeta, "\(item.name) dbeta", relative: 1e-3, absolute: 1e-4)
        }
    }

    @Test(
        "gradcheck in training and eval mode, 2-D and 4-D, batch of one",
        arguments: [
            ([4, 3], true), ([2, 2, 3, 3], true), ([1, 3, 2, 2], true), ([3, 2, 2, 2], false),
            ([5, 1], false),
        ])
    func gradcheckBatchNorm(_ config: ([Int], Bool)) throws {
        let (shape, training) = config
        var generator = RandomGenerator(seed: UInt64(shape.reduce(1, *)))
        let x = try Tensor.randn(shape, using: &generator)
        let gamma = try Tensor.uniform([shape[1]], low: 0.5, high: 1.5, using: &generator)
        let beta = try Tensor.randn([shape[1]], using: &generator)
        let mean = try Tensor.randn([shape[1]], using: &generator)
        let variance = try Tensor.uniform([shape[1]], low: 0.5, high: 2, using: &generator)
        let error = try gradcheck(
            { args in
                // Running statistics are only read in eval mode; training passes none, so the
                // repeated forward passes of the check leave nothing behind.
                try args[0].batchNorm(
                    runningMean: training ? nil : mean, runningVar: training ? nil : variance,
                    weight: args[1],
                    bias: args[2], training: training)
            }, inputs: [x, gamma, beta], epsilon: 1e-2)
        #expect(error < 3e-2, "max relative error \(error)")
    }

    @Test("layer switches between batch and running statistics")
    func layerModes() throws {
        let layer = try BatchNorm2d(features: 2)
        var generator = RandomGenerator(seed: 5)
        let x = try Tensor.randn([4, 2, 3, 3], using: &generator).mul(3).add(2)
        let trained = try layer(x)
        // Training output has (almost) zero mean and unit variance per channel.
        let channelMeans = try trained.mean(axis: [0, 2, 3]).toArray()
        #expect(channelMeans.allSatisfy { Swift.abs($0) < 1e-5 })
        #expect(layer.runningMean.toArray().allSatisfy { $0 != 0 })
        layer.eval()
        #expect(!layer.isTraining)
        let evaluated = try layer(x)
        #expect(evaluated.toArray() != trained.toArray())
        #expect(layer.namedBuffers().map { $0.0 } == ["running_mean", "running_var"])
    }

    @Test("bad arguments throw typed errors")
    func badInput() throws {
        let x = try Tensor.zeros([2, 3, 4, 4])
        #expect(throws: TensorError.self) { try BatchNorm2d(features: 2)(x) }
        #expect(throws: TensorError.self) { try BatchNorm1d(features: 3)(x) }
        #expect(throws: TensorError.self) { try BatchNorm2d(features: 0) }
        #expect(throws: TensorError.self) {
            try Tensor.zeros([1, 3]).batchNorm(runningMean: nil, runningVar: nil, training: true)
        }
        #expect(throws: TensorError.self) {
            try x.batchNorm(runningMean: nil, runningVar: nil, training: false)
        }
        #expect(throws: TensorError.self) {
            try x.batchNorm(runningMean: Tensor.zeros([2]), runningVar: Tensor.ones([3]), training: false)
        }
        #expect(throws: TensorError.self) {
            try Tensor.zeros([2, 3, 4]).batchNorm(runningMean: nil, runningVar: nil, training: true)
        }
    }
}
