extension Tensor {
    /// Standard-normal samples, drawn in row-major order from `generator`.
    public static func randn(_ shape: [Int], using generator: inout RandomGenerator) throws -> Tensor {
        try Shape.validate(shape, op: "randn")
        let result = uninitialized(shape)
        for index in 0..<result.count { result.storage.pointer[index] = generator.normal() }
        return result
    }

    /// Samples uniform in `[low, high)`, drawn in row-major order from `generator`.
    public static func uniform(
        _ shape: [Int], low: Float = 0, high: Float = 1, using generator: inout RandomGenerator
    ) throws -> Tensor {
        try Shape.validate(shape, op: "uniform")
        guard low <= high, low.isFinite, high.isFinite else {
            throw TensorError.invalidArgument(
                "uniform: need finite low <= high, got low=\(low), high=\(high)")
        }
        let result = uninitialized(shape)
        let span = high - low
        for index in 0..<result.count { result.storage.pointer[index] = low + span * generator.uniform() }
        return result
    }
}
