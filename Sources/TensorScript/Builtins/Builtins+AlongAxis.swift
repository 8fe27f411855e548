import TensorEngine

/// Functions that work lane by lane along one axis (sort, argsort, cumsum) and a few
/// matrix helpers (diag, trace, array_equal). Not differentiable.
extension BuiltinLibrary {
    func defineAxisFunctions() {
        for name in ["sort", "argsort", "cumsum"] {
            define(name) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["a", "axis"], required: 1)
                var array = try evaluator.asArray(values[0] ?? .none)
                var axis = name == "cumsum" ? nil : -1
                if let given = values[1] {
                    axis = evaluator.isNone(given) ? nil : try evaluator.intValue(given)
                }
                if axis == nil {
                    array = ArrayValue(try array.tensor.reshape([array.tensor.count]), array.elementType)
                    axis = 0
                }
                let lanes = try evaluator.alongAxis(array.tensor, axis: axis ?? 0) { lane in
                    switch name {
                    case "sort": return lane.sorted { $0 < $1 || ($1.isNaN && !$0.isNaN) }
                    case "argsort":
                        return lane.indices.sorted {
                            lane[$0] < lane[$1] || (lane[$0] == lane[$1] && $0 < $1)
                        }
                        .map(Float.init)
                    default:
                        var running: Float = 0
                        return lane.map { value in
                            running += value
                            return running
                        }
                    }
                }
                let type: ElementType =
                    name == "argsort"
                    ? .int64 : (name == "cumsum" && array.elementType == .bool ? .int64 : array.elementType)
                return try evaluator.makeArray(lanes, type)
            }
        }
        define("diag") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "diag", ["v"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            let data = array.tensor.toArray()
            switch array.tensor.ndim {
            case 1:
                let size = data.count
                try evaluator.meter.allocate(shape: [size, size])
                var out = [Float](repeating: 0, count: size * size)
                for index in 0..<size { out[index * size + index] = data[index] }
                return .array(ArrayValue(try Tensor(shape: [size, size], data: out), array.elementType))
            case 2:
                let (rows, columns) = (array.shape[0], array.shape[1])
                let out = (0..<min(rows, columns)).map { data[$0 * columns + $0] }
                return try evaluator.makeArray(Tensor(out), array.elementType)
            default:
                throw ScriptError(.valueError, "Input must be 1- or 2-d.")
            }
        }
        define("trace") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "trace", ["a"], required: 1)
            let array = try evaluator.asArray(values[0] ?? .none)
            try evaluator.requireMatrix(array, "trace")
            let data = array.tensor.toArray()
            let columns = array.shape[1]
            let total = (0..<min(array.shape[0], columns)).reduce(Float(0)) { $0 + data[$1 * columns + $1] }
            return try evaluator.makeArray(
                Tensor(scalar: total), array.elementType == .float32 ? .float32 : .int64)
        }
        define("array_equal") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "array_equal", ["a1", "a2"], required: 2)
            let a = try evaluator.asArray(values[0] ?? .none)
            let b = try evaluator.asArray(values[1] ?? .none)
            return .bool(a.shape == b.shape && a.tensor.toArray() == b.tensor.toArray())
        }
        define("choice", in: random) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "choice", ["a", "size", "replace"], required: 1)
            let source: ArrayValue
            if let count = evaluator.pythonInteger(values[0] ?? .none) {
                guard count > 0 else { throw ScriptError(.valueError, "a must be greater than 0") }
                try evaluator.meter.allocate(count)
                source = ArrayValue(Tensor((0..<count).map(Float.init)), .int64)
            } else {
                source = try evaluator.asArray(values[0] ?? .none)
            }
            let pool = source.tensor.toArray()
            guard !pool.isEmpty else { throw ScriptError(.valueError, "a cannot be empty") }
            let shape = try values[1].map { try evaluator.isNone($0) ? [] : evaluator.shapeValue($0) } ?? []
            try evaluator.meter.allocate(shape: shape)
            let count = shape.reduce(1, *)
            let replace = try evaluator.boolArgument(values[2], true)
            var picked: [Float] = []
            if replace {
                for _ in 0..<count {
                    picked.append(pool[Int(evaluator.random.nextUInt64() % UInt64(pool.count))])
                }
            } else {
                guard count <= pool.count else {
                    throw ScriptError(
                        .valueError, "Cannot take a larger sample than population when replace=False")
                }
                picked = Array(pool.shuffled(using: &evaluator.random).prefix(count))
            }
            if shape.isEmpty {
                return source.elementType == .float32
                    ? .float(Double(picked[0])) : .int(try checkedInteger(picked[0]))
            }
            return .array(ArrayValue(try Tensor(shape: shape, data: picked), source.elementType))
        }
    }
}

extension Evaluator {
    /// Applies `transform` to every lane of `tensor` along `axis` (each lane has the axis's
    /// length) and returns the results in the same layout.
    func alongAxis(_ tensor: Tensor, axis rawAxis: Int, _ transform: ([Float]) -> [Float]) throws -> Tensor {
        let shape = tensor.shape
        guard !shape.isEmpty else { return tensor.copy() }
        let axis = rawAxis < 0 ? rawAxis + shape.count : rawAxis
        guard axis >= 0 && axis < shape.count else {
            throw ScriptError(
                .valueError, "axis \(rawAxis) is out of bounds for array of dimension \(shape.count)")
        }
        let data = tensor.toArray()
        var out = [Float](repeating: 0, count: data.count)
        let length = shape[axis]
        let inner = shape[(axis + 1)...].reduce(1, *)
        let outer = shape[..<axis].reduce(1, *)
        var lane = [Float](repeating: 0, count: length)
        for outerIndex in 0..<outer {
            for innerIndex in 0..<inner {
                let base = outerIndex * length * inner + innerIndex
                for position in 0..<length { lane[position] = data[base + position * inner] }
                let result = transform(lane)
                for position in 0..<min(length, result.count) {
                    out[base + position * inner] = result[position]
                }
            }
        }
        return try Tensor(shape: shape, data: out)
    }
}
