import TensorEngine

/// Reductions with NumPy's `axis` (None, int or tuple) and `keepdims`.
extension BuiltinLibrary {
    func defineReductions() {
        for name in ["sum", "mean", "var", "std", "max", "min", "amax", "amin", "prod", "any", "all"] {
            define(name) { evaluator, arguments in
                let parameters = ["a", "axis", "keepdims"] + (name == "var" || name == "std" ? ["ddof"] : [])
                let values = try evaluator.bind(arguments, name, parameters, required: 1)
                return try evaluator.reduce(
                    name, values[0] ?? .none, axis: values[1], keepDims: values[2],
                    ddof: values.count > 3 ? values[3] : nil)
            }
        }
        for name in ["argmax", "argmin"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["a", "axis", "keepdims"], required: 1)
                return try evaluator.argReduce(name, values[0] ?? .none, axis: values[1], keepDims: values[2])
            }
        }
    }
}

extension Evaluator {
    func reduce(
        _ name: String, _ input: Value, axis axisValue: Value?, keepDims keepValue: Value?, ddof: Value?
    ) throws
        -> Value
    {
        let array = try asArray(input)
        let axes = try axisArgument(axisValue)
        let keepDims = try boolArgument(keepValue, false)
        let tensor = array.tensor
        let integerInput = array.elementType != .float32
        let result: Tensor
        let type: ElementType
        switch name {
        case "sum":
            result = try tensor.sum(axis: axes, keepDims: keepDims)
            type = integerInput ? .int64 : .float32
        case "mean":
            result = try tensor.mean(axis: axes, keepDims: keepDims)
            type = .float32
        case "var", "std":
            let degrees = try intArgument(ddof, 0) ?? 0
            var variance = try tensor.variance(axis: axes, keepDims: keepDims)
            if degrees != 0 {
                let reduced = tensor.count / max(variance.count, 1)
                let scale = Float(reduced) / Float(reduced - degrees)
                variance = variance.mul(scale)
            }
            result = name == "std" ? variance.sqrt() : variance
            type = .float32
        case "max", "amax":
            try requireNonEmpty(tensor, name)
            result = try tensor.max(axis: axes, keepDims: keepDims)
            type = array.elementType
        case "min", "amin":
            try requireNonEmpty(tensor, name)
            result = try tensor.min(axis: axes, keepDims: keepDims)
            type = array.elementType
        case "any", "all":
            let mask = try tensor.ne(Tensor(scalar: 0))
            result =
                name == "any"
                ? try mask.max(axis: axes, keepDims: keepDims) : try mask.min(axis: axes, keepDims: keepDims)
            type = .bool
        default:
            result = try product(tensor, axes: axes, keepDims: keepDims)
            type = integerInput ? .int64 : .float32
        }
        return try makeArray(result, type)
    }

    func requireNonEmpty(_ tensor: Tensor, _ name: String) throws {
        if tensor.count == 0 {
            throw ScriptError(
                .valueError,
                "zero-size array to reduction operation \(name == "amax" ? "maximum" : name == "amin" ? "minimum" : name) which has no identity"
            )
        }
    }

    /// `np.prod`, computed as exp(sum(log|x|)) with the sign tracked separately would lose
    /// zeros, so it multiplies slices directly; not differentiable.
    func product(_ tensor: Tensor, axes: [Int]?, keepDims: Bool) throws -> Tensor {
        let ndim = tensor.ndim
        let normalized = try (axes ?? Array(0..<ndim)).map { axis -> Int in
            let resolved = axis < 0 ? axis + ndim : axis
            guard resolved >= 0 && resolved < max(ndim, 1) else {
                throw ScriptError(.valueError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
            }
            return resolved
        }
        let shape = tensor.shape
        let outShape = shape.enumerated().map { normalized.contains($0.offset) ? 1 : $0.element }
        let strides = rowMajorStrides(shape)
        let outStrides = rowMajorStrides(outShape)
        let values = tensor.toArray()
        var out = [Float](repeating: 1, count: outShape.reduce(1, *))
        for flat in 0..<values.count {
            var target = 0
            var remainder = flat
            for axis in 0..<shape.count {
                let coordinate = remainder / strides[axis]
                remainder %= strides[axis]
                if !normalized.contains(axis) { target += coordinate * outStrides[axis] }
            }
            out[target] *= values[flat]
        }
        let finalShape =
            keepDims ? outShape : shape.enumerated().filter { !normalized.contains($0.offset) }.map(\.element)
        return try Tensor(shape: finalShape, data: out)
    }

    func argReduce(_ name: String, _ input: Value, axis axisValue: Value?, keepDims keepValue: Value?) throws
        -> Value
    {
        let array = try asArray(input)
        try requireNonEmpty(array.tensor, name)
        let axis = try intArgument(axisValue, nil)
        let keepDims = try boolArgument(keepValue, false)
        let result =
            name == "argmax"
            ? try array.tensor.argmax(axis: axis, keepDims: keepDims)
            : try array.tensor.argmin(axis: axis, keepDims: keepDims)
        return try makeArray(result, .int64)
    }
}
