extension Tensor {
    /// A tensor filled with `value`.
    public static func full(_ shape: [Int], value: Float) throws -> Tensor {
        try Shape.validate(shape, op: "full")
        let result = uninitialized(shape)
        result.storage.pointer.initialize(repeating: value, count: result.count)
        return result
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int]) throws -> Tensor { try full(shape, value: 0) }

    /// A tensor of ones.
    public static func ones(_ shape: [Int]) throws -> Tensor { try full(shape, value: 1) }

    /// Zeros with the shape of `other`.
    public static func zerosLike(_ other: Tensor) -> Tensor { zerosUnchecked(other.shape) }

    /// Ones with the shape of `other`.
    public static func onesLike(_ other: Tensor) -> Tensor {
        let result = uninitialized(other.shape)
        result.storage.pointer.initialize(repeating: 1, count: result.count)
        return result
    }

    /// The `n`x`n` identity matrix.
    public static func eye(_ n: Int) throws -> Tensor {
        let result = try zeros([n, n])
        for index in 0..<n { result.storage.pointer[index * n + index] = 1 }
        return result
    }

    /// Evenly spaced values in `[start, stop)` like `numpy.arange`.
    public static func arange(start: Float = 0, stop: Float, step: Float = 1) throws -> Tensor {
        guard step != 0 else { throw TensorError.invalidArgument("arange: step must not be zero") }
        guard start.isFinite, stop.isFinite, step.isFinite else {
            throw TensorError.invalidArgument("arange: start, stop and step must be finite numbers")
        }
        let exact = ((Double(stop) - Double(start)) / Double(step)).rounded(.up)
        guard exact <= Double(Shape.maxElements) else {
            throw TensorError.invalidShape(
                "arange: the range would have more than \(Shape.maxElements) elements")
        }
        let count = Swift.max(0, Int(exact))
        let result = uninitialized([count])
        for index in 0..<count {
            result.storage.pointer[index] = Float(Double(start) + Double(index) * Double(step))
        }
        return result
    }

    /// `count` evenly spaced values from `start` to `stop` inclusive, like `numpy.linspace`.
    public static func linspace(start: Float, stop: Float, count: Int) throws -> Tensor {
        guard count >= 0 else {
            throw TensorError.invalidShape("linspace: number of samples, \(count), must be non-negative")
        }
        try Shape.validate([count], op: "linspace")
        let result = uninitialized([count])
        let span = Double(stop) - Double(start)
        for index in 0..<count {
            let fraction = count == 1 ? 0 : Double(index) / Double(count - 1)
            result.storage.pointer[index] = Float(Double(start) + span * fraction)
        }
        if count > 1 { result.storage.pointer[count - 1] = stop }
        return result
    }

    /// Builds a tensor from nested Swift arrays of numbers (`Float`, `Double`, `Int`, `Bool`),
    /// e.g. `[[1, 2], [3, 4]]`. Ragged nesting throws.
    public convenience init(nested: Any, requiresGrad: Bool = false) throws {
        var shape: [Int] = []
        var values: [Float] = []
        try Tensor.inferShape(nested, depth: 0, shape: &shape)
        try Tensor.flatten(nested, depth: 0, shape: shape, into: &values)
        try self.init(shape: shape, data: values, requiresGrad: requiresGrad)
    }

    private static func scalarValue(_ value: Any) -> Float? {
        switch value {
        case let number as Float: return number
        case let number as Double: return Float(number)
        case let number as Int: return Float(number)
        case let flag as Bool: return flag ? 1 : 0
        default: return nil
        }
    }

    private static func inferShape(_ value: Any, depth: Int, shape: inout [Int]) throws {
        if let list = value as? [Any] {
            shape.append(list.count)
            if let first = list.first { try inferShape(first, depth: depth + 1, shape: &shape) }
        } else if scalarValue(value) == nil {
            throw TensorError.invalidArgument(
                "cannot make a tensor from a value of type \(type(of: value)); use numbers or nested arrays")
        }
    }

    private static func flatten(_ value: Any, depth: Int, shape: [Int], into values: inout [Float]) throws {
        if let list = value as? [Any] {
            guard depth < shape.count, list.count == shape[depth] else {
                throw TensorError.invalidShape(
                    "ragged nested sequence: expected \(depth < shape.count ? String(shape[depth]) : "a number")"
                        + " at depth \(depth), found a list of \(list.count)")
            }
            for element in list { try flatten(element, depth: depth + 1, shape: shape, into: &values) }
        } else if let number = scalarValue(value) {
            guard depth == shape.count else {
                throw TensorError.invalidShape(
                    "ragged nested sequence: found a number at depth \(depth) where a list of "
                        + "\(shape[depth]) was expected")
            }
            values.append(number)
        } else {
            throw TensorError.invalidArgument(
                "cannot make a tensor from a value of type \(type(of: value)); use numbers or nested arrays")
        }
    }
}
