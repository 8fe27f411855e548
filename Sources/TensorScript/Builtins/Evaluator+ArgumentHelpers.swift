import TensorEngine

/// Small converters used by the built-ins to read their arguments.
extension Evaluator {
    /// `axis=None | int | tuple of ints`.
    func axisArgument(_ value: Value?) throws -> [Int]? {
        guard let value, !isNone(value) else { return nil }
        switch value {
        case .tuple(let items): return try items.map { try intValue($0) }
        case .list(let list): return try list.items.map { try intValue($0) }
        default: return [try intValue(value)]
        }
    }

    func boolArgument(_ value: Value?, _ defaultValue: Bool) throws -> Bool {
        guard let value, !isNone(value) else { return defaultValue }
        return try truth(value)
    }

    func floatArgument(_ value: Value?, _ defaultValue: Float?, _ name: String) throws -> Float? {
        guard let value, !isNone(value) else { return defaultValue }
        guard let number = numberValue(value) else {
            throw ScriptError(.typeError, "\(name) must be a number, not '\(value.typeName)'")
        }
        return Float(number)
    }

    func intArgument(_ value: Value?, _ defaultValue: Int?) throws -> Int? {
        guard let value, !isNone(value) else { return defaultValue }
        return try intValue(value)
    }

    /// `dtype=float | int | bool | np.float32 | "float32" ...` as an element type.
    func dtypeArgument(_ value: Value?) throws -> ElementType? {
        guard let value, !isNone(value) else { return nil }
        switch value {
        case .type(let type):
            switch type {
            case .float, .float32, .float64: return .float32
            case .int, .int32, .int64: return .int64
            case .bool: return .bool
            default: break
            }
        case .string(let name):
            switch name {
            case "float", "float32", "float64", "f", "f4", "f8": return .float32
            case "int", "int32", "int64", "i", "i4", "i8": return .int64
            case "bool": return .bool
            default: break
            }
        default:
            break
        }
        throw ScriptError(.typeError, "data type \(value.representation) not understood")
    }

    /// Converts an array's values to `type` the way NumPy's `astype` does.
    func cast(_ array: ArrayValue, to type: ElementType) throws -> ArrayValue {
        let values = array.tensor.toArray()
        let converted: [Float]
        switch type {
        case .float32: converted = values
        case .int64: converted = values.map { $0.isFinite ? $0.rounded(.towardZero) : 0 }
        case .bool: converted = values.map { $0 != 0 ? 1 : 0 }
        }
        try meter.allocate(values.count)
        return ArrayValue(try Tensor(shape: array.shape, data: converted), type)
    }

    /// The array argument of a NumPy function, converting lists and numbers.
    func arrayArgument(_ value: Value?, _ function: String) throws -> ArrayValue {
        guard let value else { throw ScriptError(.typeError, "\(function)() missing an array argument") }
        return try asArray(value)
    }
}
