import Foundation

/// Parses argument generator expressions written in lessons:
///
///     randn(B, D)            standard normal, shape (B, D)
///     rand(3)                uniform in [0, 1)
///     uniform(-2, 2, B)      uniform in [-2, 2)
///     randint(0, C, B)       integers in [0, C)
///     zeros(B, D) / ones(4) / full(7.5, B)
///     B                      the dimension's value as an int
///     randn(B, C) * 1000     scaled; `+ k`, `- k`, `/ k` work too
///     [[1, 2], [3, 4]]       a constant
enum GeneratorParser {
    /// Parses `text`; `dimensions` are the declared dimension names (others are errors).
    static func parse(_ text: String, dimensions: Set<String>) throws(GeneratorSyntaxError) -> Generator {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // A whole number written without a point is a Python int (`k: 3`), as in the learner's code.
        if let whole = Int(trimmed) {
            return .dimension(.fixed(whole))
        }
        if trimmed.hasPrefix("[") || MappingReader.parseNumber(trimmed) != nil {
            do {
                return .literal(try NumericValue(parsing: trimmed))
            } catch {
                throw GeneratorSyntaxError(message: "bad constant '\(trimmed)': \(error)")
            }
        }
        var tokens = try tokenize(trimmed)
        var generator = try parseTerm(&tokens, dimensions: dimensions)
        while let operation = tokens.first {
            tokens.removeFirst()
            guard case .symbol(let symbol) = operation, "*/+-".contains(symbol),
                case .number(let amount)? = tokens.first
            else {
                throw GeneratorSyntaxError(
                    message: "expected `* number`, `/ number`, `+ number` or `- number`")
            }
            tokens.removeFirst()
            generator =
                switch symbol {
                case "*": .affine(base: generator, scale: amount, offset: 0)
                case "/":
                    .affine(base: generator, scale: amount == 0 ? .infinity : 1 / amount, offset: 0)
                case "+": .affine(base: generator, scale: 1, offset: amount)
                default: .affine(base: generator, scale: 1, offset: -amount)
                }
        }
        return generator
    }

