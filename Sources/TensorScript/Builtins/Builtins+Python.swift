import Foundation
import TensorEngine

/// Python's own built-ins. `abs`, `round`, `min`, `max` and `sum` follow Python on Python
/// values and NumPy on arrays (so bare `max(x, axis=0)` works too).
extension BuiltinLibrary {
    func definePython() {
        for type in [TypeObject.float, .int, .bool, .str, .list, .tuple] {
            python[type.rawValue] = .type(type)
        }
        definePythonFunction("print") { evaluator, arguments in
            var separator = " "
            var terminator = "\n"
            for keyword in arguments.keywords {
                guard case .string(let text) = keyword.value else {
                    if case .none = keyword.value { continue }
                    throw ScriptError(.typeError, "\(keyword.name) must be None or a string")
                }
                switch keyword.name {
                case "sep": separator = text
                case "end": terminator = text
                default:
                    throw ScriptError(
                        .typeError, "print() got an unexpected keyword argument '\(keyword.name)'")
                }
            }
            try evaluator.write(arguments.positional.map(\.printed).joined(separator: separator) + terminator)
            return .none
        }
        definePythonFunction("format") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "format", ["value", "format_spec"], required: 1)
            var spec = ""
            if let given = values[1], case .string(let text) = given { spec = text }
            return .string(try evaluator.formatValue(values[0] ?? .none, spec: spec))
        }
        definePythonFunction("len") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "len", ["obj"], required: 1)
            switch values[0] ?? .none {
            case .list(let list): return .int(list.items.count)
            case .tuple(let items): return .int(items.count)
            case .string(let text): return .int(text.count)
            case .range(let range): return .int(range.count)
            case .array(let array):
                guard let first = array.shape.first else {
                    throw ScriptError(.typeError, "len() of unsized object")
                }
                return .int(first)
            case let other: throw ScriptError(.typeError, "object of type '\(other.typeName)' has no len()")
            }
        }
        definePythonFunction("range") { evaluator, arguments in
            guard arguments.keywords.isEmpty else {
                throw ScriptError(.typeError, "range() takes no keyword arguments")
            }
            let numbers = try arguments.positional.map { try evaluator.intValue($0) }
            switch numbers.count {
            case 1: return .range(RangeValue(start: 0, stop: numbers[0], step: 1))
            case 2: return .range(RangeValue(start: numbers[0], stop: numbers[1], step: 1))
            case 3:
                guard numbers[2] != 0 else {
                    throw ScriptError(.valueError, "range() arg 3 must not be zero")
                }
                return .range(RangeValue(start: numbers[0], stop: numbers[1], step: numbers[2]))
            default:
                throw ScriptError(.typeError, "range expected at most 3 arguments, got \(numbers.count)")
            }
        }
        definePythonFunction("abs") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "abs", ["x"], required: 1)
            switch values[0] ?? .none {
            case .int(let number):
                if number == Int.min { throw evaluator.overflow(.subtract) }
                return .int(Swift.abs(number))
            case .bool(let flag): return .int(flag ? 1 : 0)
            case .float(let number): return .float(Swift.abs(number))
            case .array(let array):
                return try evaluator.makeArray(
                    array.tensor.abs(), array.elementType == .bool ? .int64 : array.elementType)
            case let other: throw ScriptError(.typeError, "bad operand type for abs(): '\(other.typeName)'")
            }
        }
        definePythonFunction("round") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "round", ["number", "ndigits"], required: 1)
            let input = values[0] ?? .none
            if case .array = input {
                return try evaluator.numpyRound(input, decimals: try evaluator.intArgument(values[1], 0) ?? 0)
            }
            guard let ndigits = values[1], !evaluator.isNone(ndigits) else {
                if case .int = input { return input }
                let number = try evaluator.scalarNumber(input, "round")
                return .int(try checkedInteger(number.rounded(.toNearestOrEven)))
            }
            let digits = try evaluator.intValue(ndigits)
            if case .int = input, digits >= 0 { return input }
            let number = try evaluator.scalarNumber(input, "round")
            guard digits >= 0, digits <= 300, number.isFinite else {
                return try evaluator.numpyRound(input, decimals: digits)
            }
            // Python rounds the exact binary value (round(2.675, 2) == 2.67); printf does too.
            return .float(Double(String(format: "%.\(digits)f", number)) ?? number)
        }
        for name in ["min", "max"] {
            definePythonFunction(name) { evaluator, arguments in
                let wantsNumPy =
                    arguments.keywords.contains { $0.name == "axis" || $0.name == "keepdims" }
                    || (arguments.positional.count == 1
                        && {
                            if case .array = arguments.positional[0] { return true } else { return false }
                        }())
                if wantsNumPy {
                    let values = try evaluator.bind(arguments, name, ["a", "axis", "keepdims"], required: 1)
                    return try evaluator.reduce(
                        name, values[0] ?? .none, axis: values[1], keepDims: values[2], ddof: nil)
                }
                let items =
                    arguments.positional.count == 1
                    ? try evaluator.iterate(arguments.positional[0]) : arguments.positional
                guard var best = items.first else {
                    throw ScriptError(.valueError, "\(name)() arg is an empty sequence")
                }
                for item in items.dropFirst() {
                    let better = try evaluator.compare(name == "max" ? .greater : .less, item, best)
                    if try evaluator.truth(better) { best = item }
                }
                return best
            }
        }
        definePythonFunction("sum") { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "sum", ["a", "axis", "keepdims", "start"], required: 1)
            let input = values[0] ?? .none
            if case .array(let array) = input {
                if values[1] == nil && values[2] == nil && array.tensor.ndim > 1 {
                    return try evaluator.reduce("sum", input, axis: .int(0), keepDims: nil, ddof: nil)
                }
                return try evaluator.reduce("sum", input, axis: values[1], keepDims: values[2], ddof: nil)
            }
            var total = values[3] ?? .int(0)
            for item in try evaluator.iterate(input) {
                try evaluator.meter.step()
                total = try evaluator.binary(.add, total, item)
            }
            return total
        }
        definePythonFunction("enumerate") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "enumerate", ["iterable", "start"], required: 1)
            let start = try evaluator.intArgument(values[1], 0) ?? 0
            let items = try evaluator.iterate(values[0] ?? .none)
            try evaluator.meter.allocate(items.count)
            return .list(ListValue(items.enumerated().map { .tuple([.int(start + $0.offset), $0.element]) }))
        }
        definePythonFunction("zip") { evaluator, arguments in
            let sequences = try arguments.positional.map { try evaluator.iterate($0) }
            let count = sequences.map(\.count).min() ?? 0
            try evaluator.meter.allocate(count)
            return .list(ListValue((0..<count).map { index in .tuple(sequences.map { $0[index] }) }))
        }
        definePythonFunction("reversed") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "reversed", ["sequence"], required: 1)
            return .list(ListValue(try evaluator.iterate(values[0] ?? .none).reversed()))
        }
        definePythonFunction("sorted") { evaluator, arguments in
            let values = try evaluator.bind(arguments, "sorted", ["iterable", "reverse"], required: 1)
            var items = try evaluator.iterate(values[0] ?? .none)
            var failure: (any Error)?
            items.sort { a, b in
                do {
                    // Each comparison is a step, so sorting a huge list stays inside the limits.
                    try evaluator.meter.step()
                    return try evaluator.truth(evaluator.compare(.less, a, b))
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            if try evaluator.boolArgument(values[1], false) { items.reverse() }
            return .list(ListValue(items))
        }
        for name in ["any", "all"] {
            definePythonFunction(name) { evaluator, arguments in
                let values = try evaluator.bind(
                    arguments, name, ["iterable", "axis", "keepdims"], required: 1)
                let input = values[0] ?? .none
                if case .array = input {
                    return try evaluator.reduce(name, input, axis: values[1], keepDims: values[2], ddof: nil)
                }
                for item in try evaluator.iterate(input) {
                    try evaluator.meter.step()
                    let flag = try evaluator.truth(item)
                    if name == "any" && flag { return .bool(true) }
                    if name == "all" && !flag { return .bool(false) }
                }
                return .bool(name == "all")
            }
        }
    }
}
