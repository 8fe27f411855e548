import TensorEngine

/// `np.linalg`: norm, svd, eigh, inv, det, solve.
extension BuiltinLibrary {
    func defineLinearAlgebra() {
        define("norm", in: linalg) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "norm", ["x", "ord", "axis", "keepdims"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            let axes = try evaluator.axisArgument(values[2])
            let keepDims = try evaluator.boolArgument(values[3], false)
            let tensor = array.tensor
            guard let order = values[1], !evaluator.isNone(order) else {
                return try evaluator.makeArray(try tensor.norm(axis: axes, keepDims: keepDims))
            }
            if case .string(let name) = order, name == "fro" {
                return try evaluator.makeArray(try tensor.norm(axis: axes, keepDims: keepDims))
            }
            guard let number = evaluator.numberValue(order) else {
                throw ScriptError(.valueError, "Invalid norm order '\(order.representation)'")
            }
            let vectorLike = tensor.ndim == 1 || axes?.count == 1
            guard vectorLike else {
                throw ScriptError(
                    .valueError, "norm: only ord=None or 'fro' is supported for matrices in TensorScript")
            }
            switch number {
            case 2: return try evaluator.makeArray(try tensor.norm(axis: axes, keepDims: keepDims))
            case 1: return try evaluator.makeArray(try tensor.abs().sum(axis: axes, keepDims: keepDims))
            case .infinity:
                return try evaluator.makeArray(try tensor.abs().max(axis: axes, keepDims: keepDims))
            default:
                let powered = try tensor.abs().pow(Float(number)).sum(axis: axes, keepDims: keepDims)
                return try evaluator.makeArray(powered.pow(Float(1 / number)))
            }
        }
        define("svd", in: linalg) { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "svd", ["a", "full_matrices", "compute_uv"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            try evaluator.requireMatrix(array, "svd")
            try evaluator.checkDecompositionSize(array, "svd")
            let fullMatrices = try evaluator.boolArgument(values[1], true)
            let (rows, columns) = (array.shape[0], array.shape[1])
            if fullMatrices && rows != columns {
                throw ScriptError(
                    .valueError,
                    "svd: full_matrices=True is not supported for non-square matrices in TensorScript; "
                        + "pass full_matrices=False")
            }
            let (u, s, vt) = try array.tensor.svd()
            if !(try evaluator.boolArgument(values[2], true)) { return try evaluator.makeArray(s) }
            return .tuple([
                try evaluator.makeArray(u), try evaluator.makeArray(s), try evaluator.makeArray(vt),
            ])
        }
        define("eigh", in: linalg) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "eigh", ["a"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            try evaluator.requireMatrix(array, "eigh")
            try evaluator.checkDecompositionSize(array, "eigh")
            let (eigenvalues, vectors) = try array.tensor.eigh()
            return .tuple([try evaluator.makeArray(eigenvalues), try evaluator.makeArray(vectors)])
        }
        define("inv", in: linalg) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "inv", ["a"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            try evaluator.requireMatrix(array, "inv")
            try evaluator.checkDecompositionSize(array, "inv")
            return try evaluator.makeArray(try array.tensor.inv())
        }
        define("det", in: linalg) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "det", ["a"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            try evaluator.requireMatrix(array, "det")
            try evaluator.checkDecompositionSize(array, "det")
            return try evaluator.makeArray(try array.tensor.det())
        }
        define("solve", in: linalg) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "solve", ["a", "b"], required: 2)
            let array = try evaluator.asArray(values[0] ?? .none)
            try evaluator.requireMatrix(array, "solve")
            try evaluator.checkDecompositionSize(array, "solve")
            let inverse = try array.tensor.inv()
            return try evaluator.binary(.matrixMultiply, .array(ArrayValue(inverse)), values[1] ?? .none)
        }
    }
}

extension Evaluator {
    func requireMatrix(_ array: ArrayValue, _ name: String) throws {
        guard array.tensor.ndim == 2 else {
            throw ScriptError(
                .valueError,
                "\(array.tensor.ndim)-dimensional array given. Array must be two-dimensional (\(name))")
        }
    }
}
