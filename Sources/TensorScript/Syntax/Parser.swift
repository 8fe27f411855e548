/// A recursive-descent parser from tokens to statements, following Python's grammar for
/// the TensorScript subset. Constructs outside the subset get a SyntaxError naming them.
struct Parser {
    /// How deep an expression tree may get (parentheses, unary and `**` chains, and every
    /// link of a left-associative chain like `a + b + c` counts). Bounds the recursion of
    /// the parser, the resolver, the evaluator and the tree's deallocation.
    static let maximumNestingDepth = 1000

    var tokens: [Token]
    var position = 0
    var depth = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole program.
    static func parse(_ source: String) throws(ScriptError) -> [Statement] {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        return try parser.parseProgram()
    }

    var current: Token { tokens[min(position, tokens.count - 1)] }

    func peekToken(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func acceptOp(_ text: String) -> Bool {
        if current.isOp(text) {
            position += 1
            return true
        }
        return false
    }

    mutating func acceptKeyword(_ keyword: Keyword) -> Bool {
        if current.isKeyword(keyword) {
            position += 1
            return true
        }
        return false
    }

    mutating func expectOp(_ text: String, _ message: String? = nil) throws(ScriptError) -> Token {
        guard current.isOp(text) else {
            throw syntaxError(message ?? "expected '\(text)'", at: current)
        }
        return advance()
    }

    func syntaxError(_ message: String, at token: Token) -> ScriptError {
        if case .indent = token.kind {
            return ScriptError(.indentationError, "unexpected indent", at: token.range)
        }
        return ScriptError(.syntaxError, message, at: token.range)
    }

    func invalidSyntax(at token: Token) -> ScriptError {
        if case .endOfFile = token.kind {
            return ScriptError(.syntaxError, "unexpected end of input", at: token.range)
        }
        return syntaxError("invalid syntax", at: token)
    }

    mutating func enterNesting(at token: Token) throws(ScriptError) {
        depth += 1
        if depth > Parser.maximumNestingDepth {
            throw ScriptError(
                .syntaxError,
                "expression is nested too deeply (the limit is \(Parser.maximumNestingDepth) levels)",
                at: token.range)
        }
    }

    mutating func expectName() throws(ScriptError) -> (String, SourceRange) {
        let token = current
        if case .name(let name) = token.kind {
            position += 1
            return (name, token.range)
        }
        if case .keyword(let keyword) = token.kind {
            throw syntaxError(
                "'\(keyword.rawValue)' is a reserved word and cannot be used as a name", at: token)
        }
        throw syntaxError("expected a name", at: token)
    }
}
