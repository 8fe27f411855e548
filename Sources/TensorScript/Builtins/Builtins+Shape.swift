import TensorEngine

/// Shape manipulation, joining, selection and products.
extension BuiltinLibrary {
    func defineShapeFunctions() {
        define("reshape") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "reshape", ["a", "newshape"], required: 2)
            let array = try evaluator.asArray(values[0] ?? .none)
            let shape = try evaluator.shapeValue(values[1] ?? .none)
            return try evaluator.makeArray(try array.tensor.reshape(shape), array.elementType)
        }
        define("transpose") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "transpose", ["a", "axes"], required: 1)
            return try evaluator.transpose(try evaluator.asArray(values[0] ?? .none), axes: values[1])
        }
        for name in ["ravel", "flatten"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["a"], required: 1)
                let array = try evaluator.asArray(values[0] ?? .none)
                return try evaluator.makeArray(
                    try array.tensor.reshape([array.tensor.count]).copy(), array.elementType)
            }
        }
        define("expand_dims") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "expand_dims", ["a", "axis"], required: 2)
            let array = try evaluator.asArray(values[0] ?? .none)
            let axis = try evaluator.intValue(values[1] ?? .none)
            return try evaluator.makeArray(try array.tensor.unsqueeze(axis: axis), array.elementType)
        }
        define("squeeze") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "squeeze", ["a", "axis"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            let axis = try evaluator.intArgument(values[1], nil)
            return try evaluator.makeArray(try array.tensor.squeeze(axis: axis), array.elementType)
        }
        for name in ["concatenate", "stack", "vstack", "hstack"] {
            define(name) { evaluator, arguments in
                let parameters = name == "vstack" || name == "hstack" ? ["tup"] : ["arrays", "axis"]
                let values = try evaluator.bind(arguments, name, parameters, required: 1)
                let arrays = try evaluator.iterate(values[0] ?? .none).map { try evaluator.asArray($0) }
                guard !arrays.isEmpty else {
                    throw ScriptError(.valueError, "need at least one array to \(name)")
                }
                var tensors = arrays.map(\.tensor)
                let type =
                    arrays.contains { $0.elementType == .float32 }
                    ? ElementType.float32 : arrays[0].elementType
                let total = tensors.reduce(0) { $0 + $1.count }
                try evaluator.meter.allocate(total)
                let result: Tensor
                switch name {
                case "stack":
                    result = try Tensor.stack(tensors, axis: try evaluator.intArgument(values[1], 0) ?? 0)
                case "vstack":
                    tensors = try tensors.map { $0.ndim < 2 ? try $0.reshape([1, $0.count]) : $0 }
                    result = try Tensor.concatenate(tensors, axis: 0)
                case "hstack":
                    result = try Tensor.concatenate(tensors, axis: tensors[0].ndim == 1 ? 0 : 1)
                default:
                    guard tensors.allSatisfy({ $0.ndim > 0 }) else {
                        throw ScriptError(.valueError, "zero-dimensional arrays cannot be concatenated")
                    }
                    result = try Tensor.concatenate(
                        tensors, axis: try evaluator.intArgument(values[1], 0) ?? 0)
                }
                return .array(ArrayValue(result, type))
            }
        }
        define("pad") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "pad", ["array", "pad_width", "mode", "constant_values"], required: 2)
            let array = try evaluator.asArray(values[0] ?? .none)
            if let mode = values[2], case .string(let text) = mode, text != "constant" {
                throw ScriptError(.valueError, "pad: only mode='constant' is supported in TensorScript")
            }
            let widths = try evaluator.padWidths(values[1] ?? .none, ndim: array.tensor.ndim)
            let fill = try evaluator.floatArgument(values[3], 0, "constant_values") ?? 0
            let shape = zip(array.shape, widths).map { size, width -> Int in
                let (partial, firstOverflow) = size.addingReportingOverflow(width.before)
                let (total, secondOverflow) = partial.addingReportingOverflow(width.after)
                return firstOverflow || secondOverflow ? Int.max : total
            }
            try evaluator.meter.allocate(shape: shape)
            return .array(ArrayValue(try array.tensor.pad(widths, value: fill), array.elementType))
        }
        define("where") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "where", ["condition", "x", "y"], required: 3)
            let condition = try evaluator.asArray(values[0] ?? .none)
            let a = try evaluator.arrayOperand(values[1] ?? .none)
            let b = try evaluator.arrayOperand(values[2] ?? .none)
            let shape = try evaluator.broadcastShape(
                condition.shape, try evaluator.broadcastShape(a.shape, b.shape))
            try evaluator.meter.allocate(shape: shape)
            let type: ElementType =
                a.elementType == b.elementType
                ? a.elementType : (a.elementType == .float32 || b.elementType == .float32 ? .float32 : .int64)
            let result = try Tensor.where(condition.tensor, evaluator.tensor(a), evaluator.tensor(b))
            return .array(ArrayValue(result, type))
        }
        define("clip") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "clip", ["a", "a_min", "a_max"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            let low = try evaluator.floatArgument(values[1], nil, "a_min")
            let high = try evaluator.floatArgument(values[2], nil, "a_max")
            let type: ElementType =
                array.elementType == .float32
                    || [values[1], values[2]].contains(where: {
                        if case .float = $0 { return true } else { return false }
                    })
                ? .float32 : array.elementType
            return try evaluator.makeArray(try array.tensor.clip(min: low, max: high), type)
        }
        for name in ["dot", "matmul"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["a", "b"], required: 2)
                let (left, right) = (values[0] ?? .none, values[1] ?? .none)
                if name == "dot", evaluator.pythonNumber(left) != nil || evaluator.pythonNumber(right) != nil
                {
                    return try evaluator.binary(.multiply, left, right)
                }
                if name == "dot" {
                    let a = try evaluator.asArray(left)
                    let b = try evaluator.asArray(right)
                    if a.tensor.ndim == 0 || b.tensor.ndim == 0 {
                        return try evaluator.binary(.multiply, .array(a), .array(b))
                    }
                    if a.tensor.ndim == 1 && b.tensor.ndim == 1 && a.shape != b.shape {
                        throw ScriptError(
                            .valueError,
                            "shapes \(formatShapeTuple(a.shape)) and \(formatShapeTuple(b.shape)) not aligned: "
                                + "\(a.shape[0]) (dim 0) != \(b.shape[0]) (dim 0)")
                    }
                }
                return try evaluator.binary(.matrixMultiply, .array(try evaluator.asArray(left)), right)
            }
        }
        define("outer") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "outer", ["a", "b"], required: 2)
            let a = try evaluator.asArray(values[0] ?? .none)
            let b = try evaluator.asArray(values[1] ?? .none)
            try evaluator.meter.allocate(shape: [a.tensor.count, b.tensor.count])
            let type = try evaluator.resultType(.multiply, a.elementType, b.elementType)
            return .array(ArrayValue(try a.tensor.outer(b.tensor), type))
        }
        define("shape") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "shape", ["a"], required: 1)
            return .tuple(try evaluator.asArray(values[0] ?? .none).shape.map { .int($0) })
        }
        define("ndim") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "ndim", ["a"], required: 1)
            return .int(try evaluator.asArray(values[0] ?? .none).tensor.ndim)
        }
        define("size") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "size", ["a"], required: 1)
            return .int(try evaluator.asArray(values[0] ?? .none).tensor.count)
        }
    }
}

