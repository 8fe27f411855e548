import Foundation
import TensorEngine
import Testing

/// A tensor stored in torch_golden.json: shape plus row-major values.
struct TorchTensor: Sendable, Decodable {
    let shape: [Int]
    let data: [Float]

    /// A fresh engine tensor with these values.
    func tensor(requiresGrad: Bool = false) throws -> Tensor {
        try Tensor(shape: shape, data: data, requiresGrad: requiresGrad)
    }
}

/// Forward and backward values of one convolution from PyTorch.
struct TorchConvCase: Sendable, Decodable {
    let name: String
    let stride: Int
    let padding: Int
    let x, weight, y, g, dx, dweight: TorchTensor
    let bias, dbias: TorchTensor?
}

/// One pooling call from PyTorch.
struct TorchPoolCase: Sendable, Decodable {
    let kind: String
    let kernel: Int
    let stride: Int
    let x, y, g, dx: TorchTensor
}

/// One batch-norm call from PyTorch, with running statistics before and after.
struct TorchBatchNormCase: Sendable, Decodable {
    let name: String
    let training: Bool
    let momentum: Float
    let eps: Float
    let x, gamma, beta, runningMean, runningVar, y, newRunningMean, newRunningVar, g, dx, dgamma,
        dbeta: TorchTensor
}

/// One loss evaluation from PyTorch.
struct TorchLossCase: Sendable, Decodable {
    let kind: String
    let input: TorchTensor
    let target: TorchTensor?
    let labels: [Int]?
    let gamma: Float?
    let alpha: [Float]?
    let binaryAlpha: Float?
    let loss: Float
    let dinput: TorchTensor
}

/// Hyper-parameters of one optimizer case (PyTorch's keyword names).
struct TorchOptimizerOptions: Sendable, Decodable {
    let lr: Float
    let momentum: Float?
    let dampening: Float?
    let nesterov: Bool?
    let weightDecay: Float?
    let alpha: Float?
    let eps: Float?
    let betas: [Float]?
}

/// Three optimizer steps from a start value with given gradients, and the values after each.
struct TorchOptimizerCase: Sendable, Decodable {
    let kind: String
    let options: TorchOptimizerOptions
    let start: TorchTensor
    let grads: [TorchTensor]
    let after: [TorchTensor]
}

/// A learning-rate sequence from a PyTorch scheduler.
struct TorchScheduleCase: Sendable, Decodable {
    let kind: String
    let baseLr: Float
    let stepSize: Int?
    let gamma: Float?
    let tMax: Int?
    let etaMin: Float?
    let lrs: [Float]
}

/// Gradient clipping by norm and by value from PyTorch.
struct TorchClipping: Sendable, Decodable {
    struct ByNorm: Sendable, Decodable {
        let maxNorm: Float
        let grads: [TorchTensor]
        let totalNorm: Float
        let clipped: [TorchTensor]
    }

    struct ByValue: Sendable, Decodable {
        let clipValue: Float
        let grads: [TorchTensor]
        let clipped: [TorchTensor]
    }

    let norm: ByNorm
    let value: ByValue
}

/// The whole fixture written by scripts/golden/torch_golden.py.
struct TorchGolden: Sendable, Decodable {
    let conv2d: [TorchConvCase]
    let pool: [TorchPoolCase]
    let batchnorm: [TorchBatchNormCase]
    let losses: [TorchLossCase]
    let optimizers: [TorchOptimizerCase]
    let schedules: [TorchScheduleCase]
    let clipping: TorchClipping

    /// Loads Fixtures/torch_golden.json from the test bundle.
    static func load() throws -> TorchGolden {
        let url = try #require(
            Bundle.module.url(forResource: "torch_golden", withExtension: "json", subdirectory: "Fixtures"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(TorchGolden.self, from: Data(contentsOf: url))
    }
}

/// Comparison helpers for the PyTorch golden tests.
enum TorchCheck {
    /// Largest `|actual − expected| / (absolute + relative·|expected|)`; at most 1 means close.
    static func worstRatio(_ actual: Tensor?, _ expected: TorchTensor, relative: Float, absolute: Float)
        -> Float
    {
        guard let actual, actual.shape == expected.shape else { return .infinity }
        var worst: Float = 0
        for (a, e) in zip(actual.toArray(), expected.data) {
            let ratio = Swift.abs(a - e) / (absolute + relative * Swift.abs(e))
            worst = Swift.max(worst, ratio.isNaN ? .infinity : ratio)
        }
        return worst
    }

    /// Records a test issue naming `what` when `actual` is not close to `expected`.
    static func expectClose(
        _ actual: Tensor?, _ expected: TorchTensor, _ what: String, relative: Float = 1e-4,
        absolute: Float = 1e-5, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let ratio = worstRatio(actual, expected, relative: relative, absolute: absolute)
        #expect(
            ratio <= 1,
            "\(what): shape \(actual?.shape ?? []) vs \(expected.shape), worst error ratio \(ratio)",
            sourceLocation: sourceLocation)
    }

    /// Deterministic inputs whose entries differ pairwise by at least `gap`, so that finite
    /// differences of ±1e-2 never reorder them (max pooling, ReLU kinks).
    static func distinctValues(_ shape: [Int], seed: UInt64, gap: Float = 0.05) throws -> Tensor {
        var generator = RandomGenerator(seed: seed)
        let count = shape.reduce(1, *)
        let order = generator.permutation(count)
        // Half-gap offset keeps every value away from 0 (the ReLU kink).
        let values = order.map { (Float($0) - Float(count / 2) + 0.5) * gap }
        return try Tensor(shape: shape, data: values)
    }
}
