import Foundation
import TensorEngine

/// Element-wise NumPy functions. Differentiable ones run on the engine's ops (so `grad`
/// sees them); Python numbers give Python floats, as NumPy's float64 scalars print.
extension BuiltinLibrary {
    func defineElementwise() {
        let differentiable: [(String, (Tensor) -> Tensor, (Double) -> Double, Bool)] = [
            ("exp", { $0.exp() }, { Foundation.exp($0) }, false),
            ("log", { $0.log() }, { $0 < 0 ? .nan : Foundation.log($0) }, false),
            ("sqrt", { $0.sqrt() }, { $0 < 0 ? .nan : $0.squareRoot() }, false),
            ("tanh", { $0.tanh() }, { Foundation.tanh($0) }, false),
            ("sin", { $0.sin() }, { Foundation.sin($0) }, false),
            ("cos", { $0.cos() }, { Foundation.cos($0) }, false),
            ("abs", { $0.abs() }, { Swift.abs($0) }, true),
            ("absolute", { $0.abs() }, { Swift.abs($0) }, true),
            ("square", { $0.square() }, { $0 * $0 }, true),
            ("sigmoid", { $0.sigmoid() }, { 1 / (1 + Foundation.exp(-$0)) }, false),
            ("relu", { $0.relu() }, { Swift.max($0, 0) }, true),
        ]
        for (name, tensorOp, scalarOp, keepsIntegers) in differentiable {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x"], required: 1)
                let input = values[0] ?? .none
                if keepsIntegers, case .int(let number) = input {
                    return .int(Int(scalarOp(Double(number))))
                }
                if let number = evaluator.pythonNumber(input) { return .float(scalarOp(number)) }
                let array = try evaluator.asArray(input)
                let type: ElementType = keepsIntegers && array.elementType == .int64 ? .int64 : .float32
                return try evaluator.makeArray(tensorOp(array.tensor), type)
            }
        }
        let rounding: [(String, (Float) -> Float)] = [
            ("floor", { $0.rounded(.down) }), ("ceil", { $0.rounded(.up) }),
            ("sign", { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }),
        ]
        for (name, operation) in rounding {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x"], required: 1)
                let input = values[0] ?? .none
                if let number = evaluator.pythonNumber(input) {
                    return .float(Double(operation(Float(number))))
                }
                let array = try evaluator.asArray(input)
                let data = array.tensor.toArray().map(operation)
                return try evaluator.makeArray(try Tensor(shape: array.shape, data: data), array.elementType)
            }
        }
        for name in ["round", "around"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["a", "decimals"], required: 1)
                return try evaluator.numpyRound(
                    values[0] ?? .none, decimals: try evaluator.intArgument(values[1], 0) ?? 0)
            }
        }
        let binaryFunctions: [(String, BinaryOperator)] = [
            ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .divide),
            ("power", .power), ("floor_divide", .floorDivide), ("mod", .modulo),
        ]
        for (name, op) in binaryFunctions {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x1", "x2"], required: 2)
                let left = try evaluator.asArray(values[0] ?? .none)
                return try evaluator.binary(op, .array(left), values[1] ?? .none, at: nil)
            }
        }
        for name in ["maximum", "minimum"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x1", "x2"], required: 2)
                let a = try evaluator.arrayOperand(values[0] ?? .none)
                let b = try evaluator.arrayOperand(values[1] ?? .none)
                let type = try evaluator.resultType(.add, a.elementType, b.elementType)
                try evaluator.meter.allocate(shape: try evaluator.broadcastShape(a.shape, b.shape))
                let (x, y) = (evaluator.tensor(a), evaluator.tensor(b))
                let result = name == "maximum" ? try x.maximum(y) : try x.minimum(y)
                return .array(ArrayValue(result, type))
            }
        }
        define("isclose") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "isclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
            let mask = try evaluator.closeness(values)
            if let a = values[0], let b = values[1], evaluator.pythonNumber(a) != nil,
                evaluator.pythonNumber(b) != nil
            {
                return .bool(mask.tensor.toArray().first == 1)
            }
            return .array(mask)
        }
        define("allclose") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "allclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
            return .bool(try evaluator.closeness(values).tensor.toArray().allSatisfy { $0 == 1 })
        }
        define("isnan") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "isnan", ["x"], required: 1)
            if let number = evaluator.pythonNumber(values[0] ?? .none) { return .bool(number.isNaN) }
            let array = try evaluator.asArray(values[0] ?? .none)
            return try evaluator.makeArray(array.tensor.isNaN(), .bool)
        }
    }
}

extension Evaluator {
    /// `np.isclose`: `|a - b| <= atol + rtol * |b|`, element-wise with broadcasting.
    func closeness(_ values: [Value?]) throws -> ArrayValue {
        let a = try asArray(values[0] ?? .none)
        let b = try asArray(values[1] ?? .none)
        let relative = try floatArgument(values[2], 1e-5, "rtol") ?? 1e-5
        let absolute = try floatArgument(values[3], 1e-8, "atol") ?? 1e-8
        let equalNaN = try boolArgument(values[4], false)
        let shape = try broadcastShape(a.shape, b.shape)
        try meter.allocate(shape: shape)
        let x = try a.tensor.broadcastTo(shape).toArray()
        let y = try b.tensor.broadcastTo(shape).toArray()
        var out = [Float](repeating: 0, count: x.count)
        for index in 0..<x.count {
            let (p, q) = (x[index], y[index])
            if p.isNaN || q.isNaN {
                out[index] = equalNaN && p.isNaN && q.isNaN ? 1 : 0
            } else if p.isInfinite || q.isInfinite {
                out[index] = p == q ? 1 : 0
            } else {
                out[index] = Swift.abs(p - q) <= absolute + relative * Swift.abs(q) ? 1 : 0
            }
        }
        return ArrayValue(try Tensor(shape: shape, data: out), .bool)
    }

    /// `np.round(x, decimals)` (half to even, like NumPy).
    func numpyRound(_ value: Value, decimals: Int) throws -> Value {
        let scale = Foundation.pow(10.0, Double(decimals))
        func roundOne(_ number: Double) -> Double {
            (number * scale).rounded(.toNearestOrEven) / scale
        }
        if case .int = value, decimals >= 0 { return value }
        if let number = pythonNumber(value) { return .float(roundOne(number)) }
        let array = try asArray(value)
        let data = array.tensor.toArray().map { Float(roundOne(Double($0))) }
        return try makeArray(try Tensor(shape: array.shape, data: data), array.elementType)
    }
}
