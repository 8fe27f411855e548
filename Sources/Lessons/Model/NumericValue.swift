import Foundation

/// A number or a nested list of numbers (a small tensor typed as `[[1, 2], [3, 4]]`).
public indirect enum NumericValue: Sendable, Equatable {
    /// A single number.
    case number(Double)
    /// A list whose items are numbers or lists.
    case list([NumericValue])

    /// The shape as NumPy would give it (`[]` for a number), or nil when the list is ragged.
    public var shape: [Int]? {
        switch self {
        case .number:
            return []
        case .list(let items):
            guard let first = items.first else { return [0] }
            guard let inner = first.shape else { return nil }
            for item in items.dropFirst() where item.shape != inner {
                return nil
            }
            return [items.count] + inner
        }
    }

    /// The numbers in row-major order.
    public var flattened: [Double] {
        switch self {
        case .number(let value): [value]
        case .list(let items): items.flatMap(\.flattened)
        }
    }

    /// Builds a nested list of `shape` from row-major `values`; nil when the counts disagree.
    public init?(shape: [Int], values: [Double]) {
        guard shape.allSatisfy({ $0 >= 0 }), shape.reduce(1, *) == values.count else { return nil }
        guard let first = shape.first else {
            guard let only = values.first else { return nil }
            self = .number(only)
            return
        }
        let rest = Array(shape.dropFirst())
        let stride = rest.reduce(1, *)
        var items: [NumericValue] = []
        for index in 0..<first {
            guard
                let item = NumericValue(
                    shape: rest, values: Array(values[index * stride..<(index + 1) * stride]))
            else { return nil }
            items.append(item)
        }
        self = .list(items)
    }

    /// Python-style text: `3.5`, `[1.0, 2.0]`, `[[1, 2], [3, 4]]`.
    public var text: String {
        switch self {
        case .number(let value): Self.format(value)
        case .list(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        }
    }

    /// Formats a number compactly: integers without a fraction, others with up to 6 significant digits.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6g", value)
        if text.contains("e") { text = text.replacingOccurrences(of: "e+", with: "e") }
        return text
    }
}
