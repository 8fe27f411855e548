import TensorEngine

/// Shared helpers for the core engine tests.
enum Check {
    /// Whether two float arrays agree within `absolute + relative * |expected|` element-wise.
    static func close(_ actual: [Float], _ expected: [Float], relative: Float = 1e-4, absolute: Float = 1e-5)
        -> Bool
    {
        guard actual.count == expected.count else { return false }
        for (a, e) in zip(actual, expected) {
            if a.isNaN || e.isNaN { return false }
            if a == e { continue }
            if Swift.abs(a - e) > absolute + relative * Swift.abs(e) { return false }
        }
        return true
    }

    /// A tensor of uniform values in `[low, high)` from a fixed seed.
    static func random(_ shape: [Int], seed: UInt64, low: Float = -1, high: Float = 1) throws -> Tensor {
        var generator = RandomGenerator(seed: seed)
        return try Tensor.uniform(shape, low: low, high: high, using: &generator)
    }

    /// Values in `[low, high)` whose magnitude stays at least `gap` away from zero, so
    /// finite differences do not straddle the kinks of relu/abs/max.
    static func awayFromZero(_ shape: [Int], seed: UInt64, gap: Float = 0.1) throws -> Tensor {
        let base = try random(shape, seed: seed)
        let values = base.toArray().map { $0 >= 0 ? $0 + gap : $0 - gap }
        return try Tensor(shape: shape, data: values)
    }
}
