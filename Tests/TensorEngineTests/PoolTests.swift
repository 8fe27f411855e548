import TensorEngine
import Testing

@Suite("max_pool2d and avg_pool2d")
struct PoolTests {
    @Test("forward and gradients match PyTorch")
    func matchesTorch() throws {
        let golden = try TorchGolden.load()
        #expect(golden.pool.count >= 6)
        for item in golden.pool {
            let x = try item.x.tensor(requiresGrad: true)
            let y =
                item.kind == "max"
                ? try x.maxPool2d(kernelSize: item.kernel, stride: item.stride)
                : try x.avgPool2d(kernelSize: item.kernel, stride: item.stride)
            let label = "\(item.kind) k\(item.kernel) s\(item.stride)"
            TorchCheck.expectClose(y, item.y, "\(label) forward")
            try y.backward(gradient: item.g.tensor())
            TorchCheck.expectClose(x.grad, item.dx, "\(label) dx")
        }
    }

    @Test(
        "gradcheck on random shapes including a batch of one",
        arguments: [
            ([1, 1, 4, 4], 2, 2), ([2, 3, 6, 5], 3, 2), ([1, 2, 5, 5], 2, 1), ([3, 1, 7, 6], 3, 3),
        ])
    func gradcheckPools(_ config: ([Int], Int, Int)) throws {
        let (shape, kernel, stride) = config
        let x = try TorchCheck.distinctValues(shape, seed: UInt64(shape.reduce(0, +)))
        let maxError = try gradcheck({ try $0[0].maxPool2d(kernelSize: kernel, stride: stride) }, inputs: [x])
        let avgError = try gradcheck({ try $0[0].avgPool2d(kernelSize: kernel, stride: stride) }, inputs: [x])
        #expect(maxError < 1e-2)
        #expect(avgError < 1e-2)
    }

    @Test("2x2 max pooling (vectorised path) matches a direct loop, with ties and NaN")
    func pairwiseMatchesLoop() throws {
        let (height, width) = (6, 11)
        var generator = RandomGenerator(seed: 21)
        // Values on a coarse grid make ties common; a few NaNs test propagation.
        var values = (0..<(2 * 3 * height * width)).map { _ in Float(generator.int(in: 0..<4)) }
        for position in [5, 40, 131, 300] { values[position] = .nan }
        let x = try Tensor(shape: [2, 3, height, width], data: values, requiresGrad: true)
        let y = try x.maxPool2d(kernelSize: 2)
        #expect(y.shape == [2, 3, 3, 5])
        try y.sum().backward()
        var expectedGradient = [Float](repeating: 0, count: values.count)
        var expectedOutput: [Float] = []
        for plane in 0..<6 {
            for oh in 0..<3 {
                for ow in 0..<5 {
                    var best = plane * height * width + 2 * oh * width + 2 * ow
                    for (di, dj) in [(0, 1), (1, 0), (1, 1)] {
                        let candidate = plane * height * width + (2 * oh + di) * width + 2 * ow + dj
                        if values[candidate] > values[best] || values[candidate].isNaN { best = candidate }
                    }
                    expectedOutput.append(values[best])
                    expectedGradient[best] += 1
                }
            }
        }
        let output = y.toArray()
        #expect(output.count == expectedOutput.count)
        #expect(zip(output, expectedOutput).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(try #require(x.grad).toArray() == expectedGradient)
    }

    @Test("max pooling propagates NaN like PyTorch")
    func nanPropagates() throws {
        let x = try Tensor(shape: [1, 1, 2, 2], data: [1, .nan, 3, 2])
        let y = try x.maxPool2d(kernelSize: 2)
        #expect(try y.item().isNaN)
    }

    @Test("bad arguments throw typed errors")
    func badInput() throws {
        let x = try Tensor.zeros([1, 1, 4, 4])
        #expect(throws: TensorError.self) { try x.maxPool2d(kernelSize: 5) }
        #expect(throws: TensorError.self) { try x.maxPool2d(kernelSize: 0) }
        #expect(throws: TensorError.self) { try x.avgPool2d(kernelSize: 2, stride: 0) }
        #expect(throws: TensorError.self) { try Tensor.zeros([4, 4]).maxPool2d(kernelSize: 2) }
        #expect(throws: TensorError.self) { try Tensor.zeros([1, 0, 4, 4]).avgPool2d(kernelSize: 2) }
    }
}
