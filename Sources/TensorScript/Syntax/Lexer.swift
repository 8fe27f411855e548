/// Turns source text into tokens following Python's rules: INDENT/DEDENT from leading
/// whitespace (with Python's TabError check), implicit line joining inside brackets,
/// backslash continuation, comments, numbers and string literals.
struct Lexer {
    /// The deepest bracket nesting accepted; deeper input is a SyntaxError, which keeps
    /// the recursive-descent parser far from the stack limit.
    static let maximumBracketDepth = 100
    /// The deepest indentation nesting accepted (Python's own limit is 100).
    static let maximumIndentDepth = 100

    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    /// Indentation widths with tabs expanded to multiples of 8, as Python measures them.
    var indentStack = [0]
    /// The same widths counting a tab as one column; disagreement means TabError.
    var altIndentStack = [0]
    /// Open brackets with where they were opened, for matching and error messages.
    var brackets: [(scalar: Unicode.Scalar, range: SourceRange)] = []
    var atLineStart = true
    var lineHasTokens = false

    init(source: String) {
        scalars = Array(normalizedLineEndings(source).unicodeScalars)
    }

    /// Tokenizes the whole source.
    static func tokenize(_ source: String) throws(ScriptError) -> [Token] {
        var lexer = Lexer(source: source)
        try lexer.run()
        return lexer.tokens
    }

    var position: SourcePosition { SourcePosition(line: line, column: index - lineStart + 1) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let at = index + offset
        return at < scalars.count ? scalars[at] : nil
    }

    mutating func add(_ kind: TokenKind, from start: SourcePosition) {
        tokens.append(Token(kind: kind, range: SourceRange(start: start, end: position)))
        lineHasTokens = true
    }

    func error(_ kind: ScriptErrorKind, _ message: String, at start: SourcePosition) -> ScriptError {
        let end = SourcePosition(line: start.line, column: start.column + 1)
        return ScriptError(kind, message, at: SourceRange(start: start, end: end))
    }

    mutating func newLine() {
        index += 1
        line += 1
        lineStart = index
    }

    mutating func run() throws(ScriptError) {
        while true {
            if atLineStart && brackets.isEmpty {
                try readIndentation()
            }
            guard let scalar = peek() else { break }
            try readToken(startingWith: scalar)
        }
        if let open = brackets.last {
            throw ScriptError(.syntaxError, "'\(open.scalar)' was never closed", at: open.range)
        }
        let end = position
        if lineHasTokens {
            tokens.append(Token(kind: .newline, range: SourceRange(start: end, end: end)))
        }
        for _ in 1..<indentStack.count {
            tokens.append(Token(kind: .dedent, range: SourceRange(start: end, end: end)))
        }
        tokens.append(Token(kind: .endOfFile, range: SourceRange(start: end, end: end)))
    }

    mutating func readToken(startingWith scalar: Unicode.Scalar) throws(ScriptError) {
        switch scalar {
        case " ", "\t", "\u{0C}":
            index += 1
        case "\n":
            if brackets.isEmpty && lineHasTokens {
                add(.newline, from: position)
                lineHasTokens = false
            }
            newLine()
            atLineStart = true
        case "#":
            while let next = peek(), next != "\n" { index += 1 }
        case "\\":
            let start = position
            guard let next = peek(1) else {
                throw error(
                    .syntaxError, "unexpected end of input after line continuation character", at: start)
            }
            guard next == "\n" else {
                throw error(.syntaxError, "unexpected character after line continuation character", at: start)
            }
            index += 1
            newLine()
            if peek() == nil {
                throw error(
                    .syntaxError, "unexpected end of input after line continuation character", at: start)
            }
        default:
            try readSignificantToken(startingWith: scalar)
        }
    }

    mutating func readSignificantToken(startingWith scalar: Unicode.Scalar) throws(ScriptError) {
        if scalar.isASCIIDigit || (scalar == "." && (peek(1)?.isASCIIDigit ?? false)) {
            try readNumber()
        } else if scalar == "\"" || scalar == "'" {
            try readString(prefix: "")
        } else if scalar.isIdentifierStart {
            try readNameOrPrefixedString()
        } else {
            try readOperator(startingWith: scalar)
        }
    }

