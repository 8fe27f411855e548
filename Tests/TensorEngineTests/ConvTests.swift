import TensorEngine
import Testing

@Suite("conv2d")
struct ConvTests {
    @Test("forward and gradients match PyTorch")
    func matchesTorch() throws {
        let golden = try TorchGolden.load()
        #expect(golden.conv2d.count >= 5)
        for item in golden.conv2d {
            let x = try item.x.tensor(requiresGrad: true)
            let weight = try item.weight.tensor(requiresGrad: true)
            let bias = try item.bias?.tensor(requiresGrad: true)
            let y = try x.conv2d(weight: weight, bias: bias, stride: item.stride, padding: item.padding)
            TorchCheck.expectClose(y, item.y, "\(item.name) forward")
            try y.backward(gradient: item.g.tensor())
            TorchCheck.expectClose(x.grad, item.dx, "\(item.name) dx")
            TorchCheck.expectClose(weight.grad, item.dweight, "\(item.name) dweight")
            if let dbias = item.dbias { TorchCheck.expectClose(bias?.grad, dbias, "\(item.name) dbias") }
        }
    }

    @Test(
        "gradcheck on random shapes, both GEMM paths",
        arguments: [
            // N, C, H, W, O, k, stride, padding, bias
            (1, 1, 5, 5, 2, 3, 1, 0, true),
            (2, 3, 6, 5, 4, 3, 2, 1, true),
            (1, 2, 4, 7, 3, 2, 1, 2, false),
            (3, 2, 5, 5, 2, 5, 1, 2, true),
            // Large enough (O·P·K > 262144) to take the batched, BLAS-threaded path.
            (2, 8, 16, 16, 16, 3, 1, 1, true),
        ])
    func gradcheckConv(
        _ config: (Int, Int, Int, Int, Int, Int, Int, Int, Bool)
    ) throws {
        let (n, c, h, w, o, k, stride, padding, hasBias) = config
        var generator = RandomGenerator(seed: UInt64(n * 1000 + c * 100 + h * 10 + w))
        let x = try Tensor.randn([n, c, h, w], using: &generator)
        let weight = try Tensor.randn([o, c, k, k], using: &generator).mul(0.3)
        let bias = try Tensor.randn([o], using: &generator)
        let inputs = hasBias ? [x, weight, bias] : [x, weight]
        let error = try gradcheck(
            { args in
                try args[0].conv2d(
                    weight: args[1], bias: hasBias ? args[2] : nil, stride: stride, padding: padding)
            }, inputs: inputs, epsilon: 0.1)
        // Convolution is linear in each argument, so a large step only reduces float32 noise.
        #expect(error < 1e-2, "max relative error \(error)")
    }

    @Test("the batched and per-image paths agree with a direct loop")
    func matchesNaiveLoop() throws {
        // The second configuration is large enough for the batched GEMM path.
        for (n, c, size, o, stride) in [(2, 3, 7, 4, 2), (2, 8, 16, 16, 1)] {
            var generator = RandomGenerator(seed: 11)
            let x = try Tensor.randn([n, c, size, size], using: &generator)
            let weight = try Tensor.randn([o, c, 3, 3], using: &generator)
            let y = try x.conv2d(weight: weight, stride: stride, padding: 1)
            let xs = x.toArray()
            let ws = weight.toArray()
            let outSize = (size + 2 - 3) / stride + 1
            #expect(y.shape == [n, o, outSize, outSize])
            var worst: Float = 0
            for b in 0..<n {
                for f in 0..<o {
                    for i in 0..<outSize {
                        for j in 0..<outSize {
                            var sum: Float = 0
                            for ch in 0..<c {
                                for ki in 0..<3 {
                                    for kj in 0..<3 {
                                        let (r, s) = (i * stride - 1 + ki, j * stride - 1 + kj)
                                        guard r >= 0, r < size, s >= 0, s < size else { continue }
                                        sum +=
                                            xs[((b * c + ch) * size + r) * size + s]
                                            * ws[((f * c + ch) * 3 + ki) * 3 + kj]
                                    }
                                }
                            }
                            let actual = try y.value(at: [b, f, i, j])
                            worst = Swift.max(worst, Swift.abs(actual - sum))
                        }
                    }
                }
            }
            #expect(worst < 1e-4)
        }
    }

    @Test("bad arguments throw typed errors")
    func badInput() throws {
        let x = try Tensor.zeros([1, 3, 5, 5])
        let weight = try Tensor.zeros([2, 3, 3, 3])
        #expect(throws: TensorError.self) { try x.conv2d(weight: Tensor.zeros([2, 1, 3, 3])) }
        #expect(throws: TensorError.self) { try x.conv2d(weight: Tensor.zeros([2, 3, 7, 7])) }
        #expect(throws: TensorError.self) { try x.conv2d(weight: weight, padding: -1) }
        #expect(throws: TensorError.self) { try x.conv2d(weight: weight, stride: 0) }
        #expect(throws: TensorError.self) { try x.conv2d(weight: weight, bias: Tensor.zeros([3])) }
        #expect(throws: TensorError.self) { try Tensor.zeros([3, 5, 5]).conv2d(weight: weight) }
        #expect(throws: TensorError.self) { try Tensor.zeros([0, 3, 5, 5]).conv2d(weight: weight) }
        #expect(throws: TensorError.self) {
            try Conv2d(inChannels: 3, outChannels: 2, kernelSize: 3, seed: 1)(Tensor.zeros([1, 2, 5, 5]))
        }
        #expect(throws: TensorError.self) {
            try Conv2d(inChannels: 0, outChannels: 2, kernelSize: 3, seed: 1)
        }
        // 4000x4000 input, 50x50 kernel: 2500 x 15.6M unrolled values is refused, not allocated.
        let big = try Tensor.zeros([1, 1, 4000, 4000])
        #expect(throws: TensorError.self) { try big.conv2d(weight: Tensor.zeros([1, 1, 50, 50])) }
        // A kernel larger than the input fits once padding makes room.
        #expect(try x.conv2d(weight: Tensor.zeros([2, 3, 7, 7]), padding: 1).shape == [1, 2, 1, 1])
    }
}
