import TensorEngine

/// `np.random`, driven by the engine's seeded generator (values differ from NumPy's own
/// generator; shapes and distributions match).
extension BuiltinLibrary {
    func defineRandom() {
        define("seed", in: random) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "seed", ["seed"], required: 0)
            let seed = try evaluator.intArgument(values[0], 0) ?? 0
            evaluator.random = RandomGenerator(seed: UInt64(bitPattern: Int64(seed)))
            return .none
        }
        for name in ["randn", "rand"] {
            define(name, in: random) { evaluator, arguments in
                let shape = try arguments.positional.map { try evaluator.intValue($0) }
                if !arguments.keywords.isEmpty {
                    throw ScriptError(.typeError, "\(name)() takes only positional dimensions")
                }
                try evaluator.meter.allocate(shape: shape)
                let tensor =
                    name == "randn"
                    ? try Tensor.randn(shape, using: &evaluator.random)
                    : try Tensor.uniform(shape, using: &evaluator.random)
                if shape.isEmpty { return .float(Double(tensor.toArray()[0])) }
                return .array(ArrayValue(tensor))
            }
        }
        for name in ["normal", "uniform"] {
            define(name, in: random) { evaluator, arguments in
                let parameters = name == "normal" ? ["loc", "scale", "size"] : ["low", "high", "size"]
                let values = try evaluator.bind(arguments, name, parameters, required: 0)
                let first =
                    try evaluator.floatArgument(values[0], name == "normal" ? 0 : 0, parameters[0]) ?? 0
                let second = try evaluator.floatArgument(values[1], 1, parameters[1]) ?? 1
                let shape =
                    try values[2].map { try evaluator.isNone($0) ? [] : evaluator.shapeValue($0) } ?? []
                try evaluator.meter.allocate(shape: shape)
                let tensor =
                    name == "normal"
                    ? try Tensor.randn(shape, using: &evaluator.random).mul(second).add(first)
                    : try Tensor.uniform(shape, low: first, high: second, using: &evaluator.random)
                if shape.isEmpty { return .float(Double(tensor.toArray()[0])) }
                return .array(ArrayValue(tensor))
            }
        }
        define("randint", in: random) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "randint", ["low", "high", "size"], required: 1)
            var low = try evaluator.intValue(values[0] ?? .none)
            var high = try evaluator.intArgument(values[1], nil)
            if high == nil {
                high = low
                low = 0
            }
            let upper = high ?? low
            guard upper > low else { throw ScriptError(.valueError, "low >= high") }
            let shape = try values[2].map { try evaluator.isNone($0) ? [] : evaluator.shapeValue($0) } ?? []
            try evaluator.meter.allocate(shape: shape)
            let (difference, overflow) = upper.subtractingReportingOverflow(low)
            guard !overflow else { throw ScriptError(.valueError, "randint: the range is too large") }
            let span = UInt64(difference)
            let count = shape.reduce(1, *)
            var data = [Float]()
            data.reserveCapacity(count)
            for _ in 0..<count { data.append(Float(low + Int(evaluator.random.nextUInt64() % span))) }
            if shape.isEmpty { return .int(try checkedInteger(data[0])) }
            return .array(ArrayValue(try Tensor(shape: shape, data: data), .int64))
        }
        define("permutation", in: random) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "permutation", ["x"], required: 1)
            let input = values[0] ?? .none
            if let count = evaluator.pythonInteger(input) {
                try evaluator.meter.allocate(count)
                let order = Array(0..<max(count, 0)).shuffled(using: &evaluator.random)
                return .array(ArrayValue(Tensor(order.map(Float.init)), .int64))
            }
            let array = try evaluator.asArray(input)
            guard let first = array.shape.first else {
                throw ScriptError(.indexError, "x must be an integer or at least 1-dimensional")
            }
            let order = Array(0..<first).shuffled(using: &evaluator.random)
            let result = try array.tensor.index([.indices(order)])
            return try evaluator.makeArray(result, array.elementType)
        }
    }
}
