import Foundation

/// Compares printed output the way the oracle needs: the same lines and the same tokens,
/// with numbers equal within float32 tolerances (NumPy computes in float64, TensorScript
/// in float32, so digits and therefore column padding may differ slightly).
enum OutputComparison {
    enum Token: Equatable {
        case number(Double)
        case text(String)
    }

    static let relativeTolerance = 2e-4
    static let absoluteTolerance = 1e-5

    /// A description of the first difference, or nil when the outputs match.
    static func mismatch(expected: String, actual: String) -> String? {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        guard expectedLines.count == actualLines.count else {
            return "line count differs: \(expectedLines.count) vs \(actualLines.count)"
        }
        for (index, (want, got)) in zip(expectedLines, actualLines).enumerated() {
            let wantTokens = tokens(String(want))
            let gotTokens = tokens(String(got))
            guard wantTokens.count == gotTokens.count else {
                return "line \(index + 1): token count differs ('\(want)' vs '\(got)')"
            }
            for (a, b) in zip(wantTokens, gotTokens) where !matches(a, b) {
                return "line \(index + 1): '\(want)' vs '\(got)'"
            }
        }
        return nil
    }

    static func matches(_ a: Token, _ b: Token) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
            if x.isInfinite || y.isInfinite { return x == y }
            return abs(x - y) <= absoluteTolerance + relativeTolerance * max(abs(x), abs(y))
        default:
            return a == b
        }
    }

    /// Splits a line into numbers (`-1.5e-05`, `3.`, `nan`, `inf`), words and single symbols;
    /// whitespace only separates tokens.
    static func tokens(_ line: String) -> [Token] {
        var result: [Token] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            let startsNumber =
                character.isNumber
                || ((character == "-" || character == ".") && index + 1 < characters.count
                    && (characters[index + 1].isNumber || characters[index + 1] == "."))
            if startsNumber {
                var end = index + 1
                while end < characters.count {
                    let next = characters[end]
                    if next.isNumber || next == "." {
                        end += 1
                    } else if (next == "e" || next == "E") && end + 1 < characters.count
                        && (characters[end + 1].isNumber || characters[end + 1] == "-"
                            || characters[end + 1] == "+")
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                let text = String(characters[index..<end])
                if let value = Double(text) ?? Double(text + "0") {
                    result.append(.number(value))
                    index = end
                    continue
                }
            }
            if character.isLetter || character == "_" {
                var end = index + 1
                while end < characters.count
                    && (characters[end].isLetter || characters[end].isNumber || characters[end] == "_")
                {
                    end += 1
                }
                let word = String(characters[index..<end])
                switch word {
                case "nan": result.append(.number(.nan))
                case "inf": result.append(.number(.infinity))
                default: result.append(.text(word))
                }
                index = end
                continue
            }
            // "-inf" is a minus sign followed by inf.
            if character == "-", index + 3 < characters.count + 0,
                String(characters[(index + 1)..<min(index + 4, characters.count)]) == "inf"
            {
                result.append(.number(-.infinity))
                index += 4
                continue
            }
            result.append(.text(String(character)))
            index += 1
        }
        return result
    }
}
