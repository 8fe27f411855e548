import Foundation
import TensorEngine

/// Calling user functions, built-ins, bound methods, type objects and gradient functions.
extension Evaluator {
    func call(_ function: Value, _ arguments: CallArguments, at range: SourceRange) throws -> Value {
        switch function {
        case .function(let userFunction):
            return try callFunction(userFunction, arguments, at: range)
        case .builtin(let builtin):
            return try builtin.body(self, arguments)
        case .method(let method):
            return try callMethod(method.receiver, method.name, arguments)
        case .type(let type):
            return try convert(to: type, arguments)
        case .gradient(let gradient):
            return try callGradient(gradient, arguments, at: range)
        default:
            throw ScriptError(.typeError, "'\(function.typeName)' object is not callable", at: range)
        }
    }

    func callFunction(_ function: FunctionValue, _ arguments: CallArguments, at range: SourceRange) throws
        -> Value
    {
        let definition = function.definition
        let parameters = definition.parameters
        let frame = Frame(count: max(definition.localCount, parameters.count), parent: function.closure)
        guard arguments.positional.count <= parameters.count else {
            throw ScriptError(
                .typeError,
                "\(definition.name)() takes \(parameters.count) positional argument\(parameters.count == 1 ? "" : "s") "
                    + "but \(arguments.positional.count) \(arguments.positional.count == 1 ? "was" : "were") given",
                at: range)
        }
        for (position, value) in arguments.positional.enumerated() { frame.locals[position] = value }
        for keyword in arguments.keywords {
            guard let position = parameters.firstIndex(where: { $0.name == keyword.name }) else {
                throw ScriptError(
                    .typeError, "\(definition.name)() got an unexpected keyword argument '\(keyword.name)'",
                    at: range)
            }
            if frame.locals[position] != nil {
                throw ScriptError(
                    .typeError, "\(definition.name)() got multiple values for argument '\(keyword.name)'",
                    at: range)
            }
            frame.locals[position] = keyword.value
        }
        var missing: [String] = []
        for position in 0..<parameters.count where frame.locals[position] == nil {
            if let defaultValue = function.defaults[position] {
                frame.locals[position] = defaultValue
            } else {
                missing.append("'\(parameters[position].name)'")
            }
        }
        if !missing.isEmpty {
            let list =
                missing.count == 1
                ? missing[0]
                : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
            throw ScriptError(
                .typeError,
                "\(definition.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)",
                at: range)
        }
        meter.callDepth += 1
        defer { meter.callDepth -= 1 }
        if meter.callDepth > options.maximumCallDepth {
            throw ResourceMeter.limitError(
                .callDepth,
                "more than \(options.maximumCallDepth) nested calls (is there a runaway recursion?)")
        }
        try meter.step()
        do {
            if case .returned(let value) = try execute(definition.body, frame) { return value }
        } catch var error as ScriptError where error.sourceIndex == nil {
            error.sourceIndex = definition.sourceIndex
            throw error
        }
        return .none
    }

    /// Calls `grad(f, argnums)(args...)`: marks the chosen arguments as requiring grad, runs
    /// `f` under the engine's autograd, and returns the gradients from `backward()`.
    func callGradient(_ gradient: GradientFunction, _ arguments: CallArguments, at range: SourceRange) throws
        -> Value
    {
        var positional = arguments.positional
        var leaves: [Tensor] = []
        for position in gradient.argnums {
            guard position >= 0 && position < positional.count else {
                throw ScriptError(
                    .typeError,
                    "grad: argnums contains \(position) but the function was called with \(positional.count) argument(s)",
                    at: range)
            }
            let array = try asArray(positional[position])
            let leaf = array.tensor.copy()
            leaf.requiresGrad = true
            try meter.allocate(leaf.count)
            leaves.append(leaf)
            positional[position] = .array(ArrayValue(leaf, .float32))
        }
        gradientDepth += 1
        defer { gradientDepth -= 1 }
        let output = try GradMode.withGrad {
            try call(
                gradient.function, CallArguments(positional: positional, keywords: arguments.keywords),
                at: range)
        }
        let result: Tensor
        switch output {
        case .array(let array) where array.tensor.count == 1:
            result = array.tensor
        case .int, .float, .bool:
            // A Python number does not depend on the inputs: every gradient is zero.
            result = Tensor(scalar: 0)
        default:
            throw ScriptError(
                .typeError,
                "grad requires a function that returns a scalar (a single number), got \(describeShape(output))",
                at: range)
        }
        if result.requiresGrad { try result.backward() }
        var gradients: [Value] = []
        for leaf in leaves {
            let value = leaf.grad ?? Tensor.zerosLike(leaf)
            gradients.append(try makeArray(value.detached(), .float32))
        }
        if gradient.returnsSingle, let first = gradients.first { return first }
        return .tuple(gradients)
    }

