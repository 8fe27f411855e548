import TensorEngine

extension Evaluator {
    /// Most multiply-adds one convolution or matrix product may cost (a fraction of a
    /// second with OpenBLAS here), so one operation cannot blow the wall-time limit.
    static let maximumConvolutionWork = 4_000_000_000

    /// Rejects convolutions whose output, unfolded patches or arithmetic would exceed the
    /// sandbox before the engine allocates anything. Invalid geometry is left to the engine,
    /// which explains it.
    func checkConvolutionCost(_ input: [Int], _ weight: [Int], stride: Int, padding: Int) throws {
        guard input.count == 4, weight.count == 4, stride > 0, padding >= 0, padding < 1 << 20 else { return }
        let height = (input[2] + 2 * padding - weight[2]) / stride + 1
        let width = (input[3] + 2 * padding - weight[3]) / stride + 1
        guard height > 0, width > 0 else { return }
        try meter.allocate(shape: [input[0], weight[0], height, width])
        // The engine unfolds patches (im2col): C·KH·KW rows by N·OH·OW columns.
        let patchRows = [weight[1], weight[2], weight[3]].reduce(1) {
            $0.multipliedReportingOverflow(by: $1).partialValue
        }
        try meter.allocate(shape: [patchRows, input[0], height, width])
        let work = Double(input[0]) * Double(weight[0]) * Double(height) * Double(width) * Double(patchRows)
        if work > Double(Evaluator.maximumConvolutionWork) {
            throw ResourceMeter.limitError(
                .work, "conv2d would need \(Int(work / 1e9)) billion multiply-adds, at most 4 billion allowed"
            )
        }
    }

    /// Rejects O(n³) decompositions of matrices too large to finish within the time limit.
    func checkDecompositionSize(_ array: ArrayValue, _ name: String) throws {
        if let largest = array.shape.max(), largest > 1024 {
            throw ResourceMeter.limitError(
                .work, "\(name) of a \(array.shape[0])x\(array.shape[1]) matrix; at most 1024x1024 allowed")
        }
    }
}

/// Deep-learning helpers (softmax, cross_entropy, conv2d, ...) and `grad`.
extension BuiltinLibrary {
    func defineNeuralNetworkHelpers() {
        for name in ["softmax", "log_softmax"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x", "axis"], required: 1)
                let array = try evaluator.asArray(values[0] ?? .none)
                let axis = try evaluator.intArgument(values[1], -1) ?? -1
                let tensor = array.tensor.ndim == 0 ? try array.tensor.reshape([1]) : array.tensor
                var result =
                    name == "softmax" ? try tensor.softmax(axis: axis) : try tensor.logSoftmax(axis: axis)
                if array.tensor.ndim == 0 { result = try result.reshape([]) }
                return try evaluator.makeArray(result)
            }
        }
        define("cross_entropy") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "cross_entropy", ["logits", "labels"], required: 2)
            let logits = try evaluator.asArray(values[0] ?? .none)
            let labels = try evaluator.asArray(values[1] ?? .none)
            let matrix =
                logits.tensor.ndim == 1 ? try logits.tensor.reshape([1, logits.tensor.count]) : logits.tensor
            let labelTensor = labels.tensor.ndim == 0 ? try labels.tensor.reshape([1]) : labels.tensor
            return try evaluator.makeArray(try Loss.crossEntropy(logits: matrix, labels: labelTensor))
        }
        define("conv2d") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "conv2d", ["x", "weight", "bias", "stride", "padding"], required: 2)
            let input = try evaluator.asArray(values[0] ?? .none)
            let weight = try evaluator.asArray(values[1] ?? .none)
            let bias = try values[2].flatMap { evaluator.isNone($0) ? nil : try evaluator.asArray($0) }
            let stride = try evaluator.intArgument(values[3], 1) ?? 1
            let padding = try evaluator.intArgument(values[4], 0) ?? 0
            try evaluator.checkConvolutionCost(input.shape, weight.shape, stride: stride, padding: padding)
            let result = try input.tensor.conv2d(
                weight: weight.tensor, bias: bias?.tensor, stride: stride, padding: padding)
            return try evaluator.makeArray(result)
        }
        define("max_pool2d") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "max_pool2d", ["x", "kernel_size", "stride"], required: 1)
            let input = try evaluator.asArray(values[0] ?? .none)
            let kernel = try evaluator.intArgument(values[1], 2) ?? 2
            let stride = try evaluator.intArgument(values[2], nil)
            if input.shape.count == 4, kernel > 0, (stride ?? kernel) > 0 {
                let step = stride ?? kernel
                let height = max(0, (input.shape[2] - kernel) / step + 1)
                let width = max(0, (input.shape[3] - kernel) / step + 1)
                try evaluator.meter.allocate(shape: [input.shape[0], input.shape[1], height, width])
            }
            return try evaluator.makeArray(try input.tensor.maxPool2d(kernelSize: kernel, stride: stride))
        }
        define("batch_norm") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "batch_norm",
                ["x", "gamma", "beta", "eps", "running_mean", "running_var", "training", "momentum"],
                required: 1)
            let input = try evaluator.asArray(values[0] ?? .none)
            func optionalTensor(_ value: Value?) throws -> Tensor? {
                guard let value, !evaluator.isNone(value) else { return nil }
                return try evaluator.asArray(value).tensor
            }
            let result = try input.tensor.batchNorm(
                runningMean: try optionalTensor(values[4]), runningVar: try optionalTensor(values[5]),
                weight: try optionalTensor(values[1]), bias: try optionalTensor(values[2]),
                training: try evaluator.boolArgument(values[6], true),
                momentum: try evaluator.floatArgument(values[7], 0.1, "momentum") ?? 0.1,
                eps: try evaluator.floatArgument(values[3], 1e-5, "eps") ?? 1e-5)
            return try evaluator.makeArray(result)
        }
        define("dropout") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "dropout", ["x", "p", "training"], required: 1)
            let input = try evaluator.asArray(values[0] ?? .none)
            let probability = try evaluator.floatArgument(values[1], 0.5, "p") ?? 0.5
            let training = try evaluator.boolArgument(values[2], true)
            let result = try input.tensor.dropout(
                p: probability, training: training, using: &evaluator.random)
            return try evaluator.makeArray(result)
        }
        define("grad") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "grad", ["fun", "argnums"], required: 1)
            let function = values[0] ?? .none
            switch function {
            case .function, .builtin, .gradient: break
            default: throw ScriptError(.typeError, "grad() expects a function, got '\(function.typeName)'")
            }
            guard let argnums = values[1], !evaluator.isNone(argnums) else {
                return .gradient(GradientFunction(function: function, argnums: [0], returnsSingle: true))
            }
            if let single = evaluator.pythonInteger(argnums) {
                return .gradient(GradientFunction(function: function, argnums: [single], returnsSingle: true))
            }
            let positions = try evaluator.iterate(argnums).map { try evaluator.intValue($0) }
            return .gradient(GradientFunction(function: function, argnums: positions, returnsSingle: false))
        }
    }
}
