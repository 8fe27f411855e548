/// How an argument's value is produced for a case, e.g. `randn(B, D) * 1000`.
public indirect enum Generator: Sendable, Equatable {
    /// Standard normal entries of the given shape (a scalar for an empty shape).
    case normal(shape: [DimensionReference])
    /// Uniform entries in `[lower, upper)`.
    case uniform(lower: Double, upper: Double, shape: [DimensionReference])
    /// Whole numbers uniform in `lower..<upper` (NumPy's `randint` convention), as float entries;
    /// with an empty shape an integer scalar.
    case integers(lower: DimensionReference, upper: DimensionReference, shape: [DimensionReference])
    /// Every entry equal to `value`.
    case filled(value: Double, shape: [DimensionReference])
    /// The value of a named dimension as an integer scalar (pass `B` itself to the function).
    case dimension(DimensionReference)
    /// A constant written in the lesson.
    case literal(NumericValue)
    /// `base * scale + offset`, to make large, tiny or shifted values.
    case affine(base: Generator, scale: Double, offset: Double)

    /// The dimension names the generator refers to.
    public var dimensionNames: [String] {
        switch self {
        case .normal(let shape), .uniform(_, _, let shape), .filled(_, let shape):
            shape.compactMap(\.name)
        case .integers(let lower, let upper, let shape):
            ([lower, upper] + shape).compactMap(\.name)
        case .dimension(let reference):
            reference.name.map { [$0] } ?? []
        case .literal:
            []
        case .affine(let base, _, _):
            base.dimensionNames
        }
    }
}

/// A shape entry: a fixed size or the name of a random dimension.
public enum DimensionReference: Sendable, Equatable {
    /// A literal size.
    case fixed(Int)
    /// A named dimension declared under `dims:`.
    case named(String)

    /// The dimension name, if this refers to one.
    public var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}
