/// A value passed to or returned from a learner's function, independent of the interpreter's own
/// types so grading logic (generation, comparison, feedback) is plain Swift.
public indirect enum CaseValue: Sendable, Equatable {
    /// A Python int.
    case integer(Int)
    /// A Python float.
    case number(Double)
    /// A Python bool.
    case boolean(Bool)
    /// A float array: shape and row-major values.
    case tensor(shape: [Int], values: [Double])
    /// An integer array (NumPy int64, e.g. class labels used as indices): shape and values.
    case integerTensor(shape: [Int], values: [Double])
    /// A tuple or list of values (functions returning several results).
    case tuple([CaseValue])
    /// `None`.
    case none
    /// A string.
    case text(String)

    /// The shape as NumPy reports it; `[]` for scalars, nil for non-numeric values.
    public var shape: [Int]? {
        switch self {
        case .integer, .number, .boolean: []
        case .tensor(let shape, _), .integerTensor(let shape, _): shape
        default: nil
        }
    }

    /// The numeric entries in row-major order, nil for non-numeric values.
    public var numbers: [Double]? {
        switch self {
        case .integer(let value): [Double(value)]
        case .number(let value): [value]
        case .boolean(let value): [value ? 1 : 0]
        case .tensor(_, let values), .integerTensor(_, let values): values
        default: nil
        }
    }

    /// A short name of the value's type, in Python's words.
    public var typeName: String {
        switch self {
        case .integer: "int"
        case .number: "float"
        case .boolean: "bool"
        case .tensor, .integerTensor: "array"
        case .tuple: "tuple"
        case .none: "None"
        case .text: "str"
        }
    }
}
