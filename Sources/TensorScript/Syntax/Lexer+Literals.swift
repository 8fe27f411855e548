/// Number and string literals.
extension Lexer {
    /// The longest numeric literal accepted, so a megabyte of digits fails fast.
    static let maximumNumberLength = 400

    mutating func readNumber() throws(ScriptError) {
        let start = position
        if peek() == "0", let marker = peek(1), "xXoObB".unicodeScalars.contains(marker) {
            try readRadixInteger(start: start, marker: marker)
            return
        }
        var text = ""
        var isFloat = false
        try readDigits(into: &text, start: start)
        if peek() == "." {
            isFloat = true
            text.append(".")
            index += 1
            if let scalar = peek(), scalar.isASCIIDigit { try readDigits(into: &text, start: start) }
        }
        if let scalar = peek(), scalar == "e" || scalar == "E" {
            let sign = peek(1)
            let hasSign = sign == "+" || sign == "-"
            if let digit = peek(hasSign ? 2 : 1), digit.isASCIIDigit {
                isFloat = true
                text.append("e")
                index += 1
                if hasSign, let sign {
                    text.unicodeScalars.append(sign)
                    index += 1
                }
                try readDigits(into: &text, start: start)
            } else {
                throw error(.syntaxError, "invalid decimal literal", at: start)
            }
        }
        if let scalar = peek(), scalar == "j" || scalar == "J" {
            throw error(.syntaxError, "complex numbers are not supported in TensorScript", at: start)
        }
        if let scalar = peek(), scalar.isIdentifierContinue {
            throw error(.syntaxError, "invalid decimal literal", at: start)
        }
        if isFloat {
            let digits = text.hasPrefix(".") ? "0" + text : text
            guard let value = Double(digits) else {
                throw error(.syntaxError, "invalid float literal '\(text)'", at: start)
            }
            add(.float(value), from: start)
            return
        }
        if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            throw error(
                .syntaxError,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                at: start)
        }
        guard let value = Int(text) else { throw tooLarge(start) }
        add(.int(value), from: start)
    }

    func tooLarge(_ start: SourcePosition) -> ScriptError {
        error(.limitError, "integer literal is too large (TensorScript integers are 64-bit)", at: start)
    }

    /// Reads digits allowing single underscores between them, as Python does.
    mutating func readDigits(into text: inout String, start: SourcePosition) throws(ScriptError) {
        var previousWasUnderscore = false
        while let scalar = peek() {
            if scalar.isASCIIDigit {
                text.unicodeScalars.append(scalar)
                previousWasUnderscore = false
            } else if scalar == "_" && !previousWasUnderscore && (peek(1)?.isASCIIDigit ?? false) {
                previousWasUnderscore = true
            } else if scalar == "_" {
                throw error(.syntaxError, "invalid decimal literal", at: start)
            } else {
                break
            }
            index += 1
            if text.count > Lexer.maximumNumberLength { throw tooLarge(start) }
        }
    }

    mutating func readRadixInteger(start: SourcePosition, marker: Unicode.Scalar) throws(ScriptError) {
        index += 2
        let radix = marker == "x" || marker == "X" ? 16 : marker == "o" || marker == "O" ? 8 : 2
        var digits = ""
        while let scalar = peek(), scalar.isIdentifierContinue {
            if scalar != "_" { digits.unicodeScalars.append(scalar) }
            index += 1
            if digits.count > Lexer.maximumNumberLength { throw tooLarge(start) }
        }
        guard !digits.isEmpty, digits.allSatisfy({ ($0.hexDigitValue ?? 99) < radix })
        else {
            throw error(.syntaxError, "invalid literal for base \(radix)", at: start)
        }
        guard let value = Int(digits, radix: radix) else { throw tooLarge(start) }
        add(.int(value), from: start)
    }

    /// Reads a quoted string (single, double or triple quoted) with Python escapes.
    mutating func readString(prefix: String, start given: SourcePosition? = nil) throws(ScriptError) {
        let start = given ?? position
        let isRaw = prefix.contains("r")
        guard let quote = peek() else { return }
        let isTriple = peek(1) == quote && peek(2) == quote
        index += isTriple ? 3 : 1
        let contentStart = position
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                let kind =
                    isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                throw error(.syntaxError, "\(kind) (detected at line \(line))", at: start)
            }
            if scalar == quote {
                if !isTriple {
                    index += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    index += 3
                    break
                }
            }
            if scalar == "\n" {
                if !isTriple {
                    throw error(
                        .syntaxError, "unterminated string literal (detected at line \(line))", at: start)
                }
                value.append(scalar)
                newLine()
                continue
            }
            if scalar == "\\" {
                try readEscape(into: &value, isRaw: isRaw, start: start)
                continue
            }
            value.append(scalar)
            index += 1
        }
        if prefix.contains("f") {
            add(.formattedString(String(value), contentStart: contentStart), from: start)
        } else {
            add(.string(String(value)), from: start)
        }
    }

    mutating func readEscape(
        into value: inout String.UnicodeScalarView, isRaw: Bool, start: SourcePosition
    ) throws(ScriptError) {
        guard let next = peek(1) else {
            index += 1
            return
        }
        if isRaw {
            value.append("\\")
            if next == "\n" {
                index += 1
                value.append("\n")
                newLine()
            } else {
                value.append(next)
                index += 2
            }
            return
        }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", "\"": "\"", "a": "\u{07}", "b": "\u{08}",
            "f": "\u{0C}", "v": "\u{0B}",
        ]
        if next == "\n" {
            index += 1
            newLine()
            return
        }
        if let mapped = simple[next] {
            value.append(mapped)
            index += 2
            return
        }
        let hexLength: Int? = next == "x" ? 2 : next == "u" ? 4 : next == "U" ? 8 : nil
        if let hexLength {
            var hex = ""
            for offset in 0..<hexLength {
                guard let digit = peek(2 + offset), digit.properties.isASCIIHexDigit else {
                    throw error(.syntaxError, "truncated \\\(next) escape in string literal", at: start)
                }
                hex.unicodeScalars.append(digit)
            }
            guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw error(.syntaxError, "invalid \\\(next) escape in string literal", at: start)
            }
            value.append(scalar)
            index += 2 + hexLength
            return
        }
        if next.value >= 48 && next.value <= 55 {
            var code: UInt32 = 0
            var length = 0
            while length < 3, let digit = peek(1 + length), digit.value >= 48 && digit.value <= 55 {
                code = code * 8 + (digit.value - 48)
                length += 1
            }
            value.append(Unicode.Scalar(code) ?? "?")
            index += 1 + length
            return
        }
        // Python keeps unknown escapes such as "\d" as written.
        value.append("\\")
        index += 1
    }
}
