import TensorEngine

/// One operand of an array operation: a Python scalar (kept as a scalar so the engine's
/// fast scalar kernels apply) or an array.
enum ArrayOperand {
    case scalar(Float, ElementType)
    case array(ArrayValue)

    var elementType: ElementType {
        switch self {
        case .scalar(_, let type): return type
        case .array(let array): return array.elementType
        }
    }

    var shape: [Int] {
        switch self {
        case .scalar: return []
        case .array(let array): return array.shape
        }
    }
}

/// Array arithmetic and comparisons with NumPy's broadcasting and type promotion.
extension Evaluator {
    func arrayOperand(_ value: Value) throws -> ArrayOperand {
        switch value {
        case .bool(let flag): return .scalar(flag ? 1 : 0, .bool)
        case .int(let number): return .scalar(Float(number), .int64)
        case .float(let number): return .scalar(Float(number), .float32)
        default: return .array(try asArray(value))
        }
    }

    func tensor(_ operand: ArrayOperand) -> Tensor {
        switch operand {
        case .scalar(let value, _): return Tensor(scalar: value)
        case .array(let array): return array.tensor
        }
    }

    static func isIntegerLike(_ type: ElementType) -> Bool { type != .float32 }

    func resultType(_ op: BinaryOperator, _ left: ElementType, _ right: ElementType) throws -> ElementType {
        let integers = Evaluator.isIntegerLike(left) && Evaluator.isIntegerLike(right)
        switch op {
        case .divide: return .float32
        case .bitAnd, .bitOr, .bitXor, .leftShift, .rightShift:
            if left == .bool && right == .bool && op != .leftShift && op != .rightShift { return .bool }
            guard integers else {
                throw ScriptError(
                    .typeError,
                    "ufunc '\(op.rawValue)' not supported for the input types (use it on integer or boolean arrays)"
                )
            }
            return .int64
        default:
            return integers ? .int64 : .float32
        }
    }

    func arrayBinary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws -> Value {
        let a = try arrayOperand(left)
        let b = try arrayOperand(right)
        let type = try resultType(op, a.elementType, b.elementType)
        if op == .matrixMultiply { return try matrixMultiply(a, b, type) }
        let shape = try broadcastShape(a.shape, b.shape)
        try meter.allocate(shape: shape)
        let result: Tensor
        switch (op, a, b) {
        case (.add, .array(let x), .scalar(let s, _)): result = x.tensor.add(s)
        case (.add, .scalar(let s, _), .array(let x)): result = x.tensor.add(s)
        case (.subtract, .array(let x), .scalar(let s, _)): result = x.tensor.sub(s)
        case (.subtract, .scalar(let s, _), .array(let x)): result = x.tensor.rsub(s)
        case (.multiply, .array(let x), .scalar(let s, _)): result = x.tensor.mul(s)
        case (.multiply, .scalar(let s, _), .array(let x)): result = x.tensor.mul(s)
        case (.divide, .array(let x), .scalar(let s, _)): result = x.tensor.div(s)
        case (.divide, .scalar(let s, _), .array(let x)): result = x.tensor.rdiv(s)
        case (.power, .array(let x), .scalar(let s, let scalarType)):
            if Evaluator.isIntegerLike(x.elementType) && scalarType != .float32 && s < 0 {
                throw ScriptError(.valueError, "Integers to negative integer powers are not allowed.")
            }
            result = x.tensor.pow(s)
        case (.add, _, _): result = try tensor(a).add(tensor(b))
        case (.subtract, _, _): result = try tensor(a).sub(tensor(b))
        case (.multiply, _, _): result = try tensor(a).mul(tensor(b))
        case (.divide, _, _): result = try tensor(a).div(tensor(b))
        case (.power, _, _):
            if type == .int64 && tensor(b).toArray().contains(where: { $0 < 0 }) {
                throw ScriptError(.valueError, "Integers to negative integer powers are not allowed.")
            }
            result = try tensor(a).pow(tensor(b))
        default:
            result = try elementwise(op, tensor(a), tensor(b), shape: shape, integers: type != .float32)
        }
        return .array(ArrayValue(result, type))
    }

