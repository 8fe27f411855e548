import Foundation

/// Python's format-spec mini-language (`[[fill]align][sign][0][width][,][.precision][type]`)
/// as used by f-strings and `str.format`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var zeroPad = false
    var width = 0
    var grouping = false
    var precision: Int?
    var type: Character?

    init(_ text: String) throws {
        var characters = Array(text)[...]
        if characters.count >= 2, "<>^=".contains(characters[characters.startIndex + 1]) {
            fill = characters.removeFirst()
            align = characters.removeFirst()
        } else if let first = characters.first, "<>^=".contains(first) {
            align = characters.removeFirst()
        }
        if let first = characters.first, "+- ".contains(first) { sign = characters.removeFirst() }
        if characters.first == "0" {
            zeroPad = true
            characters.removeFirst()
        }
        var digits = ""
        while let first = characters.first, first.isNumber {
            digits.append(characters.removeFirst())
        }
        width = min(Int(digits) ?? 0, 10_000)
        if characters.first == "," || characters.first == "_" {
            grouping = true
            characters.removeFirst()
        }
        if characters.first == "." {
            characters.removeFirst()
            var precisionDigits = ""
            while let first = characters.first, first.isNumber {
                precisionDigits.append(characters.removeFirst())
            }
            guard let value = Int(precisionDigits) else {
                throw ScriptError(.valueError, "Format specifier missing precision")
            }
            precision = min(value, 100)
        }
        if let first = characters.first {
            type = characters.removeFirst()
            guard "bcdeEfFgGnosxX%".contains(first) else {
                throw ScriptError(.valueError, "Unknown format code '\(first)'")
            }
        }
        guard characters.isEmpty else { throw ScriptError(.valueError, "Invalid format specifier '\(text)'") }
    }
}

extension Evaluator {
    /// `format(value, spec)`: numbers, strings and 0-d arrays; other arrays only with an
    /// empty spec (like NumPy, which rejects format codes for arrays).
    func formatValue(_ value: Value, spec text: String) throws -> String {
        if text.isEmpty { return value.printed }
        let spec = try FormatSpec(text)
        var number: Double?
        var isInteger = false
        switch value {
        case .int(let integer):
            number = Double(integer)
            isInteger = true
        case .bool(let flag):
            number = flag ? 1 : 0
            isInteger = true
        case .float(let float): number = float
        case .array(let array) where array.tensor.count == 1 && array.shape.isEmpty:
            number = Double(array.tensor.toArray()[0])
            isInteger = array.elementType != .float32
        case .array:
            throw ScriptError(.typeError, "unsupported format string passed to numpy.ndarray.__format__")
        case .string(let string):
            if let type = spec.type, type != "s" {
                throw ScriptError(.valueError, "Unknown format code '\(type)' for object of type 'str'")
            }
            let truncated = spec.precision.map { String(string.prefix($0)) } ?? string
            return pad(truncated, spec, defaultAlign: "<")
        default:
            return pad(value.printed, spec, defaultAlign: "<")
        }
        guard let number else { return value.printed }
        let body = try formatNumber(number, isInteger: isInteger, spec)
        return pad(body, spec, defaultAlign: ">")
    }

    func formatNumber(_ number: Double, isInteger: Bool, _ spec: FormatSpec) throws -> String {
        let magnitude = abs(number)
        // Integer layouts need a value that fits Int64; others fall back to float text.
        let fitsInteger = magnitude < 9.2e18
        var digits: String
        switch spec.type {
        case "d", "n":
            guard isInteger else {
                throw ScriptError(.valueError, "Unknown format code 'd' for object of type 'float'")
            }
            digits = fitsInteger ? String(Int64(magnitude)) : pythonFloatText(magnitude)
        case "x", "X", "o", "b":
            guard isInteger else {
                throw ScriptError(.valueError, "Unknown format code for object of type 'float'")
            }
            let radix = spec.type == "o" ? 8 : spec.type == "b" ? 2 : 16
            digits =
                fitsInteger
                ? String(Int64(magnitude), radix: radix, uppercase: spec.type == "X")
                : pythonFloatText(magnitude)
        case "f", "F":
            digits = String(format: "%.\(spec.precision ?? 6)f", magnitude)
        case "e", "E":
            digits = String(format: "%.\(spec.precision ?? 6)\(spec.type == "E" ? "E" : "e")", magnitude)
        case "g", "G":
            digits = String(
                format: "%.\(max(spec.precision ?? 6, 1))\(spec.type == "G" ? "G" : "g")", magnitude)
        case "%":
            digits = String(format: "%.\(spec.precision ?? 6)f", magnitude * 100) + "%"
        default:
            if let precision = spec.precision {
                digits = String(format: "%.\(max(precision, 1))g", magnitude)
                if !isInteger && !digits.contains(".") && !digits.contains("e") && magnitude.isFinite {
                    digits += ""
                }
            } else {
                digits = isInteger && fitsInteger ? String(Int64(magnitude)) : pythonFloatText(magnitude)
            }
        }
        if magnitude.isNaN { digits = "nan" } else if magnitude.isInfinite { digits = "inf" }
        if spec.grouping { digits = grouped(digits) }
        let negative = number < 0 || (number == 0 && number.sign == .minus && !isInteger)
        let signText = negative ? "-" : spec.sign == "+" ? "+" : spec.sign == " " ? " " : ""
        if spec.zeroPad && spec.align == nil && signText.count + digits.count < spec.width {
            return signText + String(repeating: "0", count: spec.width - signText.count - digits.count)
                + digits
        }
        return signText + digits
    }

