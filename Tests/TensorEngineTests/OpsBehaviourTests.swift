import TensorEngine
import Testing

@Suite("Op behaviour beyond the golden values")
struct OpsBehaviourTests {
    @Test func softmaxIsStableAtHugeLogits() throws {
        let logits = try Tensor(nested: [[1000, -1000, 0], [-1000, -1000, -1000]])
        let probabilities = try logits.softmax(axis: -1).toArray()
        #expect(probabilities.allSatisfy { $0.isFinite })
        #expect(Check.close(probabilities, [1, 0, 0, 1.0 / 3, 1.0 / 3, 1.0 / 3]))
        let logs = try logits.logSoftmax(axis: -1).toArray()
        #expect(logs.allSatisfy { $0.isFinite })
        #expect(Check.close(Array(logs.prefix(3)), [0, -2000, -1000]))
    }

    @Test func sigmoidIsStableAtHugeInputs() {
        let values = Tensor([-1000, 1000]).sigmoid().toArray()
        #expect(values == [0, 1])
    }

    @Test func maxGradientGoesToTheArgmax() throws {
        let x = try Tensor(shape: [2, 3], data: [1, 5, 5, 7, 2, 3], requiresGrad: true)
        try x.max(axis: 1).sum().backward()
        // Ties go to the first maximal element, like NumPy's argmax.
        #expect(x.grad?.toArray() == [0, 1, 0, 1, 0, 0])
        #expect(try x.argmax(axis: 1).toArray() == [1, 0])
        #expect(try x.argmax().item() == 3)
    }

    @Test func nanPropagatesThroughMax() throws {
        let x = Tensor([1, .nan, 3])
        #expect(try x.max().item().isNaN)
        #expect(try x.maximum(Tensor([0, 0, 0])).toArray()[1].isNaN)
        #expect(try x.clip(min: 0, max: 2).toArray()[1].isNaN)
    }

    @Test func operatorsWithScalars() throws {
        let x = Tensor([1, 2, 4])
        #expect((x + 1).toArray() == [2, 3, 5])
        #expect((1 - x).toArray() == [0, -1, -3])
        #expect((x * 2).toArray() == [2, 4, 8])
        #expect((4 / x).toArray() == [4, 2, 1])
        #expect((-x).toArray() == [-1, -2, -4])
        #expect(try (x / x).toArray() == [1, 1, 1])
        #expect(x.pow(2).toArray() == [1, 4, 16])
    }

    @Test func reductionsOfLargeInputs() throws {
        let ones = try Tensor.ones([1_000_000])
        #expect(try ones.sum().item() == 1_000_000)
        #expect(try ones.mean().item() == 1)
    }

    @Test func matmulMatchesNaiveProduct() throws {
        let a = try Check.random([17, 33], seed: 1)
        let b = try Check.random([33, 9], seed: 2)
        let product = try a.matmul(b).toArray()
        let (x, y) = (a.toArray(), b.toArray())
        var expected = [Float](repeating: 0, count: 17 * 9)
        for i in 0..<17 {
            for j in 0..<9 {
                for k in 0..<33 { expected[i * 9 + j] += x[i * 33 + k] * y[k * 9 + j] }
            }
        }
        #expect(Check.close(product, expected, relative: 1e-4, absolute: 1e-4))
    }

    @Test func matmulWithEmptyInnerDimensionIsZero() throws {
        let result = try Tensor.zeros([2, 0]).matmul(try Tensor.zeros([0, 3]))
        #expect(result.shape == [2, 3])
        #expect(result.toArray().allSatisfy { $0 == 0 })
        let batched = try Tensor.zeros([2, 3, 0]).matmul(try Tensor.zeros([0, 4]))
        #expect(batched.shape == [2, 3, 4])
    }

    @Test func reducedPrecisionOverflowAndUnderflow() {
        let values = Tensor([70000, -1e6, 1e-9, 1]).roundedToFloat16().toArray()
        #expect(values == [.infinity, -.infinity, 0, 1])
        #expect(Tensor([.nan]).roundedToBFloat16().toArray()[0].isNaN)
        #expect(Tensor([1 + 0x1p-9]).roundedToBFloat16().toArray() == [1])
    }

    @Test func sortPutsNaNLast() throws {
        let sorted = try Tensor([3, .nan, 1, 2]).sort().toArray()
        #expect(Array(sorted.prefix(3)) == [1, 2, 3])
        #expect(sorted[3].isNaN)
        #expect(try Tensor([3, .nan, 1, 2]).argsort().toArray() == [2, 3, 0, 1])
    }

    @Test func engineThreadsSetting() {
        let previous = Engine.threads
        Engine.threads = 1
        #expect(Engine.threads == 1)
        Engine.threads = previous
        #expect(Engine.threads == previous)
    }

    @Test func reshapeSharesStorageLikeAView() throws {
        let x = try Tensor.zeros([2, 2])
        let flat = try x.reshape([4])
        flat.withUnsafeMutableBufferPointer { $0[3] = 9 }
        #expect(try x.value(at: [1, 1]) == 9)
    }
}