    /// Operators the engine has no kernel for (floor division, modulo, bitwise), computed
    /// directly on broadcast copies. They are not differentiable, as in JAX.
    func elementwise(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor, shape: [Int], integers: Bool) throws
        -> Tensor
    {
        let x = try a.broadcastTo(shape).toArray()
        let y = try b.broadcastTo(shape).toArray()
        var out = [Float](repeating: 0, count: x.count)
        for index in 0..<x.count {
            let (p, q) = (x[index], y[index])
            switch op {
            case .floorDivide:
                out[index] = integers && q == 0 ? 0 : (p / q).rounded(.down)
            case .modulo:
                if integers && q == 0 {
                    out[index] = 0
                } else {
                    let remainder = p.truncatingRemainder(dividingBy: q)
                    out[index] = remainder != 0 && (remainder < 0) != (q < 0) ? remainder + q : remainder
                }
            case .bitAnd: out[index] = Float(bits(p) & bits(q))
            case .bitOr: out[index] = Float(bits(p) | bits(q))
            case .bitXor: out[index] = Float(bits(p) ^ bits(q))
            case .leftShift: out[index] = Float(bits(p) << min(max(bits(q), 0), 62))
            case .rightShift: out[index] = Float(bits(p) >> min(max(bits(q), 0), 62))
            default: out[index] = .nan
            }
        }
        return try Tensor(shape: shape, data: out)
    }

    /// An element as an integer for bitwise operators (non-integers beyond 64 bits become 0).
    func bits(_ value: Float) -> Int {
        value.isFinite && abs(value) < 9.2e18 ? Int(value) : 0
    }

    func matrixMultiply(_ a: ArrayOperand, _ b: ArrayOperand, _ type: ElementType) throws -> Value {
        let (left, right) = (tensor(a), tensor(b))
        guard left.ndim > 0, right.ndim > 0 else {
            throw ScriptError(
                .valueError,
                "matmul: Input operand \(left.ndim == 0 ? 0 : 1) does not have enough dimensions "
                    + "(has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        let rows = left.ndim >= 2 ? left.shape[left.ndim - 2] : 1
        let columns = right.ndim >= 2 ? right.shape[right.ndim - 1] : 1
        let inner = left.shape[left.ndim - 1]
        let innerRight = right.ndim >= 2 ? right.shape[right.ndim - 2] : right.shape[0]
        guard inner == innerRight else {
            throw ScriptError(
                .valueError,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + "(n?,k),(k,m?)->(n?,m?) (size \(innerRight) is different from \(inner))")
        }
        let batch = try broadcastShape(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)))
        try meter.allocate(shape: batch + [rows, columns])
        let work = Double(batch.reduce(1, *)) * Double(rows) * Double(columns) * Double(inner)
        if work > Double(Evaluator.maximumConvolutionWork) {
            throw ResourceMeter.limitError(
                .work, "matmul would need \(Int(work / 1e9)) billion multiply-adds, at most 4 billion allowed"
            )
        }
        return .array(ArrayValue(try left.matmul(right), type))
    }

    // MARK: Comparisons

