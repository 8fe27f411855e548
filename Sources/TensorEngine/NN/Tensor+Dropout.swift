extension Tensor {
    /// Inverted dropout: in training mode each element is zeroed with probability `p` and the
    /// survivors are scaled by `1/(1−p)`, so the expected value is unchanged and eval mode is the
    /// identity. The mask is drawn in row-major order from `generator` (an element is kept when
    /// `generator.uniform() >= p`), so a seeded generator gives a reproducible mask.
    /// - Throws: `TensorError.invalidArgument` unless `0 <= p <= 1`.
    public func dropout(p: Float, training: Bool, using generator: inout RandomGenerator) throws -> Tensor {
        guard p >= 0, p <= 1 else {
            throw TensorError.invalidArgument("dropout: probability has to be between 0 and 1, but got \(p)")
        }
        guard training, p > 0 else { return self }
        let mask = Tensor.uninitialized(shape)
        let scale: Float = p == 1 ? 0 : 1 / (1 - p)
        for index in 0..<count {
            mask.storage.pointer[index] = generator.uniform() >= p ? scale : 0
        }
        let output = Tensor.uninitialized(shape)
        for index in 0..<count {
            output.storage.pointer[index] = storage.pointer[index] * mask.storage.pointer[index]
        }
        return Tensor.record(output, inputs: [self], name: "dropout") { gradOutput in
            let gradInput = Tensor.uninitialized(gradOutput.shape)
            for index in 0..<gradOutput.count {
                gradInput.storage.pointer[index] =
                    gradOutput.storage.pointer[index] * mask.storage.pointer[index]
            }
            return [gradInput]
        }
    }
}
