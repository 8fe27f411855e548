import TensorEngine
import Testing

/// One differentiable op to check: a function of its inputs and the input shapes.
struct GradCase: Sendable, CustomStringConvertible {
    let name: String
    let shapes: [[Int]]
    /// Keep inputs away from zero (kinks of relu/abs, poles of log/div/sqrt).
    var awayFromZero = false
    /// Make inputs positive (log, sqrt, pow base).
    var positive = false
    let function: @Sendable ([Tensor]) throws -> Tensor

    var description: String { "\(name) \(shapes)" }
}

@Suite("Autograd gradients against finite differences")
struct AutogradGradcheckTests {
    static let cases: [GradCase] = [
        GradCase(name: "add broadcast", shapes: [[3, 4], [4]]) { try $0[0].add($0[1]) },
        GradCase(name: "add batch of one", shapes: [[1, 4], [3, 1]]) { try $0[0].add($0[1]) },
        GradCase(name: "sub broadcast", shapes: [[2, 1, 3], [4, 1]]) { try $0[0].sub($0[1]) },
        GradCase(name: "mul broadcast", shapes: [[2, 3], [2, 1]]) { try $0[0].mul($0[1]) },
        GradCase(name: "mul scalar tensor", shapes: [[5], []]) { try $0[0].mul($0[1]) },
        GradCase(name: "div broadcast", shapes: [[3, 2], [2]], awayFromZero: true) { try $0[0].div($0[1]) },
        GradCase(name: "pow", shapes: [[3, 2], [2]], positive: true) { try $0[0].pow($0[1]) },
        GradCase(name: "pow scalar", shapes: [[4]], positive: true) { $0[0].pow(1.7) },
        GradCase(name: "maximum", shapes: [[3, 4], [4]]) { try $0[0].maximum($0[1]) },
        GradCase(name: "minimum", shapes: [[3, 4], [3, 1]]) { try $0[0].minimum($0[1]) },
        GradCase(name: "scalar arithmetic", shapes: [[2, 3]], awayFromZero: true) {
            try (2 - (3 * $0[0] + 1) / 4) * (1 / $0[0])
        },
        GradCase(name: "neg", shapes: [[3]]) { -$0[0] },
        GradCase(name: "exp", shapes: [[2, 3]]) { $0[0].exp() },
        GradCase(name: "log", shapes: [[2, 3]], positive: true) { $0[0].log() },
        GradCase(name: "sqrt", shapes: [[2, 3]], positive: true) { $0[0].sqrt() },
        GradCase(name: "abs", shapes: [[2, 3]], awayFromZero: true) { $0[0].abs() },
        GradCase(name: "square", shapes: [[2, 3]]) { $0[0].square() },
        GradCase(name: "tanh", shapes: [[2, 3]]) { $0[0].tanh() },
        GradCase(name: "sigmoid", shapes: [[2, 3]]) { $0[0].sigmoid() },
        GradCase(name: "relu", shapes: [[2, 3]], awayFromZero: true) { $0[0].relu() },
        GradCase(name: "sin cos", shapes: [[4]]) { try $0[0].sin().mul($0[0].cos()) },
        GradCase(name: "sum all", shapes: [[2, 3, 4]]) { try $0[0].sum() },
        GradCase(name: "sum axes keepdims", shapes: [[2, 3, 4]]) {
            try $0[0].sum(axis: [0, 2], keepDims: true)
        },
        GradCase(name: "mean axis", shapes: [[2, 3, 4]]) { try $0[0].mean(axis: 1) },
        GradCase(name: "variance", shapes: [[3, 4]]) { try $0[0].variance(axis: 0) },
        GradCase(name: "std", shapes: [[3, 4]]) { try $0[0].std(axis: -1) },
        GradCase(name: "max axis", shapes: [[3, 4]]) { try $0[0].max(axis: 1) },
        GradCase(name: "max all", shapes: [[3, 4]]) { try $0[0].max() },
        GradCase(name: "min axes", shapes: [[2, 3, 4]]) { try $0[0].min(axis: [0, 2], keepDims: true) },
        GradCase(name: "softmax", shapes: [[3, 5]]) { try $0[0].softmax(axis: -1) },
        GradCase(name: "softmax axis 0", shapes: [[3, 5]]) { try $0[0].softmax(axis: 0) },
        GradCase(name: "logSoftmax", shapes: [[2, 3, 4]]) { try $0[0].logSoftmax(axis: 1) },
        GradCase(name: "matmul 2d", shapes: [[3, 4], [4, 2]]) { try $0[0].matmul($0[1]) },
        GradCase(name: "matmul batch of one", shapes: [[1, 4], [4, 2]]) { try $0[0].matmul($0[1]) },
        GradCase(name: "matmul vector", shapes: [[4], [4, 2]]) { try $0[0].matmul($0[1]) },
        GradCase(name: "matmul matrix-vector", shapes: [[3, 4], [4]]) { try $0[0].matmul($0[1]) },
        GradCase(name: "matmul batched", shapes: [[2, 3, 4], [2, 4, 2]]) { try $0[0].matmul($0[1]) },
        GradCase(name: "matmul broadcast batch", shapes: [[2, 1, 3, 4], [3, 4, 2]]) {
            try $0[0].matmul($0[1])
        },
        GradCase(name: "matmul rows @ matrix", shapes: [[2, 3, 4], [4, 5]]) { try $0[0].matmul($0[1]) },
        GradCase(name: "dot", shapes: [[5], [5]]) { try $0[0].dot($0[1]) },
        GradCase(name: "outer", shapes: [[3], [2]]) { try $0[0].outer($0[1]) },
        GradCase(name: "reshape transpose", shapes: [[2, 6]]) { try $0[0].reshape([3, 4]).transpose() },
        GradCase(name: "permute", shapes: [[2, 3, 4]]) { try $0[0].permute([2, 0, 1]) },
        GradCase(name: "squeeze unsqueeze", shapes: [[3, 1]]) { try $0[0].squeeze().unsqueeze(axis: 0) },
        GradCase(name: "broadcastTo", shapes: [[3, 1]]) { try $0[0].broadcastTo([2, 3, 4]) },
        GradCase(name: "concatenate", shapes: [[2, 3], [2, 1]]) { try Tensor.concatenate($0, axis: 1) },
        GradCase(name: "stack", shapes: [[2, 3], [2, 3]]) { try Tensor.stack($0, axis: 1) },
        GradCase(name: "pad", shapes: [[2, 3]]) { try $0[0].pad([(1, 0), (2, 1)], value: 3) },
        GradCase(name: "where", shapes: [[3, 4], [4]]) {
            try Tensor.where($0[0].gt(Tensor(scalar: 0)), $0[0], $0[1])
        },
        GradCase(name: "clip", shapes: [[3, 4]]) { try $0[0].clip(min: -0.5, max: 0.5) },
        GradCase(name: "index basic", shapes: [[4, 5]]) {
            try $0[0].index([.range(start: 1, stop: nil, step: 2), .int(-1)])
        },
        GradCase(name: "index repeated array", shapes: [[4, 5]]) {
            try $0[0].index([.indices([0, 2, 0]), .all])
        },
        GradCase(name: "index mask", shapes: [[3, 4]]) {
            try $0[0].index([.mask($0[0].detached().gt(Tensor(scalar: 0)))])
        },
        GradCase(name: "norm", shapes: [[3, 4]]) { try $0[0].norm() },
        GradCase(name: "norm axis", shapes: [[3, 4]]) { try $0[0].norm(axis: [1]) },
        GradCase(name: "norm ord 3", shapes: [[2, 4]], awayFromZero: true) {
            try $0[0].norm(ord: 3, axis: 1)
        },
        GradCase(name: "norm matrix ord inf", shapes: [[3, 4]], awayFromZero: true) {
            try $0[0].norm(ord: .infinity)
        },
        GradCase(name: "clone", shapes: [[3]]) { $0[0].clone() },
        GradCase(name: "cumsum", shapes: [[3, 4]]) { try $0[0].cumsum(axis: 1) },
        GradCase(name: "variance ddof 1", shapes: [[3, 4]]) { try $0[0].variance(axis: [0], ddof: 1) },
        GradCase(name: "diag vector", shapes: [[3]]) { try $0[0].diag() },
        GradCase(name: "trace", shapes: [[3, 4]]) { try $0[0].trace() },
        GradCase(name: "sort", shapes: [[3, 4]]) { try $0[0].sort(axis: 0) },
        GradCase(name: "logSumExp", shapes: [[3, 4]]) { try $0[0].logSumExp(axis: 0) },
        GradCase(name: "mod", shapes: [[3, 4], [4]], positive: true) { try $0[0].mul(3).mod($0[1]) },
    ]

