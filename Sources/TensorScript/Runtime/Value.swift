import TensorEngine

/// The element type NumPy would give an array. Storage is always the engine's float32;
/// the tag only decides printing and integer semantics (`[1 2 3]` vs `[1. 2. 3.]`).
enum ElementType {
    case float32
    case int64
    case bool

    /// NumPy's name for the type, as `x.dtype` prints it.
    var name: String {
        switch self {
        case .float32: return "float32"
        case .int64: return "int64"
        case .bool: return "bool"
        }
    }
}

/// A NumPy array: an engine tensor plus its element type. A reference type so that
/// `y = x; y[0] = 1` changes `x` too, as in NumPy.
final class ArrayValue {
    var tensor: Tensor
    var elementType: ElementType

    init(_ tensor: Tensor, _ elementType: ElementType = .float32) {
        self.tensor = tensor
        self.elementType = elementType
    }

    var shape: [Int] { tensor.shape }
}

/// A Python list: a reference type so aliases see appends and item assignment.
final class ListValue {
    var items: [Value]

    init(_ items: [Value]) {
        self.items = items
    }
}

/// `range(start, stop, step)` as a lazy sequence.
struct RangeValue {
    let start: Int
    let stop: Int
    let step: Int

    /// The number of elements. Computed in 128 bits because `stop - start` can overflow
    /// 64 bits for extreme bounds (such ranges are then limited by the sandbox).
    var count: Int {
        let (low, high, size) =
            step > 0
            ? (Int128(start), Int128(stop), Int128(step)) : (Int128(stop), Int128(start), -Int128(step))
        guard high > low else { return 0 }
        let total = (high - low + size - 1) / size
        return total > Int128(Int.max) ? Int.max : Int(total)
    }

    /// The element at `position` (wrapping instead of trapping past the 64-bit range).
    func element(_ position: Int) -> Int { start &+ position &* step }
}

/// A user-defined function (`def`): its definition plus the default values evaluated at
/// definition time, as in Python.
final class FunctionValue {
    let definition: FunctionDefinition
    let defaults: [Value?]
    /// The frame the `def` ran in, whose variables the body may read (nil at module level).
    let closure: Frame?

    init(definition: FunctionDefinition, defaults: [Value?], closure: Frame?) {
        self.definition = definition
        self.defaults = defaults
        self.closure = closure
    }
}

/// The arguments of one call.
struct CallArguments {
    var positional: [Value]
    var keywords: [(name: String, value: Value)]
}

/// A function implemented in Swift (`np.exp`, `len`, `print`, ...).
final class BuiltinFunction {
    /// The name as the learner writes it, e.g. `numpy.exp` prints as `exp`.
    let name: String
    let body: (Evaluator, CallArguments) throws -> Value

    init(_ name: String, _ body: @escaping (Evaluator, CallArguments) throws -> Value) {
        self.name = name
        self.body = body
    }
}

/// A namespace such as `numpy`, `numpy.linalg` or `math`.
final class ModuleValue {
    let name: String
    var members: [String: Value]

    init(name: String, members: [String: Value]) {
        self.name = name
        self.members = members
    }
}

/// A method looked up on a value (`x.sum`), waiting to be called.
final class BoundMethod {
    let receiver: Value
    let name: String

    init(receiver: Value, name: String) {
        self.receiver = receiver
        self.name = name
    }
}

/// A function returned by `grad(f, argnums=...)`.
final class GradientFunction {
    let function: Value
    let argnums: [Int]
    /// Whether `argnums` was a single int (then one gradient is returned, not a tuple).
    let returnsSingle: Bool

    init(function: Value, argnums: [Int], returnsSingle: Bool) {
        self.function = function
        self.argnums = argnums
        self.returnsSingle = returnsSingle
    }
}

/// A Python type object used as a value (`float`, `int`, `np.float32` in `astype`).
enum TypeObject: String {
    case float, int, bool, str, list, tuple
    case float32, float64, int32, int64
}

/// Every value a script can hold.
enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list(ListValue)
    case tuple([Value])
    case array(ArrayValue)
    case range(RangeValue)
    case function(FunctionValue)
    case builtin(BuiltinFunction)
    case module(ModuleValue)
    case method(BoundMethod)
    case gradient(GradientFunction)
    case type(TypeObject)
    case ellipsis
    indirect case slice(start: Value?, stop: Value?, step: Value?)

    /// Python's type name, for error messages.
    var typeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "str"
        case .list: return "list"
        case .tuple: return "tuple"
        case .array: return "numpy.ndarray"
        case .range: return "range"
        case .function, .gradient: return "function"
        case .builtin: return "builtin_function_or_method"
        case .module: return "module"
        case .method: return "builtin_function_or_method"
        case .type: return "type"
        case .ellipsis: return "ellipsis"
        case .slice: return "slice"
        }
    }
}
