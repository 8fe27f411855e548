import TensorEngine

/// Array creation: array, zeros, ones, full, eye, arange, linspace and the `_like` forms.
extension BuiltinLibrary {
    func defineCreation() {
        define("array") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "array", ["object", "dtype"], required: 1)
            var array = try evaluator.asArray(values[0] ?? .none)
            if case .array = values[0] ?? .none {
                // np.array copies; np.asarray does not.
                try evaluator.meter.allocate(array.tensor.count)
                array = ArrayValue(array.tensor.copy(), array.elementType)
            }
            if let type = try evaluator.dtypeArgument(values[1]) {
                array = try evaluator.cast(array, to: type)
            }
            return .array(array)
        }
        define("asarray") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "asarray", ["a", "dtype"], required: 1)
            var array = try evaluator.asArray(values[0] ?? .none)
            if let type = try evaluator.dtypeArgument(values[1]), type != array.elementType {
                array = try evaluator.cast(array, to: type)
            }
            return .array(array)
        }
        for (name, fill) in [("zeros", Float(0)), ("ones", Float(1))] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["shape", "dtype"], required: 1)
                let shape = try evaluator.shapeValue(values[0] ?? .none)
                try evaluator.meter.allocate(shape: shape)
                let type = try evaluator.dtypeArgument(values[1]) ?? .float32
                return .array(ArrayValue(try Tensor.full(shape, value: fill), type))
            }
            define(name + "_like") { evaluator, arguments in
                let values = try evaluator.bind(arguments, name + "_like", ["a", "dtype"], required: 1)
                let source = try evaluator.arrayArgument(values[0], name + "_like")
                try evaluator.meter.allocate(source.tensor.count)
                let type = try evaluator.dtypeArgument(values[1]) ?? source.elementType
                return .array(ArrayValue(try Tensor.full(source.shape, value: fill), type))
            }
        }
        define("full") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "full", ["shape", "fill_value", "dtype"], required: 2)
            let shape = try evaluator.shapeValue(values[0] ?? .none)
            try evaluator.meter.allocate(shape: shape)
            let fill = values[1] ?? .none
            guard let number = evaluator.numberValue(fill) else {
                throw ScriptError(.typeError, "full() fill_value must be a number")
            }
            let type = try evaluator.dtypeArgument(values[2]) ?? evaluator.scalarElementType(fill) ?? .float32
            var value = Float(number)
            if type == .int64 { value = value.rounded(.towardZero) }
            return .array(ArrayValue(try Tensor.full(shape, value: value), type))
        }
        define("full_like") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "full_like", ["a", "fill_value", "dtype"], required: 2)
            let source = try evaluator.arrayArgument(values[0], "full_like")
            try evaluator.meter.allocate(source.tensor.count)
            let number = try evaluator.floatArgument(values[1], 0, "fill_value") ?? 0
            let type = try evaluator.dtypeArgument(values[2]) ?? source.elementType
            return .array(ArrayValue(try Tensor.full(source.shape, value: number), type))
        }
        define("eye") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "eye", ["N", "M", "k", "dtype"], required: 1)
            let rows = try evaluator.intValue(values[0] ?? .none)
            let columns = try evaluator.intArgument(values[1], rows) ?? rows
            let offset = try evaluator.intArgument(values[2], 0) ?? 0
            try evaluator.meter.allocate(shape: [rows, columns])
            var data = [Float](repeating: 0, count: rows * columns)
            for row in 0..<rows where row + offset >= 0 && row + offset < columns {
                data[row * columns + row + offset] = 1
            }
            let type = try evaluator.dtypeArgument(values[3]) ?? .float32
            return .array(ArrayValue(try Tensor(shape: [rows, columns], data: data), type))
        }
        define("identity") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "identity", ["n", "dtype"], required: 1)
            let size = try evaluator.intValue(values[0] ?? .none)
            try evaluator.meter.allocate(shape: [size, size])
            let type = try evaluator.dtypeArgument(values[1]) ?? .float32
            return .array(ArrayValue(try Tensor.eye(size), type))
        }
        define("arange") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "arange", ["start", "stop", "step", "dtype"], required: 1)
            let present = values[0...2].compactMap { $0 }.filter { !evaluator.isNone($0) }
            let allIntegers = present.allSatisfy { evaluator.pythonInteger($0) != nil }
            let numbers = try present.map { value -> Double in
                guard let number = evaluator.numberValue(value) else {
                    throw ScriptError(.typeError, "arange() arguments must be numbers")
                }
                return number
            }
            let (start, stop, step): (Double, Double, Double)
            switch numbers.count {
            case 1: (start, stop, step) = (0, numbers[0], 1)
            case 2: (start, stop, step) = (numbers[0], numbers[1], 1)
            default: (start, stop, step) = (numbers[0], numbers[1], numbers[2])
            }
            guard step != 0 else {
                throw ScriptError(.zeroDivisionError, "division by zero (arange step is 0)")
            }
            let rawCount = ((stop - start) / step).rounded(.up)
            guard rawCount.isFinite else { throw ScriptError(.valueError, "arange: cannot compute length") }
            let count = Int(max(0, min(rawCount, 1e15)))
            try evaluator.meter.allocate(count)
            let data = (0..<count).map { Float(start + Double($0) * step) }
            let type = try evaluator.dtypeArgument(values[3]) ?? (allIntegers ? .int64 : .float32)
            return .array(ArrayValue(try Tensor(shape: [count], data: data), type))
        }
        define("linspace") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "linspace", ["start", "stop", "num", "endpoint"], required: 2)
            let start = Double(try evaluator.floatArgument(values[0], 0, "start") ?? 0)
            let stop = Double(try evaluator.floatArgument(values[1], 0, "stop") ?? 0)
            let count = try evaluator.intArgument(values[2], 50) ?? 50
            guard count >= 0 else {
                throw ScriptError(.valueError, "Number of samples, \(count), must be non-negative.")
            }
            let endpoint = try evaluator.boolArgument(values[3], true)
            try evaluator.meter.allocate(count)
            let divisions = Double(endpoint ? max(count - 1, 1) : max(count, 1))
            let step = (stop - start) / divisions
            var data = (0..<count).map { Float(start + Double($0) * step) }
            if endpoint && count > 1 { data[count - 1] = Float(stop) }
            return .array(ArrayValue(try Tensor(shape: [count], data: data), .float32))
        }
    }
}
