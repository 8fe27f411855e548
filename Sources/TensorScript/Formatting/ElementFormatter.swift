/// Formats the elements of one array with a common width, as NumPy's `FloatingFormat`,
/// `IntegerFormat` and `BoolFormat` do: the layout is decided once from all shown values.
struct ElementFormatter {
    static let precision = 8

    let elementType: ElementType
    var useScientific = false
    var padLeft = 0
    var padRight = 0
    var exponentSize = 0
    var scientificPrecision = 0
    var integerWidth = 0

    init(values: [Float], elementType: ElementType) {
        self.elementType = elementType
        switch elementType {
        case .bool:
            return
        case .int64:
            integerWidth = values.map { integerText($0).count }.max() ?? 1
        case .float32:
            prepareFloat(values)
        }
    }

    mutating func prepareFloat(_ values: [Float]) {
        let finite = values.filter { $0.isFinite }
        let nonZero = finite.filter { $0 != 0 }.map { abs($0) }
        if let maximum = nonZero.max(), let minimum = nonZero.min() {
            useScientific = maximum >= 1e8 || minimum < 0.0001 || maximum / minimum > 1000
        }
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if useScientific {
            let parts = finite.map { ElementFormatter.scientific(DecimalDigits($0)) }
            scientificPrecision = parts.map { $0.fraction.count }.max() ?? 0
            exponentSize = parts.map { $0.exponent.count }.max() ?? 2
            padLeft = parts.map { $0.integer.count }.max() ?? 1
            padRight = exponentSize + 1 + scientificPrecision
        } else {
            let parts = finite.map { ElementFormatter.positional(DecimalDigits($0)) }
            padLeft = parts.map { $0.integer.count }.max() ?? 1
            padRight = parts.map { $0.fraction.count }.max() ?? 0
        }
        if finite.count != values.count {
            let hasNegativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + (hasNegativeInfinity ? 1 : 0) - offset)
        }
    }

    /// Positional digits limited to `precision` fraction digits, trailing zeros trimmed.
    static func positional(_ number: DecimalDigits) -> (integer: String, fraction: String) {
        let rounded = number.rounded(fractionDigits: precision)
        let (integer, fraction) = rounded.positionalParts
        return ((number.isNegative ? "-" : "") + integer, fraction)
    }

    /// Scientific digits with at most `precision` digits after the first.
    static func scientific(_ number: DecimalDigits) -> (integer: String, fraction: String, exponent: String) {
        let rounded = number.rounded(significantDigits: precision + 1)
        let (first, fraction, power) = rounded.scientificParts
        let digits = String(abs(power))
        let exponent = (power < 0 ? "-" : "+") + (digits.count < 2 ? "0" + digits : digits)
        return ((number.isNegative ? "-" : "") + first, fraction, exponent)
    }

    func text(_ value: Float) -> String {
        switch elementType {
        case .bool:
            return value != 0 ? " True" : "False"
        case .int64:
            return leftPad(integerText(value), integerWidth)
        case .float32:
            return floatText(value)
        }
    }

    func floatText(_ value: Float) -> String {
        if !value.isFinite {
            let text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            return leftPad(text, padLeft + padRight + 1)
        }
        let number = DecimalDigits(value)
        if useScientific {
            let parts = ElementFormatter.scientific(number)
            let fraction =
                parts.fraction
                + String(repeating: "0", count: max(0, scientificPrecision - parts.fraction.count))
            let exponentDigits = String(parts.exponent.dropFirst())
            let paddedExponent =
                String(parts.exponent.prefix(1))
                + String(repeating: "0", count: max(0, exponentSize - 1 - exponentDigits.count))
                + exponentDigits
            return leftPad(parts.integer, padLeft) + "." + fraction + "e" + paddedExponent
        }
        let parts = ElementFormatter.positional(number)
        return leftPad(parts.integer, padLeft) + "." + parts.fraction
            + String(repeating: " ", count: max(0, padRight - parts.fraction.count))
    }
}

func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}
