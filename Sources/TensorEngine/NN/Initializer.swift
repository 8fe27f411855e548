/// Weight initialisation schemes, all drawn from a seeded `RandomGenerator`.
///
/// `fanIn` is the number of inputs feeding one output unit (`in_features`, or `C·kH·kW` for a
/// convolution) and `fanOut` the number of outputs one input feeds (`out_features`, `O·kH·kW`).
public enum Initializer: Sendable, Equatable {
    /// Glorot/Xavier uniform: `U(−a, a)`, `a = gain·√(6 / (fanIn + fanOut))`; keeps the activation
    /// variance steady through tanh/sigmoid layers.
    case xavierUniform(gain: Float = 1)
    /// Glorot/Xavier normal: `N(0, σ²)`, `σ = gain·√(2 / (fanIn + fanOut))`.
    case xavierNormal(gain: Float = 1)
    /// He/Kaiming uniform for ReLU: `U(−b, b)`, `b = √(6 / fanIn)`.
    case heUniform
    /// He/Kaiming normal for ReLU: `N(0, σ²)`, `σ = √(2 / fanIn)`.
    case heNormal
    /// PyTorch's default for `Linear`/`Conv2d` weights: `U(−1/√fanIn, 1/√fanIn)`.
    case lecunUniform
    /// Every value zero (biases).
    case zeros

    /// A tensor of `shape` filled by this scheme.
    public func makeTensor(
        _ shape: [Int], fanIn: Int, fanOut: Int, using generator: inout RandomGenerator
    ) throws -> Tensor {
        let tensor = try Tensor.zeros(shape)
        let fanInSize = Float(Swift.max(fanIn, 1))
        let fanSum = Float(Swift.max(fanIn + fanOut, 1))
        tensor.withUnsafeMutableBufferPointer { values in
            switch self {
            case .xavierUniform(let gain):
                Initializer.fillUniform(values, bound: gain * (6 / fanSum).squareRoot(), &generator)
            case .xavierNormal(let gain):
                Initializer.fillNormal(values, std: gain * (2 / fanSum).squareRoot(), &generator)
            case .heUniform:
                Initializer.fillUniform(values, bound: (6 / fanInSize).squareRoot(), &generator)
            case .heNormal:
                Initializer.fillNormal(values, std: (2 / fanInSize).squareRoot(), &generator)
            case .lecunUniform:
                Initializer.fillUniform(values, bound: 1 / fanInSize.squareRoot(), &generator)
            case .zeros:
                break
            }
        }
        return tensor
    }

    private static func fillUniform(
        _ values: UnsafeMutableBufferPointer<Float>, bound: Float, _ generator: inout RandomGenerator
    ) {
        for index in values.indices { values[index] = (2 * generator.uniform() - 1) * bound }
    }

    private static func fillNormal(
        _ values: UnsafeMutableBufferPointer<Float>, std: Float, _ generator: inout RandomGenerator
    ) {
        for index in values.indices { values[index] = generator.normal() * std }
    }
}
