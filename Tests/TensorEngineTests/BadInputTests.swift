import TensorEngine
import Testing

@Suite("Bad input throws typed errors")
struct BadInputTests {
    @Test func broadcastMismatchNamesBothShapes() throws {
        let a = try Tensor.zeros([3, 2])
        let b = try Tensor.zeros([3])
        let error = #expect(throws: TensorError.self) { try a.add(b) }
        #expect(error == .shapeMismatch(op: "add", lhs: [3, 2], rhs: [3]))
        #expect(error?.description == "operands could not be broadcast together with shapes (3,2) (3,)")
        #expect(throws: TensorError.self) { try a * b }
        #expect(throws: TensorError.self) { try a.maximum(b) }
        #expect(throws: TensorError.self) { try a.lt(b) }
    }

    @Test func negativeSizesAndWrongCounts() {
        #expect(throws: TensorError.self) { try Tensor.zeros([2, -1]) }
        #expect(throws: TensorError.self) { try Tensor.full([-3], value: 1) }
        #expect(throws: TensorError.self) { try Tensor.eye(-2) }
        #expect(throws: TensorError.self) { try Tensor(shape: [2, 2], data: [1, 2, 3]) }
        #expect(throws: TensorError.self) { try Tensor.linspace(start: 0, stop: 1, count: -1) }
        #expect(throws: TensorError.self) { try Tensor.arange(start: 0, stop: 1, step: 0) }
        var generator = RandomGenerator(seed: 1)
        #expect(throws: TensorError.self) { try Tensor.randn([-1], using: &generator) }
        #expect(throws: TensorError.self) { try Tensor.zeros([1 << 40, 1 << 40]) }
        #expect(throws: TensorError.self) { try Tensor.ones([Int.max, 2]) }
        #expect(throws: TensorError.self) { try Tensor.arange(start: 0, stop: 1e30) }
        #expect(throws: TensorError.self) { try Tensor.zeros([100_000, 1]).add(Tensor.zeros([1, 100_000])) }
        #expect(throws: TensorError.self) { try Tensor.zeros([6]).reshape([Int.max, Int.max, -1]) }
    }

