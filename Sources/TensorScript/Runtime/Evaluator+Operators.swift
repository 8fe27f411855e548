import TensorEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Arithmetic, bitwise and unary operators with Python semantics on scalars and NumPy
/// semantics (broadcasting, dtype promotion) on arrays.
extension Evaluator {
    func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, at range: SourceRange? = nil) throws
        -> Value
    {
        // Fast path for scalar loops: matching each operand in place avoids building a tuple.
        if case .int(let a) = left, case .int(let b) = right { return try integerBinary(op, a, b) }
        switch (left, right) {
        case (.int(let a), .int(let b)):
            return try integerBinary(op, a, b)
        case (.array, _), (_, .array):
            return try arrayBinary(op, left, right)
        case (.string(let a), .string(let b)) where op == .add:
            try meter.allocate(a.utf8.count + b.utf8.count)
            return .string(a + b)
        case (.string(let text), .int(let count)) where op == .multiply,
            (.int(let count), .string(let text)) where op == .multiply:
            try meter.allocate(text.utf8.count * max(0, min(count, Int(Int32.max))))
            return .string(String(repeating: text, count: max(0, count)))
        case (.string(let template), _) where op == .modulo:
            return .string(try percentFormat(template, right))
        case (.list(let a), .list(let b)) where op == .add:
            try meter.allocate(a.items.count + b.items.count)
            return .list(ListValue(a.items + b.items))
        case (.tuple(let a), .tuple(let b)) where op == .add:
            try meter.allocate(a.count + b.count)
            return .tuple(a + b)
        case (.list(let list), .int(let count)) where op == .multiply,
            (.int(let count), .list(let list)) where op == .multiply:
            return .list(ListValue(try repeated(list.items, count)))
        case (.tuple(let items), .int(let count)) where op == .multiply,
            (.int(let count), .tuple(let items)) where op == .multiply:
            return .tuple(try repeated(items, count))
        default:
            break
        }
        if let a = pythonInteger(left), let b = pythonInteger(right) {
            return try integerBinary(op, a, b)
        }
        if let a = pythonNumber(left), let b = pythonNumber(right) {
            return try floatBinary(op, a, b)
        }
        throw ScriptError(
            .typeError,
            "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'",
            at: range)
    }

    func repeated(_ items: [Value], _ count: Int) throws -> [Value] {
        guard count > 0 else { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: count)
        try meter.allocate(overflow ? Int.max : total)
        var result: [Value] = []
        result.reserveCapacity(total)
        for _ in 0..<count { result.append(contentsOf: items) }
        return result
    }

    func pythonInteger(_ value: Value) -> Int? {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        default: return nil
        }
    }

    func pythonNumber(_ value: Value) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .bool(let flag): return flag ? 1 : 0
        case .float(let number): return number
        default: return nil
        }
    }

    func overflow(_ op: BinaryOperator) -> ScriptError {
        ScriptError(.overflowError, "integer result of '\(op.rawValue)' is too large for 64-bit integers")
    }

    func integerBinary(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> Value {
        switch op {
        case .add:
            let (value, overflowed) = a.addingReportingOverflow(b)
            if overflowed { throw overflow(op) }
            return .int(value)
        case .subtract:
            let (value, overflowed) = a.subtractingReportingOverflow(b)
            if overflowed { throw overflow(op) }
            return .int(value)
        case .multiply:
            let (value, overflowed) = a.multipliedReportingOverflow(by: b)
            if overflowed { throw overflow(op) }
            return .int(value)
        case .divide:
            if b == 0 { throw ScriptError(.zeroDivisionError, "division by zero") }
            return .float(Double(a) / Double(b))
        case .floorDivide:
            if b == 0 { throw ScriptError(.zeroDivisionError, "integer division or modulo by zero") }
            if a == Int.min && b == -1 { throw overflow(op) }
            let quotient = a / b
            return .int((a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient)
        case .modulo:
            if b == 0 { throw ScriptError(.zeroDivisionError, "integer division or modulo by zero") }
            if b == -1 { return .int(0) }
            let remainder = a % b
            return .int(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
        case .power:
            if b < 0 {
                if a == 0 {
                    throw ScriptError(.zeroDivisionError, "0.0 cannot be raised to a negative power")
                }
                return .float(pow(Double(a), Double(b)))
            }
            var result = 1
            var base = a
            var exponent = b
            while exponent > 0 {
                if exponent & 1 == 1 {
                    let (value, overflowed) = result.multipliedReportingOverflow(by: base)
                    if overflowed { throw overflow(op) }
                    result = value
                }
                exponent >>= 1
                if exponent > 0 {
                    let (square, overflowed) = base.multipliedReportingOverflow(by: base)
                    if overflowed { throw overflow(op) }
                    base = square
                }
            }
            return .int(result)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .leftShift:
            if b < 0 { throw ScriptError(.valueError, "negative shift count") }
            if b >= 63 || (a != 0 && (a << b) >> b != a) { throw overflow(op) }
            return .int(a << b)
        case .rightShift:
            if b < 0 { throw ScriptError(.valueError, "negative shift count") }
            return .int(a >> min(b, 63))
        case .matrixMultiply:
            throw ScriptError(.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    func floatBinary(_ op: BinaryOperator, _ a: Double, _ b: Double) throws -> Value {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            if b == 0 { throw ScriptError(.zeroDivisionError, "float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw ScriptError(.zeroDivisionError, "float floor division by zero") }
            return .float((a / b).rounded(.down))
        case .modulo:
            if b == 0 { throw ScriptError(.zeroDivisionError, "float modulo by zero") }
            let remainder = fmod(a, b)
            return .float(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
        case .power:
            if a == 0 && b < 0 { throw ScriptError(.zeroDivisionError, "zero to a negative power") }
            if a < 0 && b != b.rounded() {
                throw ScriptError(
                    .valueError, "math domain error (a negative number to a fractional power is complex)")
            }
            return .float(pow(a, b))
        default:
            throw ScriptError(
                .typeError, "unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    func unary(_ op: UnaryOperator, _ value: Value, at range: SourceRange) throws -> Value {
        switch (op, value) {
        case (.not, _): return .bool(!(try truth(value, at: range)))
        case (.negate, .int(let number)):
            if number == Int.min { throw overflow(.subtract) }
            return .int(-number)
        case (.negate, .bool(let flag)): return .int(flag ? -1 : 0)
        case (.negate, .float(let number)): return .float(-number)
        case (.plus, .int), (.plus, .float): return value
        case (.plus, .bool(let flag)): return .int(flag ? 1 : 0)
        case (.invert, .int(let number)): return .int(~number)
        case (.invert, .bool(let flag)): return .int(flag ? -2 : -1)
        case (.negate, .array(let array)):
            if array.elementType == .bool {
                throw ScriptError(
                    .typeError,
                    "The numpy boolean negative, the `-` operator, is not supported, use `~` instead")
            }
            return try makeArray(array.tensor.neg(), array.elementType)
        case (.plus, .array): return value
        case (.invert, .array(let array)):
            switch array.elementType {
            case .bool: return try makeArray(array.tensor.rsub(1), .bool)
            case .int64: return try makeArray(array.tensor.neg().sub(1), .int64)
            case .float32:
                throw ScriptError(.typeError, "ufunc 'invert' not supported for the input types")
            }
        default:
            throw ScriptError(
                .typeError, "bad operand type for unary \(op.rawValue): '\(value.typeName)'", at: range)
        }
    }
}
