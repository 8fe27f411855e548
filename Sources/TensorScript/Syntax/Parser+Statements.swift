/// Statements and blocks.
extension Parser {
    mutating func parseProgram() throws(ScriptError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            switch current.kind {
            case .endOfFile:
                return statements
            case .newline:
                position += 1
            default:
                statements.append(contentsOf: try parseStatement())
            }
        }
    }

    /// Parses one statement line: a compound statement, or simple statements joined by `;`.
    mutating func parseStatement() throws(ScriptError) -> [Statement] {
        let token = current
        switch token.kind {
        case .indent:
            throw ScriptError(.indentationError, "unexpected indent", at: token.range)
        case .dedent:
            throw ScriptError(.indentationError, "unexpected unindent", at: token.range)
        case .keyword(let keyword):
            switch keyword {
            case .def: return [try parseFunction()]
            case .if: return [try parseIf()]
            case .while: return [try parseWhile()]
            case .for: return [try parseFor()]
            case .class, .with, .try, .async, .except, .finally:
                throw unsupported(keyword, at: token)
            default:
                break
            }
        case .op("@"):
            throw syntaxError("decorators are not supported in TensorScript", at: token)
        default:
            break
        }
        return try parseSimpleStatements()
    }

    func unsupported(_ keyword: Keyword, at token: Token) -> ScriptError {
        let what: String
        switch keyword {
        case .class: what = "classes ('class')"
        case .with: what = "'with' statements"
        case .try, .except, .finally: what = "exception handling ('try')"
        case .async, .await: what = "'async' code"
        case .global, .nonlocal: what = "'\(keyword.rawValue)' declarations"
        case .yield: what = "generators ('yield')"
        case .lambda: what = "lambda expressions (use 'def')"
        case .del: what = "'del' statements"
        case .raise: what = "'raise' statements"
        case .from: what = "'from ... import' (use 'import numpy as np' or 'import math')"
        default: what = "'\(keyword.rawValue)'"
        }
        return ScriptError(.syntaxError, "\(what) are not supported in TensorScript", at: token.range)
    }

    mutating func parseSimpleStatements() throws(ScriptError) -> [Statement] {
        var statements = [try parseSimpleStatement()]
        while acceptOp(";") {
            if case .newline = current.kind { break }
            statements.append(try parseSimpleStatement())
        }
        try expectEndOfLine()
        return statements
    }

    mutating func expectEndOfLine() throws(ScriptError) {
        switch current.kind {
        case .newline:
            position += 1
        case .endOfFile:
            break
        default:
            throw invalidSyntax(at: current)
        }
    }

    mutating func parseSimpleStatement() throws(ScriptError) -> Statement {
        let token = current
        if case .keyword(let keyword) = token.kind {
            switch keyword {
            case .pass:
                position += 1
                return Statement(.pass, token.range)
            case .break:
                position += 1
                return Statement(.breakLoop, token.range)
            case .continue:
                position += 1
                return Statement(.continueLoop, token.range)
            case .return:
                position += 1
                if startsExpression(current) {
                    let value = try parseExpressionList()
                    return Statement(.returnValue(value), token.range.joined(value.range))
                }
                return Statement(.returnValue(nil), token.range)
            case .assert:
                position += 1
                let condition = try parseExpression()
                var message: Expression?
                if acceptOp(",") { message = try parseExpression() }
                return Statement(.assert(condition, message: message), token.range.joined(condition.range))
            case .import:
                return try parseImport()
            case .global, .nonlocal, .yield, .del, .raise, .from, .lambda, .class, .with, .try, .async,
                .await, .except, .finally:
                throw unsupported(keyword, at: token)
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    mutating func parseImport() throws(ScriptError) -> Statement {
        let start = advance()
        let (module, moduleRange) = try expectName()
        var fullName = module
        var end = moduleRange
        while acceptOp(".") {
            let (part, partRange) = try expectName()
            fullName += "." + part
            end = partRange
        }
        guard ["numpy", "math", "numpy.linalg", "numpy.random"].contains(fullName) else {
            throw ScriptError(
                .syntaxError,
                "import of '\(fullName)' is not supported: only 'import numpy as np' and 'import math' are",
                at: moduleRange.joined(end))
        }
        var alias = fullName
        if acceptKeyword(.as) {
            let (name, aliasRange) = try expectName()
            alias = name
            end = aliasRange
        } else if fullName.contains(".") {
            throw ScriptError(.syntaxError, "use 'import \(fullName) as NAME'", at: moduleRange.joined(end))
        }
        return Statement(
            .importModule(module: fullName, alias: NameReference(name: alias)), start.range.joined(end))
    }

    mutating func parseExpressionStatement() throws(ScriptError) -> Statement {
        let first = try parseExpressionList()
        if case .op(let text) = current.kind, text.count >= 2, text.hasSuffix("="),
            !["==", "!=", "<=", ">="].contains(text)
        {
            let opToken = advance()
            guard let op = BinaryOperator(rawValue: String(text.dropLast())) else {
                throw syntaxError("invalid syntax", at: opToken)
            }
            try validateTarget(first, augmented: true)
            let value = try parseExpressionList()
            return Statement(
                .augmentedAssign(target: first, op: op, value: value), first.range.joined(value.range))
        }
        if current.isOp(":"), case .name = first.kind {
            throw syntaxError("type annotations are not supported in TensorScript", at: current)
        }
        guard current.isOp("=") else {
            return Statement(.expression(first), first.range)
        }
        var targets = [first]
        var value = first
        while acceptOp("=") {
            value = try parseExpressionList()
            targets.append(value)
        }
        targets.removeLast()
        for target in targets { try validateTarget(target, augmented: false) }
        return Statement(.assign(targets: targets, value: value), first.range.joined(value.range))
    }

    /// Checks that `target` can be assigned to, with Python's messages when it cannot.
    func validateTarget(_ target: Expression, augmented: Bool) throws(ScriptError) {
        switch target.kind {
        case .name, .subscript, .attribute:
            return
        case .tuple(let items), .list(let items):
            if augmented {
                throw ScriptError(
                    .syntaxError, "'tuple' is an illegal expression for augmented assignment",
                    at: target.range)
            }
            for item in items { try validateTarget(item, augmented: false) }
        case .call:
            throw ScriptError(
                .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?",
                at: target.range)
        case .int, .float, .string, .formatted, .bool, .none, .ellipsis:
            throw ScriptError(
                .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?",
                at: target.range)
        default:
            throw ScriptError(
                .syntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?",
                at: target.range)
        }
    }

    /// Parses `:` and the block after it, either indented lines or statements on the same line.
    mutating func parseBlock(after construct: String, line: Int) throws(ScriptError) -> [Statement] {
        _ = try expectOp(":", "expected ':'")
        guard case .newline = current.kind else {
            return try parseSimpleStatements()
        }
        position += 1
        guard case .indent = current.kind else {
            throw ScriptError(
                .indentationError, "expected an indented block after \(construct) on line \(line)",
                at: current.range)
        }
        position += 1
        var body: [Statement] = []
        while true {
            switch current.kind {
            case .dedent:
                position += 1
                return body
            case .endOfFile:
                return body
            case .newline:
                position += 1
            default:
                body.append(contentsOf: try parseStatement())
            }
        }
    }

    mutating func parseFunction() throws(ScriptError) -> Statement {
        let start = advance()
        let (name, _) = try expectName()
        _ = try expectOp("(", "expected '(' after the function name")
        var parameters: [Parameter] = []
        var seenDefault = false
        while !current.isOp(")") {
            if current.isOp("*") || current.isOp("**") || current.isOp("/") {
                throw syntaxError(
                    "'*args', '**kwargs' and '/' parameters are not supported in TensorScript", at: current)
            }
            let (parameterName, range) = try expectName()
            if parameters.contains(where: { $0.name == parameterName }) {
                throw ScriptError(
                    .syntaxError, "duplicate argument '\(parameterName)' in function definition", at: range)
            }
            if acceptOp(":") { _ = try parseExpression() }
            var defaultValue: Expression?
            if acceptOp("=") {
                defaultValue = try parseExpression()
                seenDefault = true
            } else if seenDefault {
                throw ScriptError(
                    .syntaxError, "parameter without a default follows parameter with a default", at: range)
            }
            parameters.append(Parameter(name: parameterName, defaultValue: defaultValue, range: range))
            if !acceptOp(",") { break }
        }
        _ = try expectOp(")", "expected ')' to close the parameter list")
        if acceptOp("->") { _ = try parseExpression() }
        let header = start.range.joined(tokens[max(0, position - 1)].range)
        let body = try parseBlock(after: "function definition", line: start.range.start.line)
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body, range: header)
        return Statement(.function(definition), header)
    }

    mutating func parseIf() throws(ScriptError) -> Statement {
        let start = advance()
        var branches: [(condition: Expression, body: [Statement])] = []
        let condition = try parseExpression()
        branches.append((condition, try parseBlock(after: "'if' statement", line: start.range.start.line)))
        var otherwise: [Statement]?
        while true {
            let token = current
            if acceptKeyword(.elif) {
                let condition = try parseExpression()
                let body = try parseBlock(after: "'elif' statement", line: token.range.start.line)
                branches.append((condition, body))
            } else if acceptKeyword(.else) {
                otherwise = try parseBlock(after: "'else' statement", line: token.range.start.line)
                break
            } else {
                break
            }
        }
        return Statement(
            .ifElse(branches: branches, otherwise: otherwise), start.range.joined(condition.range))
    }

    mutating func parseElse() throws(ScriptError) -> [Statement]? {
        let token = current
        guard acceptKeyword(.else) else { return nil }
        return try parseBlock(after: "'else' statement", line: token.range.start.line)
    }

    mutating func parseWhile() throws(ScriptError) -> Statement {
        let start = advance()
        let condition = try parseExpression()
        let body = try parseBlock(after: "'while' statement", line: start.range.start.line)
        let otherwise = try parseElse()
        return Statement(
            .whileLoop(condition: condition, body: body, otherwise: otherwise),
            start.range.joined(condition.range))
    }

    mutating func parseFor() throws(ScriptError) -> Statement {
        let start = advance()
        let target = try parseTargetList()
        try validateTarget(target, augmented: false)
        guard acceptKeyword(.in) else { throw syntaxError("expected 'in'", at: current) }
        let iterable = try parseExpressionList()
        let body = try parseBlock(after: "'for' statement", line: start.range.start.line)
        let otherwise = try parseElse()
        return Statement(
            .forLoop(target: target, iterable: iterable, body: body, otherwise: otherwise),
            start.range.joined(iterable.range))
    }

    /// The target list of a `for`: bitwise-or level expressions so `in` is not consumed.
    mutating func parseTargetList() throws(ScriptError) -> Expression {
        let first = try parseBitwiseOr()
        guard current.isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if current.isKeyword(.in) { break }
            items.append(try parseBitwiseOr())
        }
        return Expression(.tuple(items), first.range.joined(items[items.count - 1].range))
    }
}