    func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value, at range: SourceRange? = nil) throws
        -> Value
    {
        switch op {
        case .isSame: return .bool(identical(left, right))
        case .isNotSame: return .bool(!identical(left, right))
        case .contains: return .bool(try contains(right, left, at: range))
        case .notContains: return .bool(!(try contains(right, left, at: range)))
        default: break
        }
        if case .array = left { return try arrayCompare(op, left, right) }
        if case .array = right { return try arrayCompare(op, left, right) }
        if op == .equal { return .bool(try valuesEqual(left, right)) }
        if op == .notEqual { return .bool(!(try valuesEqual(left, right))) }
        if let a = pythonInteger(left), let b = pythonInteger(right) { return .bool(ordered(op, a, b)) }
        if let a = pythonNumber(left), let b = pythonNumber(right) { return .bool(ordered(op, a, b)) }
        if case .string(let a) = left, case .string(let b) = right { return .bool(ordered(op, a, b)) }
        throw ScriptError(
            .typeError,
            "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'",
            at: range)
    }

    func ordered<T: Comparable>(_ op: ComparisonOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        case .equal: return a == b
        default: return a != b
        }
    }

    func arrayCompare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws -> Value {
        let a = try arrayOperand(left)
        let b = try arrayOperand(right)
        let shape = try broadcastShape(a.shape, b.shape)
        try meter.allocate(shape: shape)
        let (x, y) = (tensor(a), tensor(b))
        let result: Tensor
        switch op {
        case .less: result = try x.lt(y)
        case .lessEqual: result = try x.le(y)
        case .greater: result = try x.gt(y)
        case .greaterEqual: result = try x.ge(y)
        case .equal: result = try x.eq(y)
        default: result = try x.ne(y)
        }
        return .array(ArrayValue(result, .bool))
    }

    func identical(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.array(let a), .array(let b)): return a === b
        case (.list(let a), .list(let b)): return a === b
        case (.function(let a), .function(let b)): return a === b
        case (.builtin(let a), .builtin(let b)): return a === b
        case (.module(let a), .module(let b)): return a === b
        case (.type(let a), .type(let b)): return a == b
        case (.ellipsis, .ellipsis): return true
        default: return false
        }
    }

    /// Python `==` on non-array values (structural for lists and tuples). `depth` stops
    /// lists that contain themselves from recursing forever.
    /// Each compared element costs a step, so comparing exponentially shared lists stops.
    func valuesEqual(_ left: Value, _ right: Value, depth: Int = 0) throws -> Bool {
        guard depth < 100 else { return false }
        switch (left, right) {
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            if a === b { return true }
            return try a.items.count == b.items.count
                && zip(a.items, b.items).allSatisfy { try elementsEqual($0, $1, depth: depth + 1) }
        case (.tuple(let a), .tuple(let b)):
            return try a.count == b.count
                && zip(a, b).allSatisfy { try elementsEqual($0, $1, depth: depth + 1) }
        case (.range(let a), .range(let b)):
            return a.count == b.count
                && (a.count == 0 || (a.start == b.start && (a.count == 1 || a.step == b.step)))
        default:
            if let a = pythonInteger(left), let b = pythonInteger(right) { return a == b }
            if let a = pythonNumber(left), let b = pythonNumber(right) { return a == b }
            if let a = numberValue(left), let b = numberValue(right) { return a == b }
            return identical(left, right)
        }
    }

    func elementsEqual(_ left: Value, _ right: Value, depth: Int) throws -> Bool {
        try meter.step()
        return try valuesEqual(left, right, depth: depth)
    }

    func contains(_ container: Value, _ item: Value, at range: SourceRange? = nil) throws -> Bool {
        switch container {
        case .list(let list): return try list.items.contains { try elementsEqual($0, item, depth: 0) }
        case .tuple(let items): return try items.contains { try elementsEqual($0, item, depth: 0) }
        case .string(let text):
            guard case .string(let part) = item else {
                throw ScriptError(
                    .typeError, "'in <string>' requires string as left operand, not \(item.typeName)",
                    at: range)
            }
            return part.isEmpty || text.contains(part)
        case .range(let range):
            guard let value = pythonInteger(item) else { return false }
            let (offset, overflow) = value.subtractingReportingOverflow(range.start)
            guard !overflow, range.count > 0, offset % range.step == 0 else { return false }
            let position = offset / range.step
            return position >= 0 && position < range.count
        case .array:
            let equal = try arrayCompare(.equal, container, item)
            guard case .array(let mask) = equal else { return false }
            return mask.tensor.toArray().contains { $0 != 0 }
        default:
            throw ScriptError(
                .typeError, "argument of type '\(container.typeName)' is not iterable", at: range)
        }
    }
}