    func grouped(_ digits: String) -> String {
        let integerPart = digits.prefix { $0.isNumber }
        let rest = digits.dropFirst(integerPart.count)
        var result = ""
        for (offset, character) in integerPart.enumerated() {
            if offset > 0 && (integerPart.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result + rest
    }

    func pad(_ text: String, _ spec: FormatSpec, defaultAlign: Character) -> String {
        let missing = spec.width - text.count
        guard missing > 0 else { return text }
        let filler = { (count: Int) in String(repeating: spec.fill, count: count) }
        switch spec.align ?? defaultAlign {
        case "<": return text + filler(missing)
        case "^": return filler(missing / 2) + text + filler(missing - missing / 2)
        default: return filler(missing) + text
        }
    }

    /// `"...".format(*args, **kwargs)` with `{}`, `{0}`, `{name}`, `{:spec}` and `{{ }}`.
    func formatString(_ template: String, _ arguments: CallArguments) throws -> String {
        let characters = Array(template)
        var result = ""
        var index = 0
        var automatic = 0
        while index < characters.count {
            let character = characters[index]
            if character == "{" || character == "}" {
                if index + 1 < characters.count && characters[index + 1] == character {
                    result.append(character)
                    index += 2
                    continue
                }
                guard character == "{", let close = characters[index...].firstIndex(of: "}") else {
                    throw ScriptError(.valueError, "Single '\(character)' encountered in format string")
                }
                let field = String(characters[(index + 1)..<close])
                let (name, spec) =
                    field.firstIndex(of: ":").map {
                        (String(field[..<$0]), String(field[field.index(after: $0)...]))
                    } ?? (field, "")
                let value: Value
                if name.isEmpty {
                    guard automatic < arguments.positional.count else {
                        throw ScriptError(
                            .indexError,
                            "Replacement index \(automatic) out of range for positional args tuple")
                    }
                    value = arguments.positional[automatic]
                    automatic += 1
                } else if let position = Int(name) {
                    guard position >= 0 && position < arguments.positional.count else {
                        throw ScriptError(
                            .indexError,
                            "Replacement index \(position) out of range for positional args tuple")
                    }
                    value = arguments.positional[position]
                } else if let keyword = arguments.keywords.first(where: { $0.name == name }) {
                    value = keyword.value
                } else {
                    throw ScriptError(.valueError, "format field '\(name)' has no matching keyword argument")
                }
                result += try formatValue(value, spec: spec)
                index = close + 1
                continue
            }
            result.append(character)
            index += 1
        }
        try meter.allocate(result.utf8.count)
        return result
    }

    /// `"%.3f loss at %d" % (value, step)`: printf-style formatting.
    func percentFormat(_ template: String, _ argument: Value) throws -> String {
        var values: [Value]
        if case .tuple(let items) = argument { values = items } else { values = [argument] }
        let characters = Array(template)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "%" else {
                result.append(character)
                index += 1
                continue
            }
            index += 1
            var specText = ""
            while index < characters.count, "-+ #0123456789.".contains(characters[index]) {
                specText.append(characters[index])
                index += 1
            }
            guard index < characters.count else { throw ScriptError(.valueError, "incomplete format") }
            let code = characters[index]
            index += 1
            if code == "%" {
                result.append("%")
                continue
            }
            guard !values.isEmpty else {
                throw ScriptError(.typeError, "not enough arguments for format string")
            }
            let value = values.removeFirst()
            var align: Character? = nil
            var flags = specText
            if flags.hasPrefix("-") {
                align = "<"
                flags.removeFirst()
            }
            let translated = (align.map { "\($0)" } ?? "") + flags
            switch code {
            case "s": result += try formatValue(.string(value.printed), spec: translated)
            case "r": result += try formatValue(.string(value.representation), spec: translated)
            case "d", "i":
                let integer = try intValueFromNumber(value)
                result += try formatValue(.int(integer), spec: translated + "d")
            case "f", "F", "e", "E", "g", "G", "x", "X", "o":
                result += try formatValue(value, spec: translated + String(code))
            default:
                throw ScriptError(.valueError, "unsupported format character '\(code)'")
            }
        }
        guard values.isEmpty else {
            throw ScriptError(.typeError, "not all arguments converted during string formatting")
        }
        try meter.allocate(result.utf8.count)
        return result
    }

    func intValueFromNumber(_ value: Value) throws -> Int {
        if let integer = pythonInteger(value) { return integer }
        let number = try scalarNumber(value, "%d")
        guard number.isFinite, abs(number) < 9.2e18 else {
            throw ScriptError(.overflowError, "cannot convert float to integer")
        }
        return Int(number.rounded(.towardZero))
    }
}
