/// The kinds of token the lexer produces.
enum TokenKind: Equatable {
    case name(String)
    case keyword(Keyword)
    case int(Int)
    case float(Double)
    case string(String)
    /// An f-string's content (escapes processed, braces kept) and where the content starts.
    case formattedString(String, contentStart: SourcePosition)
    /// An operator or delimiter such as `+`, `**=`, `(` or `:`.
    case op(String)
    case newline
    case indent
    case dedent
    case endOfFile
}

/// Python's reserved words. Some are only recognised to reject them with a clear error.
enum Keyword: String, CaseIterable {
    case falseLiteral = "False"
    case noneLiteral = "None"
    case trueLiteral = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif
    case `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda
    case nonlocal, not, or, pass, raise, `return`, `try`, `while`, with, yield
}

/// One token with its source span.
struct Token {
    var kind: TokenKind
    var range: SourceRange

    /// Whether this token is the operator or delimiter `text`.
    func isOp(_ text: String) -> Bool {
        if case .op(let value) = kind { return value == text }
        return false
    }

    /// Whether this token is the keyword `keyword`.
    func isKeyword(_ keyword: Keyword) -> Bool {
        if case .keyword(let value) = kind { return value == keyword }
        return false
    }

    /// How the token appears in error messages.
    var displayText: String {
        switch kind {
        case .name(let name): return "'\(name)'"
        case .keyword(let keyword): return "'\(keyword.rawValue)'"
        case .int(let value): return "'\(value)'"
        case .float(let value): return "'\(value)'"
        case .string, .formattedString: return "string literal"
        case .op(let text): return "'\(text)'"
        case .newline: return "end of line"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .endOfFile: return "end of input"
        }
    }
}
