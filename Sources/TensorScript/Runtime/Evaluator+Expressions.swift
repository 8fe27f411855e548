import TensorEngine

/// Expression evaluation.
extension Evaluator {
    /// The deepest native recursion of `evaluate` (nested expressions across calls) allowed;
    /// the run happens on a thread with a large stack, this keeps it well inside it.
    static let maximumNesting = 3000

    func evaluate(_ expression: Expression, _ frame: Frame?) throws -> Value {
        switch expression.kind {
        case .int(let value): return .int(value)
        case .float(let value): return .float(value)
        case .name(let reference):
            if reference.scope == .local, let frame {
                if let value = frame.locals[reference.slot] { return value }
                throw ScriptError(
                    .nameError,
                    "cannot access local variable '\(reference.name)' where it is not associated with a value",
                    at: expression.range)
            }
            if reference.scope == .enclosing {
                var owner = frame
                for _ in 0..<reference.depth { owner = owner?.parent }
                if let value = owner?.locals[reference.slot] ?? nil { return value }
                throw ScriptError(
                    .nameError,
                    "cannot access free variable '\(reference.name)' where it is not associated with a value "
                        + "in enclosing scope", at: expression.range)
            }
            if let value = globals[reference.slot] { return value }
            throw undefinedName(reference.name, at: expression.range, frame: frame)
        default:
            meter.nesting += 1
            defer { meter.nesting -= 1 }
            if meter.nesting > Evaluator.maximumNesting {
                throw ResourceMeter.limitError(.nesting, "expressions and calls nested too deeply")
            }
            do {
                return try evaluateCompound(expression, frame)
            } catch let error as ScriptError {
                throw error.range == nil
                    ? ScriptError(error.kind, error.message, at: expression.range) : error
            } catch {
                throw convertEngineError(error, at: expression.range)
            }
        }
    }

    func evaluateCompound(_ expression: Expression, _ frame: Frame?) throws -> Value {
        switch expression.kind {
        case .int(let value): return .int(value)
        case .float(let value): return .float(value)
        case .name: return try evaluate(expression, frame)
        case .string(let text): return .string(text)
        case .formatted(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .literal(let literal): text += literal
                case .value(let expression, let conversion, let spec):
                    var value = try evaluate(expression, frame)
                    if conversion == "r" { value = .string(value.representation) }
                    if conversion == "s" { value = .string(value.printed) }
                    text += try formatValue(value, spec: spec)
                }
            }
            try meter.allocate(text.utf8.count)
            return .string(text)
        case .bool(let flag): return .bool(flag)
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .list(let items):
            try meter.allocate(items.count)
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item, frame)) }
            return .list(ListValue(values))
        case .tuple(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item, frame)) }
            return .tuple(values)
        case .unary(let op, let operand):
            return try unary(op, try evaluate(operand, frame), at: expression.range)
        case .binary(let op, let left, let right):
            let lhs = try evaluate(left, frame)
            let rhs = try evaluate(right, frame)
            return try binary(op, lhs, rhs, at: expression.range)
        case .and(let left, let right):
            let lhs = try evaluate(left, frame)
            return try truth(lhs, at: left.range) ? try evaluate(right, frame) : lhs
        case .or(let left, let right):
            let lhs = try evaluate(left, frame)
            return try truth(lhs, at: left.range) ? lhs : try evaluate(right, frame)
        case .compare(let first, let rest):
            return try compareChain(first, rest, frame)
        case .conditional(let condition, let then, let otherwise):
            let chosen = try truth(evaluate(condition, frame), at: condition.range) ? then : otherwise
            return try evaluate(chosen, frame)
        case .call(let callee, let arguments, let keywords):
            let function = try evaluate(callee, frame)
            var positional: [Value] = []
            positional.reserveCapacity(arguments.count)
            for argument in arguments {
                if case .starred(let iterable) = argument.kind {
                    positional.append(
                        contentsOf: try iterate(try evaluate(iterable, frame), at: iterable.range))
                } else {
                    positional.append(try evaluate(argument, frame))
                }
            }
            var named: [(name: String, value: Value)] = []
            for keyword in keywords { named.append((keyword.name, try evaluate(keyword.value, frame))) }
            return try call(
                function, CallArguments(positional: positional, keywords: named), at: expression.range)
        case .attribute(let base, let name):
            return try attribute(of: try evaluate(base, frame), name, at: expression.range)
        case .starred:
            throw ScriptError(.syntaxError, "can't use starred expression here", at: expression.range)
        case .subscript(let base, let items, let isTuple):
            let container = try evaluate(base, frame)
            let index = try evaluateSubscript(items, isTuple: isTuple, frame)
            return try getItem(container, index, at: expression.range)
        }
    }

    func compareChain(_ first: Expression, _ rest: [(ComparisonOperator, Expression)], _ frame: Frame?) throws
        -> Value
    {
        var left = try evaluate(first, frame)
        var result = Value.bool(true)
        for (index, (op, expression)) in rest.enumerated() {
            let right = try evaluate(expression, frame)
            result = try compare(op, left, right, at: expression.range)
            // A chain stops at the first false link, like Python's `a < b < c`.
            if index < rest.count - 1, !(try truth(result, at: expression.range)) { return result }
            left = right
        }
        return result
    }

    /// The value of a subscript: one item, or a tuple of items for `x[i, j]`.
    func evaluateSubscript(_ items: [SubscriptItem], isTuple: Bool, _ frame: Frame?) throws -> Value {
        var values: [Value] = []
        for item in items {
            switch item {
            case .index(let expression):
                values.append(try evaluate(expression, frame))
            case .slice(let start, let stop, let step):
                values.append(
                    .slice(
                        start: try start.map { try evaluate($0, frame) },
                        stop: try stop.map { try evaluate($0, frame) },
                        step: try step.map { try evaluate($0, frame) }))
            }
        }
        if !isTuple && values.count == 1 { return values[0] }
        return .tuple(values)
    }

    func undefinedName(_ name: String, at range: SourceRange, frame: Frame?) -> ScriptError {
        if options.forbiddenNames.contains(name) {
            var error = ScriptError(
                .forbiddenNameError, "'\(name)' may not be used in this exercise", at: range)
            error.subject = name
            return error
        }
        var candidates = Set(globalSlots.keys.filter { slot in globals[globalSlots[slot] ?? 0] != nil })
        candidates.formUnion(builtins.keys)
        var message = "name '\(name)' is not defined"
        let numpyMembers = Set(library.numpy.members.keys)
        if numpyMembers.contains(name) && builtins[name] == nil {
            message += ". Did you mean: 'np.\(name)'?"
        } else {
            message += Suggestions.suffix(for: name, among: candidates)
        }
        if name == "numpy" || name == "np" {
            message += " (add 'import numpy as np' at the top)"
        }
        var error = ScriptError(.nameError, message, at: range)
        error.subject = name
        return error
    }

    /// Python truthiness; arrays with more than one element are ambiguous, as in NumPy.
    func truth(_ value: Value, at range: SourceRange? = nil) throws -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .float(let number): return number != 0
        case .none: return false
        case .string(let text): return !text.isEmpty
        case .list(let list): return !list.items.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .range(let range): return range.count > 0
        case .array(let array):
            if array.tensor.count == 1 { return array.tensor.toArray()[0] != 0 }
            if array.tensor.count == 0 { return false }
            throw ScriptError(
                .valueError,
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
                at: range)
        default: return true
        }
    }
}
