/// One item of a NumPy-style index expression such as `x[1:, None, ..., idx, mask]`.
public enum TensorIndex: Sendable {
    /// A single position (negative counts from the end); removes the axis.
    case int(Int)
    /// A Python slice `start:stop:step` (nil parts take NumPy's defaults; negative steps walk backwards).
    case range(start: Int?, stop: Int?, step: Int?)
    /// `None` / `np.newaxis`: inserts a size-1 axis.
    case newAxis
    /// `...`: as many full slices as needed to index every axis.
    case ellipsis
    /// An integer index array (values must be whole numbers); any shape.
    case indices(Tensor)
    /// A boolean mask (non-zero = true) covering as many axes as it has dimensions.
    case mask(Tensor)

    /// The full slice `:`.
    public static let all = TensorIndex.range(start: nil, stop: nil, step: nil)

    /// An integer index array from Swift integers.
    public static func indices(_ values: [Int]) -> TensorIndex {
        .indices(Tensor(values.map(Float.init)))
    }

    /// How many axes of the indexed tensor this item consumes (ellipsis: 0 here).
    var consumedAxes: Int {
        switch self {
        case .int, .range, .indices: return 1
        case .mask(let mask): return mask.ndim
        case .newAxis, .ellipsis: return 0
        }
    }

    var isAdvanced: Bool {
        switch self {
        case .indices, .mask: return true
        default: return false
        }
    }
}
