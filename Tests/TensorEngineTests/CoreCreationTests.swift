import TensorEngine
import Testing

@Suite("Tensor creation and access")
struct CoreCreationTests {
    @Test func shapeDataRoundTrip() throws {
        let tensor = try Tensor(shape: [2, 3], data: [1, 2, 3, 4, 5, 6])
        #expect(tensor.shape == [2, 3])
        #expect(tensor.ndim == 2)
        #expect(tensor.count == 6)
        #expect(tensor.toArray() == [1, 2, 3, 4, 5, 6])
        #expect(try tensor.value(at: [1, -1]) == 6)
    }

    @Test func scalarsAndItem() throws {
        let scalar = Tensor(scalar: 3.5)
        #expect(scalar.shape == [])
        #expect(scalar.count == 1)
        #expect(try scalar.item() == 3.5)
        #expect(try Tensor(shape: [1, 1], data: [2]).item() == 2)
        #expect(throws: TensorError.notScalar(shape: [2])) { try Tensor([1, 2]).item() }
    }

    @Test func filledConstructors() throws {
        #expect(try Tensor.zeros([2, 2]).toArray() == [0, 0, 0, 0])
        #expect(try Tensor.ones([3]).toArray() == [1, 1, 1])
        #expect(try Tensor.full([2], value: 7).toArray() == [7, 7])
        #expect(try Tensor.eye(3).toArray() == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        let like = try Tensor.zeros([2, 5])
        #expect(Tensor.onesLike(like).shape == [2, 5])
        #expect(Tensor.zerosLike(like).toArray().allSatisfy { $0 == 0 })
        #expect(try Tensor.zeros([0, 3]).count == 0)
    }

    @Test func rangesMatchNumPy() throws {
        #expect(try Tensor.arange(stop: 5).toArray() == [0, 1, 2, 3, 4])
        #expect(try Tensor.arange(start: 1, stop: 2, step: 0.25).toArray() == [1, 1.25, 1.5, 1.75])
        #expect(try Tensor.arange(start: 5, stop: 0, step: -2).toArray() == [5, 3, 1])
        #expect(try Tensor.arange(start: 3, stop: 1).count == 0)
        #expect(try Tensor.linspace(start: 0, stop: 1, count: 5).toArray() == [0, 0.25, 0.5, 0.75, 1])
        #expect(try Tensor.linspace(start: 2, stop: 3, count: 1).toArray() == [2])
    }

    @Test func nestedArrays() throws {
        let matrix = try Tensor(nested: [[1, 2, 3], [4, 5, 6]])
        #expect(matrix.shape == [2, 3])
        #expect(matrix.toArray() == [1, 2, 3, 4, 5, 6])
        let cube = try Tensor(nested: [[[1.5], [2.5]]])
        #expect(cube.shape == [1, 2, 1])
        #expect(try Tensor(nested: 4).shape == [])
        #expect(try Tensor(nested: [[Float]]([[], []])).shape == [2, 0])
    }

    @Test func raggedNestedArraysThrow() {
        #expect(throws: TensorError.self) { try Tensor(nested: [[1, 2], [3]]) }
        #expect(throws: TensorError.self) { try Tensor(nested: [[1, 2], 3]) }
        #expect(throws: TensorError.self) { try Tensor(nested: ["a"]) }
    }

    @Test func reshapeSharesValuesAndInfersSize() throws {
        let tensor = try Tensor.arange(stop: 12)
        let reshaped = try tensor.reshape([3, -1])
        #expect(reshaped.shape == [3, 4])
        #expect(try reshaped.reshape([-1]).toArray() == tensor.toArray())
        #expect(try tensor.reshape([2, 3, 2]).flatten(startAxis: 1).shape == [2, 6])
    }

    @Test func descriptionLooksLikeNumPy() throws {
        let tensor = try Tensor(nested: [[1, 2], [3, 4.5]])
        #expect(tensor.description == "tensor([[1., 2.],\n[3., 4.5]])")
    }

    @Test func mutableBufferWritesInPlace() throws {
        let tensor = try Tensor.zeros([3])
        tensor.withUnsafeMutableBufferPointer { $0[1] = 5 }
        #expect(tensor.toArray() == [0, 5, 0])
    }
}
