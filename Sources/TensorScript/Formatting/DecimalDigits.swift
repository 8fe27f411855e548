/// The shortest decimal digits that round-trip a floating-point value, taken from Swift's
/// own shortest-representation printing, in a form the Python and NumPy formatters can lay
/// out: the value is `0.d1 d2 d3 ... × 10^pointPosition`.
struct DecimalDigits {
    var isNegative: Bool
    /// Significant digits without leading or trailing zeros; empty means zero.
    var digits: [UInt8]
    /// Where the decimal point sits relative to the first digit.
    var pointPosition: Int

    /// Parses the shortest round-trip description of a finite value (`1.5e-07`, `100.0`).
    init(shortestDescription description: String) {
        var text = Substring(description)
        isNegative = text.hasPrefix("-")
        if isNegative { text = text.dropFirst() }
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: marker)...]) ?? 0
            text = text[..<marker]
        }
        var all: [UInt8] = []
        var point: Int?
        for character in text {
            if character == "." {
                point = all.count
            } else if let value = character.wholeNumberValue {
                all.append(UInt8(value))
            }
        }
        var position = (point ?? all.count) + exponent
        var leading = 0
        while leading < all.count && all[leading] == 0 {
            leading += 1
            position -= 1
        }
        var significant = Array(all[leading...])
        while let last = significant.last, last == 0 { significant.removeLast() }
        digits = significant
        pointPosition = significant.isEmpty ? 1 : position
    }

    init(_ value: Float) { self.init(shortestDescription: value.description) }

    init(_ value: Double) { self.init(shortestDescription: value.description) }

    var isZero: Bool { digits.isEmpty }

    /// The value rounded to at most `fractionDigits` digits after the point (half up on
    /// the shortest digits, which is what NumPy's `precision` cut-off amounts to).
    func rounded(fractionDigits: Int) -> DecimalDigits {
        let keep = pointPosition + fractionDigits
        return rounded(keepingDigits: keep)
    }

    /// The value rounded to `count` significant digits.
    func rounded(significantDigits count: Int) -> DecimalDigits { rounded(keepingDigits: count) }

    private func rounded(keepingDigits keep: Int) -> DecimalDigits {
        guard keep < digits.count else { return self }
        var result = self
        if keep < 0 {
            result.digits = []
            result.pointPosition = 1
            return result
        }
        var kept = Array(digits[0..<keep])
        if digits[keep] >= 5 {
            var index = kept.count - 1
            var carry = true
            while carry && index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    carry = false
                }
            }
            if carry {
                kept.insert(1, at: 0)
                result.pointPosition += 1
            }
        }
        while let last = kept.last, last == 0 { kept.removeLast() }
        result.digits = kept
        if kept.isEmpty { result.pointPosition = 1 }
        return result
    }

    /// The integer part and the fraction digits written out positionally (no sign).
    var positionalParts: (integer: String, fraction: String) {
        if digits.isEmpty { return ("0", "") }
        let text = digits.map { String($0) }.joined()
        if pointPosition <= 0 {
            return ("0", String(repeating: "0", count: -pointPosition) + text)
        }
        if pointPosition >= digits.count {
            return (text + String(repeating: "0", count: pointPosition - digits.count), "")
        }
        let split = text.index(text.startIndex, offsetBy: pointPosition)
        return (String(text[..<split]), String(text[split...]))
    }

    /// Mantissa digits after the first and the decimal exponent, for scientific notation.
    var scientificParts: (first: String, fraction: String, exponent: Int) {
        if digits.isEmpty { return ("0", "", 0) }
        let text = digits.map { String($0) }.joined()
        return (String(text.prefix(1)), String(text.dropFirst()), pointPosition - 1)
    }
}

/// Formats a value the way Python's `repr(float)` (and NumPy's scalar `str`) does:
/// positional between 1e-4 and 1e16, scientific outside, always with a `.0` or exponent.
func pythonFloatText(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return pythonText(DecimalDigits(value))
}

/// The Python-style text of a float32 value (NumPy's `str(np.float32(x))`).
func pythonFloatText(_ value: Float) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return pythonText(DecimalDigits(value))
}

private func pythonText(_ number: DecimalDigits) -> String {
    let sign = number.isNegative ? "-" : ""
    let exponent = number.pointPosition - 1
    if number.isZero || (exponent >= -4 && exponent < 16) {
        let (integer, fraction) = number.positionalParts
        return sign + integer + "." + (fraction.isEmpty ? "0" : fraction)
    }
    let (first, fraction, power) = number.scientificParts
    let digits = String(abs(power))
    let exponentText = (power < 0 ? "-" : "+") + (digits.count < 2 ? "0" + digits : digits)
    return sign + first + (fraction.isEmpty ? "" : "." + fraction) + "e" + exponentText
}
