/// Read-only views of the front end for tests and tooling: token lists and a compact
/// S-expression rendering of the syntax tree (which shows precedence explicitly).
public enum SyntaxInspector {
    /// The tokens of `source`, one string each (`NAME(x)`, `OP(+)`, `INDENT`, ...).
    public static func tokens(of source: String) throws(ScriptError) -> [String] {
        try Lexer.tokenize(source).map { token in
            switch token.kind {
            case .name(let name): return "NAME(\(name))"
            case .keyword(let keyword): return "KW(\(keyword.rawValue))"
            case .int(let value): return "INT(\(value))"
            case .float(let value): return "FLOAT(\(value))"
            case .string(let value): return "STR(\(value))"
            case .formattedString(let value, _): return "FSTR(\(value))"
            case .op(let text): return "OP(\(text))"
            case .newline: return "NEWLINE"
            case .indent: return "INDENT"
            case .dedent: return "DEDENT"
            case .endOfFile: return "EOF"
            }
        }
    }

    /// The parsed program rendered one statement per line as S-expressions.
    public static func tree(of source: String) throws(ScriptError) -> String {
        try Parser.parse(source).map(render).joined(separator: "\n")
    }

    /// Only checks that `source` lexes and parses; throws the first syntax error.
    public static func check(_ source: String) throws(ScriptError) {
        _ = try Parser.parse(source)
    }

    static func render(_ statement: Statement) -> String {
        func block(_ body: [Statement]) -> String { "[" + body.map(render).joined(separator: " ") + "]" }
        switch statement.kind {
        case .expression(let value): return render(value)
        case .assign(let targets, let value):
            return "(= " + targets.map(render).joined(separator: " ") + " " + render(value) + ")"
        case .augmentedAssign(let target, let op, let value):
            return "(\(op.rawValue)= \(render(target)) \(render(value)))"
        case .ifElse(let branches, let otherwise):
            let parts = branches.map { "\(render($0.condition)) \(block($0.body))" }
            return "(if " + parts.joined(separator: " ") + (otherwise.map { " else " + block($0) } ?? "")
                + ")"
        case .whileLoop(let condition, let body, _): return "(while \(render(condition)) \(block(body)))"
        case .forLoop(let target, let iterable, let body, _):
            return "(for \(render(target)) \(render(iterable)) \(block(body)))"
        case .function(let definition):
            let parameters = definition.parameters.map { parameter in
                parameter.defaultValue.map { "\(parameter.name)=\(render($0))" } ?? parameter.name
            }
            return "(def \(definition.name) (\(parameters.joined(separator: " "))) \(block(definition.body)))"
        case .returnValue(let value): return "(return" + (value.map { " " + render($0) } ?? "") + ")"
        case .breakLoop: return "(break)"
        case .continueLoop: return "(continue)"
        case .pass: return "(pass)"
        case .assert(let condition, let message):
            return "(assert \(render(condition))" + (message.map { " " + render($0) } ?? "") + ")"
        case .importModule(let module, let alias): return "(import \(module) \(alias.name))"
        }
    }

    static func render(_ expression: Expression) -> String {
        switch expression.kind {
        case .int(let value): return String(value)
        case .float(let value): return String(value)
        case .string(let value): return "'\(value)'"
        case .formatted(let parts):
            let rendered = parts.map { part -> String in
                switch part {
                case .literal(let text): return "'\(text)'"
                case .value(let value, let conversion, let spec):
                    return "{\(render(value))" + (conversion.map { "!\($0)" } ?? "")
                        + (spec.isEmpty ? "" : ":\(spec)") + "}"
                }
            }
            return "(f " + rendered.joined(separator: " ") + ")"
        case .bool(let value): return value ? "True" : "False"
        case .none: return "None"
        case .ellipsis: return "..."
        case .name(let reference): return reference.name
        case .list(let items): return "[" + items.map(render).joined(separator: " ") + "]"
        case .tuple(let items): return "(tuple " + items.map(render).joined(separator: " ") + ")"
        case .unary(let op, let operand): return "(\(op.rawValue) \(render(operand)))"
        case .binary(let op, let left, let right): return "(\(op.rawValue) \(render(left)) \(render(right)))"
        case .and(let left, let right): return "(and \(render(left)) \(render(right)))"
        case .or(let left, let right): return "(or \(render(left)) \(render(right)))"
        case .compare(let first, let rest):
            return "(cmp \(render(first))" + rest.map { " \($0.0.rawValue) \(render($0.1))" }.joined() + ")"
        case .conditional(let condition, let then, let otherwise):
            return "(ifexp \(render(condition)) \(render(then)) \(render(otherwise)))"
        case .call(let callee, let arguments, let keywords):
            let parts = arguments.map(render) + keywords.map { "\($0.name)=\(render($0.value))" }
            return "(call \(render(callee))" + parts.map { " " + $0 }.joined() + ")"
        case .attribute(let base, let name): return "(. \(render(base)) \(name))"
        case .starred(let value): return "*\(render(value))"
        case .subscript(let base, let items, _):
            let parts = items.map { item -> String in
                switch item {
                case .index(let value): return render(value)
                case .slice(let start, let stop, let step):
                    return
                        "(slice \(start.map(render) ?? "_") \(stop.map(render) ?? "_") \(step.map(render) ?? "_"))"
                }
            }
            return "(idx \(render(base)) " + parts.joined(separator: " ") + ")"
        }
    }
}
