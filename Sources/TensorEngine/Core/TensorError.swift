/// Every error the tensor engine throws. Messages are written for a learner: they name the
/// operation, the shapes involved and what would have been valid, in NumPy's wording where
/// NumPy has one.
public enum TensorError: Error, Equatable, CustomStringConvertible {
    /// Two operand shapes do not fit together (broadcasting, matmul, concatenation, ...).
    case shapeMismatch(op: String, lhs: [Int], rhs: [Int])
    /// A shape that cannot exist or does not fit the data (negative size, wrong element count).
    case invalidShape(String)
    /// An axis outside `-ndim..<ndim`.
    case invalidAxis(axis: Int, ndim: Int)
    /// An index or slice outside the tensor (NumPy's IndexError).
    case indexOutOfRange(String)
    /// Any other argument that the operation cannot accept.
    case invalidArgument(String)
    /// An operation that needs exactly one element (item, backward) got more or fewer.
    case notScalar(shape: [Int])
    /// A linear-algebra failure: singular matrix, non-square input, LAPACK error.
    case linalg(String)

    /// A human-readable explanation of what went wrong.
    public var description: String {
        switch self {
        case .shapeMismatch(let op, let lhs, let rhs):
            switch op {
            case "matmul", "dot", "outer", "bmm":
                return
                    "\(op): shapes \(formatShape(lhs)) and \(formatShape(rhs)) are not aligned "
                    + "(the last axis of the first must equal the second-to-last axis of the second)"
            case "broadcast", "add", "sub", "mul", "div", "pow", "maximum", "minimum", "eq", "ne",
                "lt", "le", "gt", "ge", "where":
                return
                    "operands could not be broadcast together with shapes \(formatShape(lhs)) \(formatShape(rhs))"
            case "assign":
                return
                    "could not broadcast input array from shape \(formatShape(lhs)) into shape \(formatShape(rhs))"
            default:
                return "\(op): shapes \(formatShape(lhs)) and \(formatShape(rhs)) do not match"
            }
        case .invalidShape(let message):
            return message
        case .invalidAxis(let axis, let ndim):
            return "axis \(axis) is out of bounds for array of dimension \(ndim)"
        case .indexOutOfRange(let message):
            return message
        case .invalidArgument(let message):
            return message
        case .notScalar(let shape):
            let count = shape.reduce(1, *)
            return "expected a tensor with exactly one element, got shape \(formatShape(shape)) "
                + "(\(count) elements)"
        case .linalg(let message):
            return message
        }
    }
}

/// Formats a shape the way NumPy prints it: `(3, 2)`, `(3,)`, `()`.
public func formatShape(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ",") + ")"
}