extension Evaluator {
    /// `x.T`, `np.transpose(x)` and `np.transpose(x, axes)`.
    func transpose(_ array: ArrayValue, axes: Value?) throws -> Value {
        if let axes, !isNone(axes) {
            let order = try shapeValue(axes)
            return try makeArray(try array.tensor.permute(order), array.elementType)
        }
        return try makeArray(array.tensor.transpose(), array.elementType)
    }

    /// `pad_width` as NumPy accepts it: `n`, `(before, after)` or one pair per axis.
    func padWidths(_ value: Value, ndim: Int) throws -> [(before: Int, after: Int)] {
        if let single = try? intValue(value) { return Array(repeating: (single, single), count: ndim) }
        let items = try iterate(value)
        if items.count == 2, let before = try? intValue(items[0]), let after = try? intValue(items[1]) {
            return Array(repeating: (before, after), count: ndim)
        }
        if items.count == 1 {
            let pair = try iterate(items[0]).map { try intValue($0) }
            guard pair.count == 2 || pair.count == 1 else {
                throw ScriptError(.valueError, "pad_width must be (before, after) pairs")
            }
            return Array(repeating: (pair[0], pair[pair.count - 1]), count: ndim)
        }
        return try items.map { item in
            let pair = try iterate(item).map { try intValue($0) }
            guard pair.count == 2 else {
                throw ScriptError(.valueError, "pad_width must be (before, after) pairs")
            }
            return (pair[0], pair[1])
        }
    }
}
