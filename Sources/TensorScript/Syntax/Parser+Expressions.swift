/// Expressions, from the conditional expression down to atoms, with Python's precedence.
extension Parser {
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .int, .float, .string, .formattedString: return true
        case .keyword(let keyword):
            return [.trueLiteral, .falseLiteral, .noneLiteral, .not, .lambda].contains(keyword)
        case .op(let text): return ["(", "[", "{", "-", "+", "~", "..."].contains(text)
        default: return false
        }
    }

    /// `a, b, c` without brackets becomes a tuple (as in `return a, b` or `x = 1, 2`).
    mutating func parseExpressionList() throws(ScriptError) -> Expression {
        let first = try parseExpression()
        guard current.isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            guard startsExpression(current) else { break }
            items.append(try parseExpression())
        }
        return Expression(.tuple(items), first.range.joined(tokens[max(0, position - 1)].range))
    }

    /// expression: disjunction ['if' disjunction 'else' expression]
    mutating func parseExpression() throws(ScriptError) -> Expression {
        let token = current
        try enterNesting(at: token)
        defer { depth -= 1 }
        if token.isKeyword(.lambda) { throw unsupported(.lambda, at: token) }
        if token.isKeyword(.yield) { throw unsupported(.yield, at: token) }
        if token.isKeyword(.await) { throw unsupported(.await, at: token) }
        let value = try parseOr()
        if current.isOp(":=") {
            throw syntaxError("assignment expressions (':=') are not supported in TensorScript", at: current)
        }
        guard acceptKeyword(.if) else { return value }
        let condition = try parseOr()
        guard acceptKeyword(.else) else {
            throw syntaxError("expected 'else' after 'if' expression", at: current)
        }
        let otherwise = try parseExpression()
        return Expression(
            .conditional(condition: condition, then: value, otherwise: otherwise),
            value.range.joined(otherwise.range))
    }

    mutating func parseOr() throws(ScriptError) -> Expression {
        var left = try parseAnd()
        var links = 0
        defer { depth -= links }
        while current.isKeyword(.or) {
            try enterNesting(at: current)
            links += 1
            position += 1
            let right = try parseAnd()
            left = Expression(.or(left, right), left.range.joined(right.range))
        }
        return left
    }

    mutating func parseAnd() throws(ScriptError) -> Expression {
        var left = try parseNot()
        var links = 0
        defer { depth -= links }
        while current.isKeyword(.and) {
            try enterNesting(at: current)
            links += 1
            position += 1
            let right = try parseNot()
            left = Expression(.and(left, right), left.range.joined(right.range))
        }
        return left
    }

    mutating func parseNot() throws(ScriptError) -> Expression {
        let token = current
        guard acceptKeyword(.not) else { return try parseComparison() }
        try enterNesting(at: token)
        defer { depth -= 1 }
        let operand = try parseNot()
        return Expression(.unary(.not, operand), token.range.joined(operand.range))
    }

    mutating func comparisonOperator() -> ComparisonOperator? {
        switch current.kind {
        case .op(let text):
            guard let op = ComparisonOperator(rawValue: text) else { return nil }
            position += 1
            return op
        case .keyword(.in):
            position += 1
            return .contains
        case .keyword(.not) where peekToken(1).isKeyword(.in):
            position += 2
            return .notContains
        case .keyword(.is):
            position += 1
            return acceptKeyword(.not) ? .isNotSame : .isSame
        default:
            return nil
        }
    }

    mutating func parseComparison() throws(ScriptError) -> Expression {
        let first = try parseBitwiseOr()
        var rest: [(ComparisonOperator, Expression)] = []
        while let op = comparisonOperator() {
            rest.append((op, try parseBitwiseOr()))
        }
        guard let last = rest.last else { return first }
        return Expression(.compare(first, rest), first.range.joined(last.1.range))
    }

    mutating func parseBinaryLevel(
        _ operators: [String], next: (inout Parser) throws(ScriptError) -> Expression
    ) throws(ScriptError) -> Expression {
        var left = try next(&self)
        var links = 0
        defer { depth -= links }
        while case .op(let text) = current.kind, operators.contains(text),
            let op = BinaryOperator(rawValue: text)
        {
            try enterNesting(at: current)
            links += 1
            position += 1
            let right = try next(&self)
            left = Expression(.binary(op, left, right), left.range.joined(right.range))
        }
        return left
    }

    mutating func parseBitwiseOr() throws(ScriptError) -> Expression {
        try parseBinaryLevel(["|"]) { parser throws(ScriptError) in try parser.parseBitwiseXor() }
    }

    mutating func parseBitwiseXor() throws(ScriptError) -> Expression {
        try parseBinaryLevel(["^"]) { parser throws(ScriptError) in try parser.parseBitwiseAnd() }
    }

    mutating func parseBitwiseAnd() throws(ScriptError) -> Expression {
        try parseBinaryLevel(["&"]) { parser throws(ScriptError) in try parser.parseShift() }
    }

    mutating func parseShift() throws(ScriptError) -> Expression {
        try parseBinaryLevel(["<<", ">>"]) { parser throws(ScriptError) in try parser.parseSum() }
    }

    mutating func parseSum() throws(ScriptError) -> Expression {
        try parseBinaryLevel(["+", "-"]) { parser throws(ScriptError) in try parser.parseTerm() }
    }

    mutating func parseTerm() throws(ScriptError) -> Expression {
        try parseBinaryLevel(["*", "/", "//", "%", "@"]) { parser throws(ScriptError) in
            try parser.parseFactor()
        }
    }

    /// factor: ('+' | '-' | '~') factor | power. Unary minus binds looser than `**`,
    /// so `-2 ** 2` is `-(2 ** 2)`.
    mutating func parseFactor() throws(ScriptError) -> Expression {
        let token = current
        let op: UnaryOperator?
        switch token.kind {
        case .op("-"): op = .negate
        case .op("+"): op = .plus
        case .op("~"): op = .invert
        default: op = nil
        }
        guard let op else { return try parsePower() }
        position += 1
        try enterNesting(at: token)
        defer { depth -= 1 }
        let operand = try parseFactor()
        return Expression(.unary(op, operand), token.range.joined(operand.range))
    }

    /// power: primary ['**' factor]; right-associative through `factor`.
    mutating func parsePower() throws(ScriptError) -> Expression {
        let base = try parsePrimary()
        let token = current
        guard acceptOp("**") else { return base }
        try enterNesting(at: token)
        defer { depth -= 1 }
        let exponent = try parseFactor()
        return Expression(.binary(.power, base, exponent), base.range.joined(exponent.range))
    }

    mutating func parsePrimary() throws(ScriptError) -> Expression {
        var value = try parseAtom()
        while true {
            if acceptOp(".") {
                let (name, range) = try expectName()
                value = Expression(.attribute(value, name), value.range.joined(range))
            } else if current.isOp("(") {
                value = try parseCall(value)
            } else if current.isOp("[") {
                value = try parseSubscript(value)
            } else {
                return value
            }
        }
    }

    mutating func parseCall(_ callee: Expression) throws(ScriptError) -> Expression {
        _ = advance()
        var arguments: [Expression] = []
        var keywords: [KeywordArgument] = []
        while !current.isOp(")") {
            if current.isOp("**") {
                throw syntaxError(
                    "'**' keyword-argument unpacking is not supported in TensorScript", at: current)
            }
            if current.isOp("*") {
                let star = advance()
                let value = try parseExpression()
                if !keywords.isEmpty {
                    throw ScriptError(
                        .syntaxError, "iterable argument unpacking follows keyword argument unpacking",
                        at: star.range)
                }
                arguments.append(Expression(.starred(value), star.range.joined(value.range)))
                if !acceptOp(",") { break }
                continue
            }
            if case .name(let name) = current.kind, peekToken(1).isOp("=") {
                let nameToken = advance()
                _ = advance()
                let value = try parseExpression()
                if keywords.contains(where: { $0.name == name }) {
                    throw ScriptError(.syntaxError, "keyword argument repeated: \(name)", at: nameToken.range)
                }
                keywords.append(KeywordArgument(name: name, value: value, range: nameToken.range))
            } else {
                let argument = try parseExpression()
                if current.isKeyword(.for) { throw comprehensionError() }
                if !keywords.isEmpty {
                    throw ScriptError(
                        .syntaxError, "positional argument follows keyword argument", at: argument.range)
                }
                arguments.append(argument)
            }
            if !acceptOp(",") { break }
        }
        let close = try expectOp(")", "expected ',' or ')' in the argument list")
        return Expression(
            .call(callee, arguments: arguments, keywords: keywords), callee.range.joined(close.range))
    }

    func comprehensionError() -> ScriptError {
        syntaxError("comprehensions are not supported in TensorScript; use a for loop", at: current)
    }

    mutating func parseSubscript(_ base: Expression) throws(ScriptError) -> Expression {
        _ = advance()
        var items: [SubscriptItem] = []
        var sawComma = false
        repeat {
            if current.isOp("]") { break }
            items.append(try parseSubscriptItem())
            if current.isOp(",") { sawComma = true }
        } while acceptOp(",")
        if items.isEmpty { throw syntaxError("expected an index inside '[]'", at: current) }
        let close = try expectOp("]", "expected ']' to close the subscript")
        return Expression(.subscript(base, items, isTuple: sawComma), base.range.joined(close.range))
    }

    mutating func parseSubscriptItem() throws(ScriptError) -> SubscriptItem {
        var start: Expression?
        if !current.isOp(":") {
            let value = try parseExpression()
            if !current.isOp(":") { return .index(value) }
            start = value
        }
        _ = advance()
        var stop: Expression?
        var step: Expression?
        if !current.isOp(":") && !current.isOp(",") && !current.isOp("]") {
            stop = try parseExpression()
        }
        if acceptOp(":") && !current.isOp(",") && !current.isOp("]") {
            step = try parseExpression()
        }
        return .slice(start: start, stop: stop, step: step)
    }

    mutating func parseAtom() throws(ScriptError) -> Expression {
        let token = current
        switch token.kind {
        case .name(let name):
            position += 1
            return Expression(.name(NameReference(name: name)), token.range)
        case .int(let value):
            position += 1
            return Expression(.int(value), token.range)
        case .float(let value):
            position += 1
            return Expression(.float(value), token.range)
        case .string(let value):
            position += 1
            var text = value
            var range = token.range
            while case .string(let more) = current.kind {
                text += more
                range = range.joined(advance().range)
            }
            return Expression(.string(text), range)
        case .formattedString(let content, let contentStart):
            position += 1
            let parts = try Parser.formattedParts(content, contentStart: contentStart, depth: depth)
            return Expression(.formatted(parts), token.range)
        case .keyword(.trueLiteral):
            position += 1
            return Expression(.bool(true), token.range)
        case .keyword(.falseLiteral):
            position += 1
            return Expression(.bool(false), token.range)
        case .keyword(.noneLiteral):
            position += 1
            return Expression(.none, token.range)
        case .keyword(let keyword) where keyword == .lambda || keyword == .yield || keyword == .await:
            throw unsupported(keyword, at: token)
        case .op("..."):
            position += 1
            return Expression(.ellipsis, token.range)
        case .op("("):
            return try parseParenthesized()
        case .op("["):
            return try parseList()
        case .op("{"):
            throw syntaxError("dict and set literals are not supported in TensorScript", at: token)
        case .keyword(let keyword):
            if [.class, .def, .if, .else, .elif, .for, .while, .return, .import].contains(keyword) {
                throw syntaxError(
                    "invalid syntax ('\(keyword.rawValue)' cannot start an expression)", at: token)
            }
            throw invalidSyntax(at: token)
        default:
            throw invalidSyntax(at: token)
        }
    }

    mutating func parseParenthesized() throws(ScriptError) -> Expression {
        let open = advance()
        try enterNesting(at: open)
        defer { depth -= 1 }
        if current.isOp(")") {
            let close = advance()
            return Expression(.tuple([]), open.range.joined(close.range))
        }
        let first = try parseExpression()
        if current.isKeyword(.for) { throw comprehensionError() }
        if current.isOp(")") {
            _ = advance()
            return first
        }
        var items = [first]
        while acceptOp(",") {
            if current.isOp(")") { break }
            items.append(try parseExpression())
        }
        let close = try expectOp(")", "expected ',' or ')'")
        return Expression(.tuple(items), open.range.joined(close.range))
    }

    mutating func parseList() throws(ScriptError) -> Expression {
        let open = advance()
        try enterNesting(at: open)
        defer { depth -= 1 }
        var items: [Expression] = []
        while !current.isOp("]") {
            items.append(try parseExpression())
            if current.isKeyword(.for) { throw comprehensionError() }
            if !acceptOp(",") { break }
        }
        let close = try expectOp("]", "expected ',' or ']'")
        return Expression(.list(items), open.range.joined(close.range))
    }
}