    /// Measures leading whitespace of a new logical line and emits INDENT/DEDENT tokens.
    mutating func readIndentation() throws(ScriptError) {
        atLineStart = false
        var column = 0
        var altColumn = 0
        while let scalar = peek() {
            if scalar == " " {
                column += 1
                altColumn += 1
            } else if scalar == "\t" {
                column = (column / 8 + 1) * 8
                altColumn += 1
            } else if scalar == "\u{0C}" {
                column = 0
                altColumn = 0
            } else {
                break
            }
            index += 1
        }
        // Blank and comment-only lines do not affect indentation.
        guard let next = peek(), next != "\n", next != "#" else { return }
        if next == "\\" && peek(1) == "\n" { return }
        let start = SourcePosition(line: line, column: 1)
        let here = position
        let range = SourceRange(start: start, end: here)
        let top = indentStack[indentStack.count - 1]
        let altTop = altIndentStack[altIndentStack.count - 1]
        if column == top {
            if altColumn != altTop { throw tabError(range) }
        } else if column > top {
            if altColumn <= altTop { throw tabError(range) }
            if indentStack.count > Lexer.maximumIndentDepth {
                throw ScriptError(.indentationError, "too many levels of indentation", at: range)
            }
            indentStack.append(column)
            altIndentStack.append(altColumn)
            tokens.append(Token(kind: .indent, range: range))
        } else {
            while indentStack.count > 1 && column < indentStack[indentStack.count - 1] {
                indentStack.removeLast()
                altIndentStack.removeLast()
                tokens.append(Token(kind: .dedent, range: SourceRange(start: here, end: here)))
            }
            if column != indentStack[indentStack.count - 1] {
                throw ScriptError(
                    .indentationError, "unindent does not match any outer indentation level", at: range)
            }
            if altColumn != altIndentStack[altIndentStack.count - 1] { throw tabError(range) }
        }
    }

    func tabError(_ range: SourceRange) -> ScriptError {
        ScriptError(.tabError, "inconsistent use of tabs and spaces in indentation", at: range)
    }

    mutating func readNameOrPrefixedString() throws(ScriptError) {
        let start = position
        let begin = index
        while let scalar = peek(), scalar.isIdentifierContinue { index += 1 }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[begin..<index])
        let text = String(name)
        if let quote = peek(), quote == "\"" || quote == "'", text.count <= 2,
            text.lowercased().allSatisfy({ "rbuf".contains($0) })
        {
            index = begin
            let lowered = text.lowercased()
            if lowered.contains("b") {
                throw error(.syntaxError, "bytes literals are not supported in TensorScript", at: start)
            }
            index += text.count
            try readString(prefix: lowered, start: start)
            return
        }
        if let keyword = Keyword(rawValue: text) {
            add(.keyword(keyword), from: start)
        } else {
            add(.name(text), from: start)
        }
    }

    static let operators: [String] = [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "+=", "-=",
        "*=", "/=", "%=", "@=", "&=", "|=", "^=", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|",
        "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    ]

    mutating func readOperator(startingWith scalar: Unicode.Scalar) throws(ScriptError) {
        let start = position
        for candidate in Lexer.operators where matches(candidate) {
            index += candidate.unicodeScalars.count
            try trackBrackets(candidate, start: start)
            add(.op(candidate), from: start)
            return
        }
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        throw error(.syntaxError, "invalid character '\(scalar)' (U+\(padded))", at: start)
    }

    func matches(_ candidate: String) -> Bool {
        var offset = 0
        for scalar in candidate.unicodeScalars {
            guard peek(offset) == scalar else { return false }
            offset += 1
        }
        return true
    }

    mutating func trackBrackets(_ text: String, start: SourcePosition) throws(ScriptError) {
        let range = SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + 1))
        switch text {
        case "(", "[", "{":
            if brackets.count >= Lexer.maximumBracketDepth {
                throw ScriptError(
                    .syntaxError, "too many nested parentheses (the limit is \(Lexer.maximumBracketDepth))",
                    at: range)
            }
            brackets.append((text.unicodeScalars.first ?? "(", range))
        case ")", "]", "}":
            let closing = text.unicodeScalars.first ?? ")"
            guard let open = brackets.popLast() else {
                throw ScriptError(.syntaxError, "unmatched '\(text)'", at: range)
            }
            let expected: Unicode.Scalar = open.scalar == "(" ? ")" : open.scalar == "[" ? "]" : "}"
            if closing != expected {
                throw ScriptError(
                    .syntaxError,
                    "closing parenthesis '\(text)' does not match opening parenthesis '\(open.scalar)'",
                    at: range)
            }
        default:
            break
        }
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }

    var isIdentifierStart: Bool {
        self == "_" || (value < 128 ? properties.isAlphabetic : properties.isXIDStart)
    }

    var isIdentifierContinue: Bool {
        self == "_" || isASCIIDigit || (value < 128 ? properties.isAlphabetic : properties.isXIDContinue)
    }
}
