/// How many characters one `str()`/`repr()` may produce. Lists can share themselves
/// (`a = [a, a]` twenty times is a million leaves), so text stops growing at this budget
/// and ends in `...`; it is above the output limit, so printing it still reports that limit.
final class TextBudget {
    static let characters = 2_000_000
    var remaining = TextBudget.characters

    func spend(_ text: String) -> String {
        remaining -= text.count
        return text
    }
}

/// Python's `str()` and `repr()` for script values, with NumPy's layout for arrays.
extension Value {
    /// What `print(value)` writes.
    var printed: String {
        switch self {
        case .string(let text): return text
        case .array(let array):
            return ArrayFormatter(
                shape: array.shape, values: array.tensor.toArray(), elementType: array.elementType
            )
            .string()
        default: return representation
        }
    }

    /// What the REPL echoes and what containers show for their elements.
    var representation: String { representation(enclosing: [], budget: TextBudget()) }

    /// `repr` that prints a list already being printed as `[...]`, as Python does, so a
    /// list containing itself does not recurse forever.
    func representation(enclosing: [ObjectIdentifier], budget: TextBudget) -> String {
        guard budget.remaining > 0 else { return "..." }
        switch self {
        case .list, .tuple:
            // Containers spend only their own brackets; their items spend for themselves.
            return containerRepresentation(enclosing: enclosing, budget: budget)
        default:
            return budget.spend(leafRepresentation())
        }
    }

    func containerRepresentation(enclosing: [ObjectIdentifier], budget: TextBudget) -> String {
        switch self {
        case .list(let list):
            let identity = ObjectIdentifier(list)
            if enclosing.contains(identity) || enclosing.count > 100 { return "[...]" }
            let inner = enclosing + [identity]
            return "[" + Value.parts(list.items, enclosing: inner, budget: budget).joined(separator: ", ")
                + "]"
        case .tuple(let items):
            if enclosing.count > 100 { return "(...)" }
            let parts = Value.parts(items, enclosing: enclosing, budget: budget)
            if parts.count == 1 { return "(" + parts[0] + ",)" }
            return "(" + parts.joined(separator: ", ") + ")"
        default:
            return leafRepresentation()
        }
    }

    /// `repr` of everything but lists and tuples.
    func leafRepresentation() -> String {
        switch self {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let value): return String(value)
        case .float(let value): return pythonFloatText(value)
        case .string(let text): return pythonStringLiteral(text)
        case .list, .tuple: return representation
        case .array(let array):
            return ArrayFormatter(
                shape: array.shape, values: array.tensor.toArray(), elementType: array.elementType
            )
            .representation()
        case .range(let range):
            return range.step == 1
                ? "range(\(range.start), \(range.stop))"
                : "range(\(range.start), \(range.stop), \(range.step))"
        case .function(let function): return "<function \(function.definition.name)>"
        case .builtin(let builtin): return "<built-in function \(builtin.name)>"
        case .module(let module): return "<module '\(module.name)'>"
        case .method(let method):
            return "<built-in method \(method.name) of \(method.receiver.typeName) object>"
        case .gradient: return "<function grad>"
        case .type(let type): return "<class '\(type.rawValue)'>"
        case .ellipsis: return "Ellipsis"
        case .slice(let start, let stop, let step):
            let parts = [start, stop, step].map { $0?.representation ?? "None" }
            return "slice(" + parts.joined(separator: ", ") + ")"
        }
    }
}

extension Value {
    /// The representations of container items until the budget runs out (then `...`).
    static func parts(_ items: [Value], enclosing: [ObjectIdentifier], budget: TextBudget) -> [String] {
        var parts: [String] = []
        for item in items {
            guard budget.remaining > 0 else {
                parts.append("...")
                break
            }
            parts.append(item.representation(enclosing: enclosing, budget: budget))
        }
        return parts
    }
}

/// A string as Python's `repr` writes it: single quotes unless the text contains one.
func pythonStringLiteral(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for character in text {
        switch character {
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case "\r": result += "\\r"
        case quote: result += "\\" + String(quote)
        default: result.append(character)
        }
    }
    result.append(quote)
    return result
}
