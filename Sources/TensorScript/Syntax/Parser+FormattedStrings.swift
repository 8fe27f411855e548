/// Splitting an f-string into literal text and `{expression!conversion:spec}` fields,
/// each expression parsed with the normal expression grammar.
extension Parser {
    static func formattedParts(_ content: String, contentStart: SourcePosition, depth: Int)
        throws(ScriptError)
        -> [FormattedPart]
    {
        let characters = Array(content)
        var parts: [FormattedPart] = []
        var literal = ""
        var index = 0
        func location(_ offset: Int) -> SourceRange {
            // Positions inside the string are approximate when escapes or newlines precede them.
            let position = SourcePosition(line: contentStart.line, column: contentStart.column + offset)
            return SourceRange(
                start: position, end: SourcePosition(line: position.line, column: position.column + 1))
        }
        while index < characters.count {
            let character = characters[index]
            if character == "}" {
                guard index + 1 < characters.count, characters[index + 1] == "}" else {
                    throw ScriptError(
                        .syntaxError, "f-string: single '}' is not allowed", at: location(index))
                }
                literal.append("}")
                index += 2
                continue
            }
            guard character == "{" else {
                literal.append(character)
                index += 1
                continue
            }
            if index + 1 < characters.count, characters[index + 1] == "{" {
                literal.append("{")
                index += 2
                continue
            }
            let fieldStart = index + 1
            var end = fieldStart
            var nesting = 0
            var quote: Character?
            var conversionAt: Int?
            var specAt: Int?
            while end < characters.count {
                let inner = characters[end]
                if let open = quote {
                    if inner == open { quote = nil }
                } else if inner == "'" || inner == "\"" {
                    quote = inner
                } else if "([{".contains(inner) {
                    nesting += 1
                } else if ")]".contains(inner) || (inner == "}" && nesting > 0) {
                    nesting -= 1
                } else if inner == "}" {
                    break
                } else if nesting == 0 && specAt == nil && inner == "!" && end + 1 < characters.count
                    && characters[end + 1] != "="
                {
                    conversionAt = end
                } else if nesting == 0 && specAt == nil && inner == ":" {
                    specAt = end
                }
                end += 1
            }
            guard end < characters.count else {
                throw ScriptError(.syntaxError, "f-string: expecting '}'", at: location(index))
            }
            let expressionEnd = conversionAt ?? specAt ?? end
            var source = String(characters[fieldStart..<expressionEnd])
            // `{x=}` prints the expression text, then its repr (Python 3.8's debugging form).
            let trimmed = String(source.reversed().drop { $0 == " " }.reversed())
            var echoesItself = false
            if trimmed.hasSuffix("="), !["==", "!=", "<=", ">="].contains(where: { trimmed.hasSuffix($0) }) {
                echoesItself = true
                literal += source
                source = String(trimmed.dropLast())
            }
            guard !source.allSatisfy({ $0 == " " }) else {
                throw ScriptError(
                    .syntaxError, "f-string: valid expression required before '}'", at: location(index))
            }
            var conversion: Character?
            if let conversionAt {
                let text = String(characters[(conversionAt + 1)..<(specAt ?? end)])
                guard text == "r" || text == "s" else {
                    throw ScriptError(
                        .syntaxError, "f-string: invalid conversion character '\(text)': expected 's' or 'r'",
                        at: location(conversionAt))
                }
                conversion = text.first
            } else if echoesItself && specAt == nil {
                conversion = "r"
            }
            let spec = specAt.map { String(characters[($0 + 1)..<end]) } ?? ""
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
            parts.append(
                .value(
                    try parseFragment(source, at: location(fieldStart).start, depth: depth),
                    conversion: conversion,
                    spec: spec))
            index = end + 1
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// Parses the expression inside an f-string field, shifting its positions to where it
    /// sits in the file.
    static func parseFragment(_ source: String, at origin: SourcePosition, depth: Int) throws(ScriptError)
        -> Expression
    {
        func shift(_ position: SourcePosition) -> SourcePosition {
            if position.line == 1 {
                return SourcePosition(line: origin.line, column: origin.column + position.column - 1)
            }
            return SourcePosition(line: origin.line + position.line - 1, column: position.column)
        }
        var tokens: [Token]
        do {
            tokens = try Lexer.tokenize("(" + source + ")")
        } catch {
            var shifted = error
            shifted.range = error.range.map { SourceRange(start: shift($0.start), end: shift($0.end)) }
            throw shifted
        }
        // The added "(" shifts every column by one; move them back and into the file.
        tokens = tokens.map { token in
            var moved = token
            let start = SourcePosition(
                line: token.range.start.line, column: max(1, token.range.start.column - 1))
            let end = SourcePosition(line: token.range.end.line, column: max(1, token.range.end.column - 1))
            moved.range = SourceRange(start: shift(start), end: shift(end))
            return moved
        }
        var parser = Parser(tokens: tokens)
        parser.depth = depth
        let expression = try parser.parseExpressionList()
        guard case .newline = parser.current.kind else {
            throw parser.invalidSyntax(at: parser.current)
        }
        return expression
    }
}
