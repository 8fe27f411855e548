import Foundation
import TensorEngine

/// Attribute access (`x.shape`, `np.exp`) and method calls (`x.sum(axis=0)`, `xs.append(1)`).
extension Evaluator {
    static let arrayMethods: Set<String> = [
        "sum", "mean", "max", "min", "argmax", "argmin", "reshape", "transpose", "copy", "astype", "std",
        "var",
        "flatten", "ravel", "item", "tolist", "any", "all", "clip", "dot", "squeeze", "prod", "round",
        "argsort", "cumsum", "trace",
    ]
    static let arrayAttributes: Set<String> = ["T", "shape", "ndim", "size", "dtype"]
    static let listMethods: Set<String> = [
        "append", "pop", "extend", "insert", "index", "count", "reverse", "copy",
    ]
    static let stringMethods: Set<String> = [
        "format",
        "upper", "lower", "strip", "split", "join", "startswith", "endswith", "replace",
    ]

    func attribute(of value: Value, _ name: String, at range: SourceRange) throws -> Value {
        switch value {
        case .module(let module):
            if let member = module.members[name] { return member }
            let hint = Suggestions.suffix(for: name, among: module.members.keys)
            throw ScriptError(
                .attributeError, "module '\(module.name)' has no attribute '\(name)'\(hint)", at: range)
        case .array(let array):
            switch name {
            case "T": return try makeArray(array.tensor.transpose(), array.elementType)
            case "shape": return .tuple(array.shape.map { .int($0) })
            case "ndim": return .int(array.tensor.ndim)
            case "size": return .int(array.tensor.count)
            case "dtype": return .string(array.elementType.name)
            default:
                if Evaluator.arrayMethods.contains(name) {
                    return .method(BoundMethod(receiver: value, name: name))
                }
                let hint = Suggestions.suffix(
                    for: name, among: Evaluator.arrayMethods.union(Evaluator.arrayAttributes))
                throw ScriptError(
                    .attributeError, "'numpy.ndarray' object has no attribute '\(name)'\(hint)", at: range)
            }
        case .list where Evaluator.listMethods.contains(name),
            .string where Evaluator.stringMethods.contains(name):
            return .method(BoundMethod(receiver: value, name: name))
        case .float where name == "is_integer":
            return .method(BoundMethod(receiver: value, name: name))
        default:
            var candidates: Set<String> = []
            if case .list = value { candidates = Evaluator.listMethods }
            if case .string = value { candidates = Evaluator.stringMethods }
            let hint = Suggestions.suffix(for: name, among: candidates)
            throw ScriptError(
                .attributeError, "'\(value.typeName)' object has no attribute '\(name)'\(hint)", at: range)
        }
    }

    func callMethod(_ receiver: Value, _ name: String, _ arguments: CallArguments) throws -> Value {
        switch receiver {
        case .array(let array): return try callArrayMethod(array, name, arguments)
        case .list(let list): return try callListMethod(list, name, arguments)
        case .string(let text): return try callStringMethod(text, name, arguments)
        case .float(let number) where name == "is_integer": return .bool(number == number.rounded())
        default:
            throw ScriptError(.attributeError, "'\(receiver.typeName)' object has no attribute '\(name)'")
        }
    }

    func callArrayMethod(_ array: ArrayValue, _ name: String, _ arguments: CallArguments) throws -> Value {
        var arguments = arguments
        switch name {
        case "copy":
            try meter.allocate(array.tensor.count)
            return .array(ArrayValue(array.tensor.copy(), array.elementType))
        case "astype":
            let values = try bind(arguments, "astype", ["dtype"], required: 1)
            let type = try dtypeArgument(values[0]) ?? .float32
            return .array(try cast(array, to: type))
        case "item":
            guard array.tensor.count == 1 else {
                throw ScriptError(.valueError, "can only convert an array of size 1 to a Python scalar")
            }
            let number = array.tensor.toArray()[0]
            switch array.elementType {
            case .bool: return .bool(number != 0)
            case .int64: return .int(try checkedInteger(number))
            case .float32: return .float(Double(number))
            }
        case "tolist":
            return try tolist(array.tensor.toArray(), shape: array.shape, type: array.elementType)
        case "reshape", "transpose":
            // x.reshape(2, 3) and x.transpose(1, 0) take the shape as separate arguments too.
            if arguments.positional.count > 1
                || (name == "reshape" && arguments.positional.count == 1
                    && pythonInteger(arguments.positional[0]) != nil)
            {
                arguments.positional = [.tuple(arguments.positional)]
            }
            if name == "transpose" {
                return try transpose(array, axes: arguments.positional.first)
            }
            fallthrough
        default:
            let function: Value? =
                name == "round" ? library.numpy.members["round"] : library.numpy.members[name]
            guard case .builtin(let builtin) = function else {
                throw ScriptError(.attributeError, "'numpy.ndarray' object has no attribute '\(name)'")
            }
            arguments.positional.insert(.array(array), at: 0)
            return try builtin.body(self, arguments)
        }
    }

