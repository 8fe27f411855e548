import TensorEngine

/// Conversions between script values and engine tensors, with allocation accounting.
extension Evaluator {
    /// Wraps a freshly computed tensor, charging its size to the run's element budget.
    func makeArray(_ tensor: Tensor, _ elementType: ElementType = .float32) throws -> Value {
        try meter.allocate(tensor.count)
        return .array(ArrayValue(tensor, elementType))
    }

    /// The element type a Python scalar takes when it meets an array.
    func scalarElementType(_ value: Value) -> ElementType? {
        switch value {
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float32
        case .array(let array): return array.elementType
        default: return nil
        }
    }

    /// A Python number (or a one-element array) as a Double, or nil.
    func numberValue(_ value: Value) -> Double? {
        switch value {
        case .bool(let flag): return flag ? 1 : 0
        case .int(let number): return Double(number)
        case .float(let number): return number
        case .array(let array) where array.tensor.count == 1 && array.shape.isEmpty:
            return Double(array.tensor.toArray()[0])
        default: return nil
        }
    }

    /// `np.asarray(value)`: arrays pass through; numbers, lists and tuples become arrays.
    func asArray(_ value: Value, at range: SourceRange? = nil) throws -> ArrayValue {
        if case .array(let array) = value { return array }
        var shape: [Int] = []
        var values: [Float] = []
        var elementType = ElementType.bool
        try flattenNested(value, depth: 0, shape: &shape, values: &values, elementType: &elementType)
        if values.isEmpty && shape.isEmpty { elementType = .float32 }
        if shape.contains(0) { elementType = .float32 }
        try meter.allocate(values.count)
        let tensor = try Tensor(shape: shape, data: values)
        return ArrayValue(tensor, elementType)
    }

    private func flattenNested(
        _ value: Value, depth: Int, shape: inout [Int], values: inout [Float], elementType: inout ElementType
    ) throws {
        if depth > 32 {
            throw ScriptError(.valueError, "array nesting is too deep (at most 32 dimensions)")
        }
        func widen(_ type: ElementType) {
            if type == .float32 || (type == .int64 && elementType == .bool) { elementType = type }
        }
        let items: [Value]
        switch value {
        case .bool(let flag):
            try checkScalarDepth(depth, shape)
            values.append(flag ? 1 : 0)
            return
        case .int(let number):
            try checkScalarDepth(depth, shape)
            widen(.int64)
            values.append(Float(number))
            return
        case .float(let number):
            try checkScalarDepth(depth, shape)
            widen(.float32)
            values.append(Float(number))
            return
        case .array(let array):
            // An array inside a list contributes its axes, as np.array([a, b]) stacks them.
            try appendArrayShape(array.shape, depth: depth, shape: &shape)
            widen(array.elementType)
            values.append(contentsOf: array.tensor.toArray())
            return
        case .list(let list): items = list.items
        case .tuple(let tuple): items = tuple
        case .range(let range): items = (0..<range.count).map { .int(range.element($0)) }
        default:
            throw ScriptError(
                .typeError, "cannot make an array from a value of type '\(value.typeName)'")
        }
        if depth == shape.count {
            shape.append(items.count)
        } else if depth > shape.count || shape[depth] != items.count {
            throw raggedError()
        }
        if values.count + items.count > options.maximumTensorElements {
            try meter.allocate(values.count + items.count)
        }
        for item in items {
            try flattenNested(
                item, depth: depth + 1, shape: &shape, values: &values, elementType: &elementType)
        }
        if items.isEmpty && depth + 1 < shape.count { throw raggedError() }
    }

    private func checkScalarDepth(_ depth: Int, _ shape: [Int]) throws {
        if depth != shape.count { throw raggedError() }
    }

    private func appendArrayShape(_ arrayShape: [Int], depth: Int, shape: inout [Int]) throws {
        if depth == shape.count {
            shape.append(contentsOf: arrayShape)
        } else if Array(shape.dropFirst(depth)) != arrayShape {
            throw raggedError()
        }
    }

    private func raggedError() -> ScriptError {
        ScriptError(
            .valueError,
            "setting an array element with a sequence. The requested array has an inhomogeneous shape")
    }

    /// A Python int from an int, bool, or integer-valued 0-d array (NumPy integer scalar).
    func intValue(_ value: Value, _ what: String = "value") throws -> Int {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .array(let array) where array.shape.isEmpty && array.elementType != .float32:
            return try checkedInteger(array.tensor.toArray()[0])
        default:
            throw ScriptError(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// A shape argument: an int or a tuple/list of ints.
    func shapeValue(_ value: Value) throws -> [Int] {
        switch value {
        case .tuple(let items): return try items.map { try intValue($0) }
        case .list(let list): return try list.items.map { try intValue($0) }
        default: return [try intValue(value)]
        }
    }

    /// The items of an iterable value (list, tuple, range, string, array's first axis).
    func iterate(_ value: Value, at range: SourceRange? = nil) throws -> [Value] {
        switch value {
        case .list(let list): return list.items
        case .tuple(let items): return items
        case .range(let range):
            try meter.allocate(range.count)
            return (0..<range.count).map { .int(range.element($0)) }
        case .string(let text): return text.map { .string(String($0)) }
        case .array(let array):
            guard let first = array.shape.first else {
                throw ScriptError(.typeError, "iteration over a 0-d array", at: range)
            }
            var items: [Value] = []
            for index in 0..<first {
                items.append(try makeArray(array.tensor.index([.int(index)]), array.elementType))
            }
            return items
        default:
            throw ScriptError(.typeError, "'\(value.typeName)' object is not iterable", at: range)
        }
    }

    /// NumPy's broadcast shape of two shapes, or its ValueError naming both.
    func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        let count = max(a.count, b.count)
        var result = [Int](repeating: 1, count: count)
        for axis in 0..<count {
            let x = axis < count - a.count ? 1 : a[axis - (count - a.count)]
            let y = axis < count - b.count ? 1 : b[axis - (count - b.count)]
            if x == y || y == 1 {
                result[axis] = x
            } else if x == 1 {
                result[axis] = y
            } else {
                throw ScriptError(
                    .valueError,
                    "operands could not be broadcast together with shapes \(formatShape(a)) \(formatShape(b)) "
                )
            }
        }
        return result
    }
}

/// Maps engine errors to Python error names with the engine's (NumPy-worded) message.
func convertEngineError(_ error: any Error, at range: SourceRange) -> ScriptError {
    if let error = error as? ScriptError {
        return error.range == nil ? ScriptError(error.kind, error.message, at: range) : error
    }
    guard let tensorError = error as? TensorError else {
        return ScriptError(.runtimeError, "\(error)", at: range)
    }
    let kind: ScriptErrorKind
    switch tensorError {
    case .indexOutOfRange: kind = .indexError
    case .notScalar: kind = .typeError
    default: kind = .valueError
    }
    return ScriptError(kind, tensorError.description, at: range)
}

/// A float converted to Int, or an error when it is NaN, infinite or beyond 64 bits
/// (Swift's `Int(_:)` would trap).
func checkedInteger(_ value: Double) throws -> Int {
    guard value.isFinite else {
        throw ScriptError(.valueError, "cannot convert float \(pythonFloatText(value)) to integer")
    }
    guard value > -9.2e18 && value < 9.2e18 else {
        throw ScriptError(.overflowError, "int too large to convert (\(pythonFloatText(value)))")
    }
    return Int(value.rounded(.towardZero))
}

/// `checkedInteger` for a float32 element.
func checkedInteger(_ value: Float) throws -> Int { try checkedInteger(Double(value)) }
