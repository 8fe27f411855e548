/// Gradient clipping applied in place to the `.grad` of parameters before an optimizer step.
public enum GradientClipping {
    /// Rescales all gradients together so their global L2 norm is at most `maxNorm`
    /// (PyTorch `clip_grad_norm_`: factor `maxNorm / (norm + 1e-6)`, only when it is below 1).
    /// Returns the global norm before clipping.
    /// - Throws: `TensorError.invalidArgument` for a negative or non-finite `maxNorm`.
    @discardableResult
    public static func clipByGlobalNorm(_ parameters: [Tensor], maxNorm: Float) throws -> Float {
        guard maxNorm >= 0, maxNorm.isFinite else {
            throw TensorError.invalidArgument(
                "clip_grad_norm: max_norm must be a non-negative number, got \(maxNorm)")
        }
        let gradients = parameters.compactMap { $0.grad }
        var sumOfSquares: Double = 0
        for gradient in gradients {
            gradient.withUnsafeBufferPointer { values in
                for value in values { sumOfSquares += Double(value) * Double(value) }
            }
        }
        let norm = Float(sumOfSquares.squareRoot())
        let factor = maxNorm / (norm + 1e-6)
        if factor < 1 {
            for gradient in gradients {
                gradient.withUnsafeMutableBufferPointer { values in
                    for index in values.indices { values[index] *= factor }
                }
            }
        }
        return norm
    }

    /// Clamps every gradient element into `[−clipValue, clipValue]` (PyTorch `clip_grad_value_`).
    /// - Throws: `TensorError.invalidArgument` for a negative or non-finite `clipValue`.
    public static func clipByValue(_ parameters: [Tensor], clipValue: Float) throws {
        guard clipValue >= 0, clipValue.isFinite else {
            throw TensorError.invalidArgument(
                "clip_grad_value: clip_value must be a non-negative number, got \(clipValue)")
        }
        for gradient in parameters.compactMap({ $0.grad }) {
            gradient.withUnsafeMutableBufferPointer { values in
                for index in values.indices {
                    values[index] = Swift.min(Swift.max(values[index], -clipValue), clipValue)
                }
            }
        }
    }
}