    func tolist(_ values: [Float], shape: [Int], type: ElementType) throws -> Value {
        func scalar(_ number: Float) throws -> Value {
            switch type {
            case .bool: return .bool(number != 0)
            case .int64: return .int(try checkedInteger(number))
            case .float32: return .float(Double(number))
            }
        }
        guard let first = shape.first else { return try scalar(values.first ?? 0) }
        let inner = Array(shape.dropFirst())
        let chunk = inner.reduce(1, *)
        var rows: [Value] = []
        for index in 0..<first {
            rows.append(
                try tolist(Array(values[(index * chunk)..<((index + 1) * chunk)]), shape: inner, type: type))
        }
        return .list(ListValue(rows))
    }

    func callListMethod(_ list: ListValue, _ name: String, _ arguments: CallArguments) throws -> Value {
        let positional = arguments.positional
        switch name {
        case "append":
            guard positional.count == 1 else {
                throw ScriptError(.typeError, "append() takes exactly one argument")
            }
            try meter.allocate(1)
            list.items.append(positional[0])
            return .none
        case "extend":
            guard positional.count == 1 else {
                throw ScriptError(.typeError, "extend() takes exactly one argument")
            }
            let items = try iterate(positional[0])
            try meter.allocate(items.count)
            list.items.append(contentsOf: items)
            return .none
        case "pop":
            guard !list.items.isEmpty else { throw ScriptError(.indexError, "pop from empty list") }
            let position = try positional.first.map { try intValue($0) } ?? -1
            let resolved = position < 0 ? position + list.items.count : position
            guard resolved >= 0 && resolved < list.items.count else {
                throw ScriptError(.indexError, "pop index out of range")
            }
            return list.items.remove(at: resolved)
        case "insert":
            guard positional.count == 2 else { throw ScriptError(.typeError, "insert expected 2 arguments") }
            let position = try intValue(positional[0])
            let resolved = min(
                max(position < 0 ? position + list.items.count : position, 0), list.items.count)
            try meter.allocate(1)
            list.items.insert(positional[1], at: resolved)
            return .none
        case "index":
            guard let target = positional.first else {
                throw ScriptError(.typeError, "index expected 1 argument")
            }
            guard let position = try list.items.firstIndex(where: { try elementsEqual($0, target, depth: 0) })
            else {
                throw ScriptError(.valueError, "\(target.representation) is not in list")
            }
            return .int(position)
        case "count":
            guard let target = positional.first else {
                throw ScriptError(.typeError, "count expected 1 argument")
            }
            return .int(try list.items.filter { try elementsEqual($0, target, depth: 0) }.count)
        case "reverse":
            list.items.reverse()
            return .none
        default:
            try meter.allocate(list.items.count)
            return .list(ListValue(list.items))
        }
    }

    func callStringMethod(_ text: String, _ name: String, _ arguments: CallArguments) throws -> Value {
        if name == "format" { return .string(try formatString(text, arguments)) }
        let strings = try arguments.positional.map { value -> String in
            if case .string(let part) = value { return part }
            if name == "join" { return "" }
            throw ScriptError(.typeError, "\(name)() argument must be str, not \(value.typeName)")
        }
        switch name {
        case "upper": return .string(text.uppercased())
        case "lower": return .string(text.lowercased())
        case "strip":
            return .string(
                String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()))
        case "split":
            if let separator = strings.first {
                guard !separator.isEmpty else { throw ScriptError(.valueError, "empty separator") }
                return .list(ListValue(splitText(text, separator).map { .string($0) }))
            }
            return .list(
                ListValue(text.split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) }))
        case "join":
            guard let first = arguments.positional.first else {
                throw ScriptError(.typeError, "join() takes exactly one argument")
            }
            let parts = try iterate(first).map { item -> String in
                guard case .string(let part) = item else {
                    throw ScriptError(
                        .typeError, "sequence item: expected str instance, \(item.typeName) found")
                }
                return part
            }
            return .string(parts.joined(separator: text))
        case "startswith": return .bool(text.hasPrefix(strings.first ?? ""))
        case "endswith": return .bool(text.hasSuffix(strings.first ?? ""))
        default:
            guard strings.count == 2, !strings[0].isEmpty else {
                throw ScriptError(.typeError, "replace() takes 2 string arguments")
            }
            let result = splitText(text, strings[0]).joined(separator: strings[1])
            try meter.allocate(result.utf8.count)
            return .string(result)
        }
    }

    func splitText(_ text: String, _ separator: String) -> [String] {
        var parts: [String] = []
        var current = Substring(text)
        while let found = current.range(of: separator) {
            parts.append(String(current[..<found.lowerBound]))
            current = current[found.upperBound...]
        }
        parts.append(String(current))
        return parts
    }
}