    @Test(arguments: AutogradGradcheckTests.cases)
    func gradientMatchesFiniteDifferences(_ gradCase: GradCase) throws {
        let inputs = try gradCase.shapes.enumerated().map { position, shape -> Tensor in
            let seed = UInt64(position + 1) * 7919 + UInt64(gradCase.name.count)
            if gradCase.positive { return try Check.random(shape, seed: seed, low: 0.5, high: 2) }
            if gradCase.awayFromZero { return try Check.awayFromZero(shape, seed: seed, gap: 0.2) }
            return try Check.random(shape, seed: seed)
        }
        let error = try gradcheck(gradCase.function, inputs: inputs, epsilon: 1e-2)
        #expect(error < 1e-2, "\(gradCase.name): max error \(error)")
    }

    @Test func invAndDetGradients() throws {
        var generator = RandomGenerator(seed: 11)
        let base = try Tensor.uniform([3, 3], low: -0.5, high: 0.5, using: &generator).add(
            Tensor.eye(3).mul(2))
        #expect(try gradcheck({ try $0[0].inv() }, inputs: [base], epsilon: 1e-2) < 1e-2)
        #expect(try gradcheck({ try $0[0].det() }, inputs: [base], epsilon: 1e-2) < 1e-2)
    }

    @Test func gradcheckDetectsAWrongGradient() throws {
        // A function whose recorded gradient is deliberately wrong: x * detached(x) has true
        // derivative 2x but autograd only sees x.
        let input = try Check.random([4], seed: 5, low: 0.5, high: 1)
        let error = try gradcheck({ try $0[0].mul($0[0].detached()) }, inputs: [input])
        #expect(error > 0.1)
    }
}
