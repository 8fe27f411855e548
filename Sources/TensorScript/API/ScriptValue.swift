import TensorEngine

/// A value crossing the boundary between Swift and a script: arguments for
/// `Interpreter.call` and the results it returns.
public enum ScriptValue: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    /// A NumPy array; `elementType` is `"float32"`, `"int64"` or `"bool"` (storage is float32).
    case tensor(Tensor, elementType: String = "float32")
    case list([ScriptValue])
    case tuple([ScriptValue])
    /// Anything else (functions, modules), described by its `repr`.
    case other(String)

    /// The value as the script's `print` shows it (NumPy layout for arrays).
    public var printed: String { Value(self).printed }

    /// The value as the REPL echoes it (`repr`).
    public var representation: String { Value(self).representation }

    /// The array inside, if this value is one (numbers become 0-d tensors).
    public var tensor: Tensor? {
        switch self {
        case .tensor(let tensor, _): return tensor
        case .int(let number): return Tensor(scalar: Float(number))
        case .float(let number): return Tensor(scalar: Float(number))
        case .bool(let flag): return Tensor(scalar: flag ? 1 : 0)
        default: return nil
        }
    }
}

extension Value {
    init(_ value: ScriptValue) {
        switch value {
        case .none: self = .none
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .tensor(let tensor, let typeName):
            let type: ElementType = typeName == "int64" ? .int64 : typeName == "bool" ? .bool : .float32
            self = .array(ArrayValue(tensor, type))
        case .list(let items): self = .list(ListValue(items.map(Value.init)))
        case .tuple(let items): self = .tuple(items.map(Value.init))
        case .other(let text): self = .string(text)
        }
    }

    /// The value handed back to Swift. Arrays are detached copies, so later script
    /// statements cannot change what the caller holds.
    var scriptValue: ScriptValue {
        switch self {
        case .none: return .none
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .array(let array):
            return .tensor(array.tensor.detached().copy(), elementType: array.elementType.name)
        case .list(let list): return .list(list.items.map(\.scriptValue))
        case .tuple(let items): return .tuple(items.map(\.scriptValue))
        default: return .other(representation)
        }
    }
}
