import Foundation

/// Problems reading a learner's typed numeric answer.
public struct NumericParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, with the character position where it went wrong.
    public let description: String

    /// What a learner may type, appended to messages about text that is not understood.
    static let acceptedForms = "type a number like 0.25, 1e-3 or 1/4, or a list like [1, 2]"
}

extension NumericValue {
    /// Parses what a learner types: a number (`12`, `-0.5`, `1e-3`, `inf`), a simple fraction of
    /// two numbers (`1/1024`, `-3/4`), or a nested list of them in Python/NumPy notation
    /// (`[[1, 2], [3, 4]]`); `array(...)` around the list is accepted too.
    public init(parsing input: String) throws(NumericParseError) {
        var text = Substring(input.trimmingCharacters(in: .whitespacesAndNewlines))
        for prefix in ["np.array(", "array("] where text.hasPrefix(prefix) && text.hasSuffix(")") {
            text = text.dropFirst(prefix.count).dropLast()
        }
        var parser = NumericTextParser(characters: Array(text))
        let value = try parser.parseValue()
        parser.skipSpaces()
        guard parser.isAtEnd else {
            throw NumericParseError(
                description:
                    "unexpected '\(parser.characters[parser.position])' at position \(parser.position + 1): "
                    + NumericParseError.acceptedForms)
        }
        guard value.shape != nil else {
            throw NumericParseError(description: "the nested lists have different lengths")
        }
        self = value
    }

    /// Reads a numeric value written in YAML: a number or a (nested) YAML list of numbers.
    static func fromYAML(_ tree: YAMLTree, key: String) throws(BlockProblem) -> NumericValue {
        switch tree {
        case .scalar(let text, _, let line):
            // Accept both `answer: 12` and `answer: "[[1, 2], [3, 4]]"`.
            do {
                return try NumericValue(parsing: text)
            } catch {
                throw BlockProblem(line: line, message: "`\(key)` is not a number or list: \(error)")
            }
        case .sequence(let items, let line):
            var values: [NumericValue] = []
            for item in items {
                values.append(try fromYAML(item, key: key))
            }
            let value = NumericValue.list(values)
            guard value.shape != nil else {
                throw BlockProblem(line: line, message: "`\(key)` has rows of different lengths")
            }
            return value
        case .mapping(_, let line):
            throw BlockProblem(line: line, message: "`\(key)` must be a number or a list of numbers")
        }
    }
}

/// A tiny recursive-descent reader for numbers and bracketed lists.
private struct NumericTextParser {
    let characters: [Character]
    var position = 0

    var isAtEnd: Bool { position >= characters.count }

    mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    mutating func parseValue() throws(NumericParseError) -> NumericValue {
        skipSpaces()
        guard position < characters.count else {
            throw NumericParseError(description: "expected a number or '[' but the answer ended")
        }
        if characters[position] == "[" || characters[position] == "(" {
            return try parseList(closing: characters[position] == "[" ? "]" : ")")
        }
        return .number(try parseFraction())
    }

    /// A number, or two numbers with `/` between them (`1/1024`): learners often know an
    /// answer as a ratio, and doing the division themselves only invites rounding slips.
    mutating func parseFraction() throws(NumericParseError) -> Double {
        let numerator = try parseNumber()
        skipSpaces()
        guard position < characters.count, characters[position] == "/" else { return numerator }
        let slash = position
        position += 1
        skipSpaces()
        guard position < characters.count else {
            throw NumericParseError(
                description:
                    "expected a number after '/' at position \(slash + 1): \(NumericParseError.acceptedForms)"
            )
        }
        let denominator = try parseNumber()
        guard denominator != 0 else {
            throw NumericParseError(description: "division by zero in the fraction at position \(slash + 1)")
        }
        return numerator / denominator
    }

    mutating func parseList(closing: Character) throws(NumericParseError) -> NumericValue {
        position += 1
        var items: [NumericValue] = []
        skipSpaces()
        if position < characters.count, characters[position] == closing {
            position += 1
            return .list(items)
        }
        while true {
            items.append(try parseValue())
            skipSpaces()
            guard position < characters.count else {
                throw NumericParseError(description: "missing '\(closing)' at the end")
            }
            if characters[position] == "," {
                position += 1
                skipSpaces()
                // A trailing comma before the bracket is fine, as in Python.
                if position < characters.count, characters[position] == closing {
                    position += 1
                    return .list(items)
                }
                continue
            }
            if characters[position] == closing {
                position += 1
                return .list(items)
            }
            throw NumericParseError(
                description:
                    "expected ',' or '\(closing)' at position \(position + 1), found '\(characters[position])'"
            )
        }
    }

    mutating func parseNumber() throws(NumericParseError) -> Double {
        let start = position
        while position < characters.count,
            characters[position].isLetter || characters[position].isNumber
                || "+-._".contains(characters[position])
        {
            position += 1
        }
        let token = String(characters[start..<position])
        guard !token.isEmpty,
            let value = MappingReader.parseNumber(token.replacingOccurrences(of: "_", with: ""))
        else {
            let shown = token.isEmpty ? String(characters[min(start, characters.count - 1)]) : token
            throw NumericParseError(
                description:
                    "'\(shown)' at position \(start + 1) is not a number: \(NumericParseError.acceptedForms)")
        }
        return value
    }
}
