import Lessons

extension CaseValue {
    /// The value as a learner would see it in Python: small arrays in full, laid out row by row
    /// as NumPy prints them, large ones summarised by shape, range and their first entries.
    /// `column` is where the text starts on its line, so continuation rows line up.
    public func summary(maximumElements: Int = 16, column: Int = 0) -> String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return NumericValue.format(value)
        case .boolean(let value): return value ? "True" : "False"
        case .none: return "None"
        case .text(let text): return "'\(text)'"
        case .tuple(let items):
            let parts = items.map { $0.summary(maximumElements: maximumElements, column: column + 1) }
            return "(" + parts.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .integerTensor(let shape, let values):
            return CaseValue.tensor(shape: shape, values: values).summary(
                maximumElements: maximumElements, column: column)
        case .tensor(let shape, let values):
            if shape.isEmpty, let only = values.first { return "array(\(NumericValue.format(only)))" }
            if values.count <= maximumElements, shape.reduce(1, *) == values.count {
                return "array(" + Self.nestedText(shape, values[...], column: column + 6) + ")"
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

    /// Nested brackets with one row per line below the first axis, indented under the opening
    /// bracket at `column` (NumPy's layout, without its column alignment).
    static func nestedText(_ shape: [Int], _ values: ArraySlice<Double>, column: Int) -> String {
        guard let first = shape.first else { return values.first.map(NumericValue.format) ?? "" }
        if shape.count == 1 {
            return "[" + values.map(NumericValue.format).joined(separator: ", ") + "]"
        }
        let inner = Array(shape.dropFirst())
        let stride = inner.reduce(1, *)
        var rows: [String] = []
        for row in 0..<first {
            let start = values.startIndex + row * stride
            rows.append(nestedText(inner, values[start..<(start + stride)], column: column + 1))
        }
        let separator =
            "," + String(repeating: "\n", count: shape.count - 1) + String(repeating: " ", count: column + 1)
        return "[" + rows.joined(separator: separator) + "]"
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
