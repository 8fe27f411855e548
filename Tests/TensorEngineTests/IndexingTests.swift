import TensorEngine
import Testing

@Suite("NumPy indexing and assignment")
struct IndexingTests {
    let grid: Tensor

    init() throws {
        grid = try Tensor.arange(stop: 12).reshape([3, 4])
    }

    @Test func basicSelections() throws {
        #expect(try grid.index(.int(1)).toArray() == [4, 5, 6, 7])
        #expect(try grid.index(.all, .int(-1)).toArray() == [3, 7, 11])
        #expect(try grid.index(.int(2), .int(3)).shape == [])
        #expect(try grid.index(.range(start: nil, stop: nil, step: -1), .int(0)).toArray() == [8, 4, 0])
        #expect(try grid.index(.newAxis, .ellipsis).shape == [1, 3, 4])
        #expect(try grid.index(.range(start: 5, stop: nil, step: nil)).shape == [0, 4])
    }

    @Test func advancedSelections() throws {
        #expect(try grid.index(.indices([2, 0])).shape == [2, 4])
        let picked = try grid.index(.indices([0, 1, 2]), .indices([3, 2, 1]))
        #expect(picked.toArray() == [3, 6, 9])
        let mask = try grid.gt(Tensor(scalar: 8))
        #expect(try grid.index(.mask(mask)).toArray() == [9, 10, 11])
    }

    @Test func nonzeroMatchesMaskIndexing() throws {
        let mask = try grid.mod(Tensor(scalar: 5)).eq(Tensor(scalar: 0))
        let coordinates = mask.nonzero()
        #expect(coordinates.count == 2)
        #expect(coordinates[0].toArray() == [0, 1, 2])
        #expect(coordinates[1].toArray() == [0, 1, 2])
        let viaArrays = try grid.index(.indices(coordinates[0]), .indices(coordinates[1]))
        #expect(viaArrays.toArray() == (try grid.index(.mask(mask)).toArray()))
    }

    @Test func assignmentWritesInPlace() throws {
        let x = grid.copy()
        try x.assign([.all, .int(0)], value: 100)
        #expect(try x.index(.all, .int(0)).toArray() == [100, 100, 100])
        try x.assign([.int(0)], value: Tensor([1, 2, 3, 4]))
        #expect(try x.index(.int(0)).toArray() == [1, 2, 3, 4])
        // `x[:, 0] += 1` as the interpreter performs it: read, add, write back.
        let column = try x.index(.all, .int(0)).add(1)
        try x.assign([.all, .int(0)], value: column)
        #expect(try x.index(.all, .int(0)).toArray() == [2, 101, 101])
    }

    @Test func gradientOfRepeatedIndicesAccumulates() throws {
        let x = try Tensor(shape: [3], data: [1, 2, 3], requiresGrad: true)
        try x.index(.indices([0, 0, 2])).sum().backward()
        #expect(x.grad?.toArray() == [2, 0, 1])
    }
}
