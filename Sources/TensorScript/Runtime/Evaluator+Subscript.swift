import TensorEngine

/// `x[i]` and `x[i] = v` for arrays (NumPy indexing), lists, tuples and strings.
extension Evaluator {
    func getItem(_ container: Value, _ index: Value, at range: SourceRange) throws -> Value {
        switch container {
        case .array(let array):
            let items = try tensorIndices(index)
            let result = try array.tensor.index(items)
            return try makeArray(result, array.elementType)
        case .list(let list):
            return try sequenceItem(list.items, index, kind: "list") { .list(ListValue($0)) }
        case .tuple(let items):
            return try sequenceItem(items, index, kind: "tuple") { .tuple($0) }
        case .string(let text):
            let characters = text.map { Value.string(String($0)) }
            return try sequenceItem(characters, index, kind: "string") { parts in
                .string(
                    parts.map { if case .string(let part) = $0 { return part } else { return "" } }.joined())
            }
        case .range(let rangeValue):
            let position = try intValue(index)
            let resolved = position < 0 ? position + rangeValue.count : position
            guard resolved >= 0 && resolved < rangeValue.count else {
                throw ScriptError(.indexError, "range object index out of range")
            }
            return .int(rangeValue.element(resolved))
        default:
            throw ScriptError(.typeError, "'\(container.typeName)' object is not subscriptable", at: range)
        }
    }

    func sequenceItem(_ items: [Value], _ index: Value, kind: String, rebuild: ([Value]) -> Value) throws
        -> Value
    {
        if case .slice(let start, let stop, let step) = index {
            let positions = try sliceIndices(count: items.count, start, stop, step)
            return rebuild(positions.map { items[$0] })
        }
        let position: Int
        do {
            position = try intValue(index)
        } catch {
            throw ScriptError(.typeError, "\(kind) indices must be integers or slices, not \(index.typeName)")
        }
        let resolved = position < 0 ? position + items.count : position
        guard resolved >= 0 && resolved < items.count else {
            throw ScriptError(.indexError, "\(kind) index out of range")
        }
        return items[resolved]
    }

    /// The positions a Python slice selects from a sequence of `count` items.
    func sliceIndices(count: Int, _ start: Value?, _ stop: Value?, _ step: Value?) throws -> [Int] {
        func bound(_ value: Value?) throws -> Int? {
            guard let value, !isNone(value) else { return nil }
            return try intValue(value)
        }
        let stepValue = try bound(step) ?? 1
        guard stepValue != 0 else { throw ScriptError(.valueError, "slice step cannot be zero") }
        func clamp(_ raw: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
            guard var value = raw else { return defaultValue }
            if value < 0 { value += count }
            return min(max(value, low), high)
        }
        var positions: [Int] = []
        if stepValue > 0 {
            let first = clamp(try bound(start), 0, low: 0, high: count)
            let last = clamp(try bound(stop), count, low: 0, high: count)
            var position = first
            while position < last {
                positions.append(position)
                let (next, overflow) = position.addingReportingOverflow(stepValue)
                if overflow { break }
                position = next
            }
        } else {
            let first = clamp(try bound(start), count - 1, low: -1, high: count - 1)
            let last = clamp(try bound(stop), -1, low: -1, high: count - 1)
            var position = first
            while position > last {
                positions.append(position)
                let (next, overflow) = position.addingReportingOverflow(stepValue)
                if overflow { break }
                position = next
            }
        }
        return positions
    }

    func isNone(_ value: Value) -> Bool {
        if case .none = value { return true }
        return false
    }

    /// NumPy index items from a subscript value.
    func tensorIndices(_ index: Value) throws -> [TensorIndex] {
        if case .tuple(let items) = index { return try items.map(tensorIndex) }
        return [try tensorIndex(index)]
    }

    func tensorIndex(_ value: Value) throws -> TensorIndex {
        switch value {
        case .int(let number): return .int(number)
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .none: return .newAxis
        case .ellipsis: return .ellipsis
        case .slice(let start, let stop, let step):
            func bound(_ part: Value?) throws -> Int? {
                guard let part, !isNone(part) else { return nil }
                return try intValue(part)
            }
            let stepValue = try bound(step)
            if stepValue == 0 { throw ScriptError(.valueError, "slice step cannot be zero") }
            return .range(start: try bound(start), stop: try bound(stop), step: stepValue)
        case .array, .list, .tuple, .range:
            let array = try asArray(value)
            switch array.elementType {
            case .bool: return .mask(array.tensor)
            case .int64:
                if array.shape.isEmpty { return .int(try checkedInteger(array.tensor.toArray()[0])) }
                return .indices(array.tensor)
            case .float32:
                if array.tensor.count == 0 { return .indices(array.tensor) }
                throw ScriptError(.indexError, "arrays used as indices must be of integer (or boolean) type")
            }
        default:
            throw ScriptError(
                .indexError,
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                    + "boolean arrays are valid indices")
        }
    }

    func setItem(_ container: Value, _ index: Value, _ value: Value, at range: SourceRange) throws {
        switch container {
        case .array(let array):
            let items = try tensorIndices(index)
            let source = try asArray(value)
            var values = source.tensor
            if array.elementType != .float32 && source.elementType == .float32 {
                // NumPy casts on assignment: floats stored into an int array are truncated.
                let converted = values.toArray().map {
                    array.elementType == .bool ? ($0 != 0 ? 1 : 0) : $0.rounded(.towardZero)
                }
                values = try Tensor(shape: values.shape, data: converted)
            }
            if GradMode.isEnabled && (array.tensor.requiresGrad || values.requiresGrad) {
                // Inside grad(): an in-place write would cut the graph, so build the updated
                // array from differentiable ops instead (same result, gradients flow).
                array.tensor = try differentiableAssign(array.tensor, items, values)
            } else {
                try array.tensor.assign(items, value: values)
            }
        case .list(let list):
            if case .slice = index {
                throw ScriptError(
                    .typeError, "slice assignment to lists is not supported in TensorScript", at: range)
            }
            let position = try intValue(index)
            let resolved = position < 0 ? position + list.items.count : position
            guard resolved >= 0 && resolved < list.items.count else {
                throw ScriptError(.indexError, "list assignment index out of range", at: range)
            }
            list.items[resolved] = value
        case .tuple:
            throw ScriptError(.typeError, "'tuple' object does not support item assignment", at: range)
        case .string:
            throw ScriptError(.typeError, "'str' object does not support item assignment", at: range)
        default:
            throw ScriptError(
                .typeError, "'\(container.typeName)' object does not support item assignment", at: range)
        }
    }
}
