/// Lays out an array the way NumPy's `str()` and `repr()` do with default print options:
/// precision 8, line width 75, summarisation above 1000 elements with 3 edge items.
struct ArrayFormatter {
    static let lineWidth = 75
    static let summaryThreshold = 1000
    static let edgeItems = 3

    let shape: [Int]
    let values: [Float]
    let elementType: ElementType

    /// NumPy's `str(array)`.
    func string() -> String {
        if shape.isEmpty { return scalarString() }
        return format(separator: " ", prefix: "")
    }

    /// NumPy's `repr(array)`: `array([1., 2.])`, with the dtype named when it is not implied.
    func representation() -> String {
        if shape.isEmpty { return scalarString() }
        let body = format(separator: ", ", prefix: "array(")
        var suffix = ""
        if values.isEmpty && elementType != .float32 {
            suffix = ", dtype=\(elementType.name)"
        }
        return "array(" + body + suffix + ")"
    }

    /// A 0-d array prints as its single value.
    func scalarString() -> String {
        let value = values.first ?? 0
        switch elementType {
        case .bool: return value != 0 ? "True" : "False"
        case .int64: return integerText(value)
        case .float32: return pythonFloatText(value)
        }
    }

    func format(separator: String, prefix: String) -> String {
        if values.isEmpty {
            return String(repeating: "[", count: max(1, shape.count))
                + String(repeating: "]", count: max(1, shape.count))
        }
        let summarise = values.count > ArrayFormatter.summaryThreshold
        let shown = summarise ? displayedValues() : values
        let element = ElementFormatter(values: shown, elementType: elementType)
        let strides = rowMajorStrides(shape)
        let hanging = String(repeating: " ", count: prefix.count + 1)
        return render(
            axis: 0, offset: 0, strides: strides, hangingIndent: hanging, width: ArrayFormatter.lineWidth,
            summarise: summarise, separator: separator, element: element)
    }

    /// The values that appear when summarising (the leading and trailing edge items of each axis).
    func displayedValues() -> [Float] {
        var result: [Float] = []
        let strides = rowMajorStrides(shape)
        func visit(axis: Int, offset: Int) {
            if axis == shape.count {
                result.append(values[offset])
                return
            }
            for index in visibleIndices(shape[axis], summarise: true) {
                visit(axis: axis + 1, offset: offset + index * strides[axis])
            }
        }
        visit(axis: 0, offset: 0)
        return result
    }

    func visibleIndices(_ length: Int, summarise: Bool) -> [Int] {
        let edge = ArrayFormatter.edgeItems
        if summarise && length > 2 * edge {
            return Array(0..<edge) + Array((length - edge)..<length)
        }
        return Array(0..<length)
    }

    // Mirrors NumPy's `_formatArray` recursion: rows wrap at the line width, higher axes are
    // separated by as many blank lines as there are axes left.
    func render(
        axis: Int, offset: Int, strides: [Int], hangingIndent: String, width: Int, summarise: Bool,
        separator: String, element: ElementFormatter
    ) -> String {
        let axesLeft = shape.count - axis
        if axesLeft == 0 { return element.text(values[offset]) }
        let nextHanging = hangingIndent + " "
        let nextWidth = width - 1
        let length = shape[axis]
        let showSummary = summarise && 2 * ArrayFormatter.edgeItems < length
        let leading = showSummary ? ArrayFormatter.edgeItems : 0
        let trailing = showSummary ? ArrayFormatter.edgeItems : length
        var text = ""
        func child(_ index: Int) -> String {
            render(
                axis: axis + 1, offset: offset + index * strides[axis], strides: strides,
                hangingIndent: nextHanging, width: nextWidth, summarise: summarise, separator: separator,
                element: element)
        }
        let trimmedSeparator = String(separator.reversed().drop { $0 == " " }.reversed())
        if axesLeft == 1 {
            let elementWidth = width - max(trimmedSeparator.count, 1)
            var line = hangingIndent
            func extend(_ word: String) {
                var needsWrap = line.count + word.count > elementWidth
                if line.count <= hangingIndent.count { needsWrap = false }
                if needsWrap {
                    text += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
                    line = hangingIndent
                }
                line += word
            }
            for index in 0..<leading {
                extend(child(index))
                line += separator
            }
            if showSummary {
                extend("...")
                line += separator
            }
            if trailing > 1 {
                for back in stride(from: trailing, to: 1, by: -1) {
                    extend(child(length - back))
                    line += separator
                }
            }
            extend(child(length - 1))
            text += line
        } else {
            let lineSeparator = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
            for index in 0..<leading {
                text += hangingIndent + child(index) + lineSeparator
            }
            if showSummary {
                text += hangingIndent + "..." + lineSeparator
            }
            if trailing > 1 {
                for back in stride(from: trailing, to: 1, by: -1) {
                    text += hangingIndent + child(length - back) + lineSeparator
                }
            }
            text += hangingIndent + child(length - 1)
        }
        return "[" + String(text.dropFirst(hangingIndent.count)) + "]"
    }
}

/// Row-major strides (in elements) of a shape.
func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = running
        running *= max(shape[axis], 1)
    }
    return strides
}

/// The text of an integer-valued float as NumPy prints an int64.
func integerText(_ value: Float) -> String {
    if value.isNaN || value.isInfinite { return pythonFloatText(value) }
    if abs(value) < 9.2e18 { return String(Int64(value)) }
    return pythonFloatText(value)
}