    @Test func outOfRangeAxes() throws {
        let x = try Tensor.zeros([2, 3])
        #expect(throws: TensorError.invalidAxis(axis: 2, ndim: 2)) { try x.sum(axis: 2) }
        #expect(throws: TensorError.invalidAxis(axis: -3, ndim: 2)) { try x.mean(axis: -3) }
        #expect(throws: TensorError.self) { try x.softmax(axis: 5) }
        #expect(throws: TensorError.self) { try x.argmax(axis: 2) }
        #expect(throws: TensorError.self) { try x.unsqueeze(axis: 4) }
        #expect(throws: TensorError.self) { try x.permute([0, 0]) }
        #expect(throws: TensorError.self) { try x.sum(axis: [0, 0]) }
        #expect(
            TensorError.invalidAxis(axis: 2, ndim: 2).description
                == "axis 2 is out of bounds for array of dimension 2")
    }

    @Test func emptyReductions() throws {
        let empty = try Tensor.zeros([0, 3])
        #expect(try empty.sum().item() == 0)
        #expect(throws: TensorError.self) { try empty.max() }
        #expect(throws: TensorError.self) { try empty.argmin() }
        #expect(throws: TensorError.self) { try empty.mean() }
        #expect(try empty.max(axis: 1).shape == [0])
        #expect(throws: TensorError.self) { try Tensor([1]).variance(ddof: 1) }
        #expect(throws: TensorError.self) { try Tensor.zeros([2, 2, 2]).diag() }
    }

    @Test func badReshapesAndShapeOps() throws {
        let x = try Tensor.zeros([2, 3])
        #expect(throws: TensorError.self) { try x.reshape([4, 2]) }
        #expect(throws: TensorError.self) { try x.reshape([-1, -1]) }
        #expect(throws: TensorError.self) { try x.reshape([-1, 4]) }
        #expect(throws: TensorError.self) { try x.squeeze(axis: 0) }
        #expect(throws: TensorError.self) { try x.broadcastTo([3, 3]) }
        #expect(throws: TensorError.self) { try Tensor.concatenate([x, try Tensor.zeros([3, 2])], axis: 0) }
        #expect(throws: TensorError.self) { try Tensor.concatenate([], axis: 0) }
        #expect(throws: TensorError.self) { try Tensor.stack([x, try Tensor.zeros([3, 2])]) }
        #expect(throws: TensorError.self) { try x.pad([(1, 1)]) }
        #expect(throws: TensorError.self) { try x.pad([(1, 1), (-1, 0)]) }
        #expect(throws: TensorError.self) { try x.clip(min: 2, max: 1) }
        #expect(throws: TensorError.self) { try Tensor.where(try Tensor.zeros([4]), x, x) }
    }

    @Test func matmulMismatches() throws {
        let a = try Tensor.zeros([2, 3])
        let error = #expect(throws: TensorError.self) { try a.matmul(a) }
        #expect(error == .shapeMismatch(op: "matmul", lhs: [2, 3], rhs: [2, 3]))
        #expect(error?.description.contains("(2,3) and (2,3)") == true)
        #expect(throws: TensorError.self) { try Tensor(scalar: 1).matmul(a) }
        #expect(throws: TensorError.self) {
            try Tensor.zeros([2, 2, 3]).matmul(try Tensor.zeros([3, 3, 1]))
        }
        #expect(throws: TensorError.self) { try Tensor([1, 2]).dot(Tensor([1, 2, 3])) }
    }

    @Test func badIndices() throws {
        let x = try Tensor.zeros([3, 4])
        let error = #expect(throws: TensorError.self) { try x.index([.int(3)]) }
        #expect(error?.description == "index 3 is out of bounds for axis 0 with size 3")
        #expect(throws: TensorError.self) { try x.index([.int(-5)]) }
        #expect(throws: TensorError.self) { try x.index([.int(0), .int(0), .int(0)]) }
        #expect(throws: TensorError.self) { try x.index([.ellipsis, .ellipsis]) }
        #expect(throws: TensorError.self) { try x.index([.range(start: nil, stop: nil, step: 0)]) }
        #expect(throws: TensorError.self) { try x.index([.indices([0, 3])]) }
        #expect(throws: TensorError.self) { try x.index([.indices(Tensor([0.5]))]) }
        #expect(throws: TensorError.self) { try x.index([.mask(Tensor([1, 0]))]) }
        #expect(throws: TensorError.self) { try x.index([.indices(Tensor([1e30]))]) }
        #expect(throws: TensorError.self) { try x.index([.int(Int.min)]) }
        #expect(try x.index([.range(start: nil, stop: nil, step: Int.min)]).shape == [1, 4])
        #expect(try x.index([.range(start: Int.min, stop: Int.max, step: Int.max)]).shape == [1, 4])
        #expect(throws: TensorError.self) {
            try x.index([.indices(Tensor([0, 1])), .indices(Tensor([0, 1, 2]))])
        }
    }

    @Test func badAssignments() throws {
        let x = try Tensor.zeros([3, 4])
        #expect(throws: TensorError.self) { try x.assign([.int(0)], value: Tensor([1, 2])) }
        let tracked = try Tensor.zeros([2])
        tracked.requiresGrad = true
        #expect(throws: TensorError.self) { try tracked.assign([.int(0)], value: 1) }
        try GradMode.withoutGrad { try tracked.assign([.int(0)], value: 1) }
        #expect(tracked.toArray() == [1, 0])
    }

    @Test func linalgErrors() throws {
        #expect(throws: TensorError.self) { try Tensor.zeros([2, 3]).inv() }
        let singular = try Tensor(nested: [[1, 2], [2, 4]])
        let error = #expect(throws: TensorError.self) { try singular.inv() }
        #expect(error?.description.contains("Singular matrix") == true)
        #expect(try singular.det().item() == 0)
        #expect(throws: TensorError.self) { try Tensor.zeros([2, 2, 2]).svd() }
        #expect(throws: TensorError.self) { try Tensor(nested: [[1, Float.nan], [0, 1]]).eigh() }
        #expect(throws: TensorError.self) { try Tensor.zeros([0, 0]).det() }
    }

    @Test func backwardMisuse() throws {
        #expect(throws: TensorError.self) { try Tensor([1, 2]).sum().backward() }
        let x = try Tensor(shape: [2], data: [1, 2], requiresGrad: true)
        #expect(throws: TensorError.notScalar(shape: [2])) { try x.mul(2).backward() }
        #expect(throws: TensorError.self) { try x.mul(2).backward(gradient: Tensor([1])) }
        #expect(throws: TensorError.self) { try gradcheck({ $0[0] }, inputs: [x], epsilon: 0) }
    }
}