    func describeShape(_ value: Value) -> String {
        if case .array(let array) = value { return "an array of shape \(formatShapeTuple(array.shape))" }
        return "a value of type '\(value.typeName)'"
    }

    /// `float(x)`, `int(x)`, `bool(x)`, `str(x)`, `list(x)`, `tuple(x)`.
    func convert(to type: TypeObject, _ arguments: CallArguments) throws -> Value {
        let values = try bind(arguments, type.rawValue, ["x"], required: 0)
        guard let value = values[0] else {
            switch type {
            case .float, .float32, .float64: return .float(0)
            case .int, .int32, .int64: return .int(0)
            case .bool: return .bool(false)
            case .str: return .string("")
            case .list: return .list(ListValue([]))
            case .tuple: return .tuple([])
            }
        }
        switch type {
        case .float, .float32, .float64:
            if case .string(let text) = value {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                let lowered = trimmed.lowercased()
                if ["inf", "+inf", "infinity"].contains(lowered) { return .float(.infinity) }
                if ["-inf", "-infinity"].contains(lowered) { return .float(-.infinity) }
                if lowered == "nan" { return .float(.nan) }
                guard let number = Double(trimmed) else {
                    throw ScriptError(
                        .valueError, "could not convert string to float: \(pythonStringLiteral(text))")
                }
                return .float(number)
            }
            return .float(try scalarNumber(value, "float"))
        case .int, .int32, .int64:
            if case .string(let text) = value {
                guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                    throw ScriptError(
                        .valueError, "invalid literal for int() with base 10: \(pythonStringLiteral(text))")
                }
                return .int(number)
            }
            if case .int = value { return value }
            let number = try scalarNumber(value, "int")
            guard number.isFinite else {
                throw ScriptError(.valueError, "cannot convert float \(pythonFloatText(number)) to integer")
            }
            guard abs(number) < 9.2e18 else { throw ScriptError(.overflowError, "int too large to convert") }
            return .int(Int(number.rounded(.towardZero)))
        case .bool:
            return .bool(try truth(value))
        case .str:
            return .string(value.printed)
        case .list:
            let items = try iterate(value)
            try meter.allocate(items.count)
            return .list(ListValue(items))
        case .tuple:
            return .tuple(try iterate(value))
        }
    }

    /// A number from a Python scalar or a one-element array (`float(np.sum(x))`).
    func scalarNumber(_ value: Value, _ function: String) throws -> Double {
        if let number = pythonNumber(value) { return number }
        if case .array(let array) = value {
            guard array.tensor.count == 1 else {
                throw ScriptError(.typeError, "only length-1 arrays can be converted to Python scalars")
            }
            return Double(array.tensor.toArray()[0])
        }
        throw ScriptError(
            .typeError, "\(function)() argument must be a string or a real number, not '\(value.typeName)'")
    }

    /// Matches a call's arguments to parameter names: positional first, then keywords.
    /// Returns one optional value per parameter; the first `required` must be present.
    func bind(_ arguments: CallArguments, _ name: String, _ parameters: [String], required: Int) throws
        -> [Value?]
    {
        guard arguments.positional.count <= parameters.count else {
            throw ScriptError(
                .typeError,
                "\(name)() takes at most \(parameters.count) argument\(parameters.count == 1 ? "" : "s") "
                    + "(\(arguments.positional.count) given)")
        }
        var values = [Value?](repeating: nil, count: parameters.count)
        for (position, value) in arguments.positional.enumerated() { values[position] = value }
        for keyword in arguments.keywords {
            guard let position = parameters.firstIndex(of: keyword.name) else {
                let hint = Suggestions.suffix(for: keyword.name, among: parameters)
                throw ScriptError(
                    .typeError, "\(name)() got an unexpected keyword argument '\(keyword.name)'\(hint)")
            }
            if values[position] != nil {
                throw ScriptError(.typeError, "\(name)() got multiple values for argument '\(keyword.name)'")
            }
            values[position] = keyword.value
        }
        for position in 0..<required where values[position] == nil {
            throw ScriptError(
                .typeError,
                "\(name)() missing required argument '\(parameters[position])' (pos \(position + 1))")
        }
        return values
    }
}
