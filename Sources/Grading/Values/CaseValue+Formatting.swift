import Lessons

extension CaseValue {
    /// The value as a learner would see it in Python: small arrays in full, large ones summarised
    /// by shape, range and their first entries.
    public func summary(maximumElements: Int = 16) -> String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return NumericValue.format(value)
        case .boolean(let value): return value ? "True" : "False"
        case .none: return "None"
        case .text(let text): return "'\(text)'"
        case .tuple(let items):
            return "(" + items.map { $0.summary(maximumElements: maximumElements) }.joined(separator: ", ")
                + (items.count == 1 ? ",)" : ")")
        case .integerTensor(let shape, let values):
            return CaseValue.tensor(shape: shape, values: values).summary(maximumElements: maximumElements)
        case .tensor(let shape, let values):
            if values.count <= maximumElements, let nested = NumericValue(shape: shape, values: values) {
                return "array(\(nested.text))"
            }
            let finite = values.filter(\.isFinite)
            let range =
                finite.isEmpty
                ? "no finite values"
                : "values in [\(NumericValue.format(finite.min() ?? 0)), \(NumericValue.format(finite.max() ?? 0))]"
            let head = values.prefix(6).map(NumericValue.format).joined(separator: ", ")
            return "array of shape \(Self.shapeText(shape)), \(range), first values [\(head), ...]"
        }
    }

    /// A shape in NumPy's notation: `(3, 4)`, `(5,)`, `()`.
    public static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The multi-index of row-major position `flat` in `shape`, in NumPy's notation: `[1, 2]`.
    static func indexText(_ flat: Int, shape: [Int]) -> String {
        guard !shape.isEmpty else { return "" }
        var remainder = flat
        var index: [Int] = Array(repeating: 0, count: shape.count)
        for axis in shape.indices.reversed() where shape[axis] > 0 {
            index[axis] = remainder % shape[axis]
            remainder /= shape[axis]
        }
        return "[" + index.map(String.init).joined(separator: ", ") + "]"
    }
}