    /// Parses a dimension range such as `int(1, 8)` or a constant `5`.
    static func parseDimension(name: String, _ text: String) throws(GeneratorSyntaxError) -> DimensionSpec {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed) {
            guard value >= 0 else { throw GeneratorSyntaxError(message: "a dimension cannot be negative") }
            return DimensionSpec(name: name, lower: value, upper: value)
        }
        var tokens = try tokenize(trimmed)
        guard case .name("int")? = tokens.first else {
            throw GeneratorSyntaxError(message: "a dimension is a whole number or `int(low, high)`")
        }
        tokens.removeFirst()
        let arguments = try parseArguments(&tokens)
        guard tokens.isEmpty, arguments.count == 2, case .number(let low) = arguments[0],
            case .number(let high) = arguments[1], low == low.rounded(), high == high.rounded(), low >= 0,
            low <= high, high < 1_000_000
        else {
            throw GeneratorSyntaxError(message: "`int(low, high)` needs two whole numbers 0 <= low <= high")
        }
        return DimensionSpec(name: name, lower: Int(low), upper: Int(high))
    }

    private enum Token: Equatable {
        case name(String)
        case number(Double)
        case symbol(Character)
    }

    private static func tokenize(_ text: String) throws(GeneratorSyntaxError) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isLetter || character == "_" {
                let start = index
                while index < characters.count,
                    characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
                {
                    index += 1
                }
                tokens.append(.name(String(characters[start..<index])))
            } else if character.isNumber || character == "." {
                let start = index
                while index < characters.count,
                    characters[index].isNumber || characters[index] == "." || characters[index] == "e"
                        || ((characters[index] == "-" || characters[index] == "+")
                            && characters[index - 1] == "e")
                {
                    index += 1
                }
                let literal = String(characters[start..<index])
                guard let value = Double(literal) else {
                    throw GeneratorSyntaxError(message: "'\(literal)' is not a number")
                }
                tokens.append(.number(value))
            } else if "(),*/+-".contains(character) {
                // A minus directly before a number inside an argument list is a negative literal.
                if character == "-", index + 1 < characters.count, characters[index + 1].isNumber,
                    let last = tokens.last, last == .symbol("(") || last == .symbol(",")
                {
                    index += 1
                    let start = index
                    while index < characters.count,
                        characters[index].isNumber || characters[index] == "." || characters[index] == "e"
                    {
                        index += 1
                    }
                    guard let value = Double(String(characters[start..<index])) else {
                        throw GeneratorSyntaxError(message: "bad negative number")
                    }
                    tokens.append(.number(-value))
                } else {
                    tokens.append(.symbol(character))
                    index += 1
                }
            } else {
                throw GeneratorSyntaxError(message: "unexpected character '\(character)'")
            }
        }
        return tokens
    }

    private static func parseArguments(_ tokens: inout [Token]) throws(GeneratorSyntaxError) -> [Token] {
        guard tokens.first == .symbol("(") else { throw GeneratorSyntaxError(message: "expected '('") }
        tokens.removeFirst()
        var arguments: [Token] = []
        if tokens.first == .symbol(")") {
            tokens.removeFirst()
            return arguments
        }
        while true {
            guard let argument = tokens.first, argument != .symbol(")"), argument != .symbol(",") else {
                throw GeneratorSyntaxError(message: "expected a number or a dimension name")
            }
            if case .symbol = argument { throw GeneratorSyntaxError(message: "expected a number or a name") }
            arguments.append(argument)
            tokens.removeFirst()
            guard let separator = tokens.first else { throw GeneratorSyntaxError(message: "missing ')'") }
            tokens.removeFirst()
            if separator == .symbol(")") { return arguments }
            guard separator == .symbol(",") else {
                throw GeneratorSyntaxError(message: "expected ',' or ')'")
            }
        }
    }

    private static func parseTerm(_ tokens: inout [Token], dimensions: Set<String>)
        throws(GeneratorSyntaxError)
        -> Generator
    {
        guard case .name(let function)? = tokens.first else {
            throw GeneratorSyntaxError(message: "expected a generator such as randn(B, D)")
        }
        tokens.removeFirst()
        if tokens.first != .symbol("(") {
            guard dimensions.contains(function) else {
                throw GeneratorSyntaxError(
                    message: "unknown dimension '\(function)' (declare it under `dims:`)")
            }
            return .dimension(.named(function))
        }
        let arguments = try parseArguments(&tokens)
        func reference(_ token: Token) throws(GeneratorSyntaxError) -> DimensionReference {
            switch token {
            case .number(let value) where value >= 0 && value == value.rounded() && value < 1e9:
                return .fixed(Int(value))
            case .name(let name) where dimensions.contains(name):
                return .named(name)
            case .name(let name):
                throw GeneratorSyntaxError(message: "unknown dimension '\(name)' (declare it under `dims:`)")
            default:
                throw GeneratorSyntaxError(message: "a size must be a whole number or a dimension name")
            }
        }
        func number(_ token: Token) throws(GeneratorSyntaxError) -> Double {
            guard case .number(let value) = token else {
                throw GeneratorSyntaxError(message: "\(function) expects a number here")
            }
            return value
        }
        func shape(_ tokens: ArraySlice<Token>) throws(GeneratorSyntaxError) -> [DimensionReference] {
            var result: [DimensionReference] = []
            for token in tokens { result.append(try reference(token)) }
            return result
        }
        switch function {
        case "randn":
            return .normal(shape: try shape(arguments[...]))
        case "rand":
            return .uniform(lower: 0, upper: 1, shape: try shape(arguments[...]))
        case "uniform":
            guard arguments.count >= 2 else {
                throw GeneratorSyntaxError(message: "uniform(low, high, shape...)")
            }
            let low = try number(arguments[0])
            let high = try number(arguments[1])
            guard low < high else { throw GeneratorSyntaxError(message: "uniform needs low < high") }
            return .uniform(lower: low, upper: high, shape: try shape(arguments[2...]))
        case "randint":
            guard arguments.count >= 2 else {
                throw GeneratorSyntaxError(message: "randint(low, high, shape...)")
            }
            return .integers(
                lower: try reference(arguments[0]), upper: try reference(arguments[1]),
                shape: try shape(arguments[2...]))
        case "zeros":
            return .filled(value: 0, shape: try shape(arguments[...]))
        case "ones":
            return .filled(value: 1, shape: try shape(arguments[...]))
        case "full":
            guard let first = arguments.first else {
                throw GeneratorSyntaxError(message: "full(value, shape...)")
            }
            return .filled(value: try number(first), shape: try shape(arguments.dropFirst()))
        default:
            throw GeneratorSyntaxError(
                message:
                    "unknown generator '\(function)' (use randn, rand, uniform, randint, zeros, ones, full)")
        }
    }
}

/// A malformed generator expression.
struct GeneratorSyntaxError: Error {
    /// What is wrong.
    let message: String
}
