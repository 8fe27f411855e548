import TensorEngine
import Testing

@Suite("Linear algebra")
struct LinalgTests {
    @Test(arguments: [[5, 3], [3, 5], [4, 4], [1, 6]])
    func svdReconstructs(_ shape: [Int]) throws {
        let a = try Check.random(shape, seed: UInt64(shape[0] * 10 + shape[1]))
        let (u, s, vt) = try a.svd()
        let k = Swift.min(shape[0], shape[1])
        #expect(u.shape == [shape[0], k])
        #expect(s.shape == [k])
        #expect(vt.shape == [k, shape[1]])
        let rebuilt = try u.mul(s).matmul(vt)
        #expect(Check.close(rebuilt.toArray(), a.toArray(), relative: 1e-4, absolute: 1e-4))
        let values = s.toArray()
        #expect(values == values.sorted(by: >))
        // Orthonormal columns of U.
        let gram = try u.transpose().matmul(u)
        #expect(Check.close(gram.toArray(), try Tensor.eye(k).toArray(), relative: 1e-4, absolute: 1e-4))
    }

    @Test func eighDecomposesSymmetricMatrices() throws {
        let m = try Check.random([5, 5], seed: 3)
        let symmetric = try m.add(m.transpose()).mul(0.5)
        let (values, vectors) = try symmetric.eigh()
        let ascending = values.toArray()
        #expect(ascending == ascending.sorted())
        // A v = λ v for every column.
        let lhs = try symmetric.matmul(vectors)
        let rhs = try vectors.mul(values)
        #expect(Check.close(lhs.toArray(), rhs.toArray(), relative: 1e-4, absolute: 1e-4))
        // Deterministic signs: the largest entry of each eigenvector is positive.
        for column in 0..<5 {
            let entries = try vectors.index(.all, .int(column)).toArray()
            let largest = entries.max(by: { Swift.abs($0) < Swift.abs($1) }) ?? 0
            #expect(largest > 0)
        }
    }

    @Test func inverseTimesMatrixIsIdentity() throws {
        let a = try Check.random([4, 4], seed: 8).add(Tensor.eye(4).mul(3))
        let product = try a.matmul(a.inv())
        #expect(Check.close(product.toArray(), try Tensor.eye(4).toArray(), relative: 1e-4, absolute: 1e-5))
    }

    @Test func determinantOfKnownMatrices() throws {
        #expect(try Tensor(nested: [[2, 0], [0, 3]]).det().item() == 6)
        #expect(try Tensor(nested: [[0, 1], [1, 0]]).det().item() == -1)
        #expect(Swift.abs(try Tensor(nested: [[1, 2], [3, 4]]).det().item() + 2) < 1e-5)
    }

    @Test func norms() throws {
        let x = try Tensor(nested: [[3, 4], [0, 0]])
        #expect(try x.norm().item() == 5)
        #expect(try x.norm(axis: [1]).toArray() == [5, 0])
    }
}
