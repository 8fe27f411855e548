import Lessons

/// Where an actual value first departs from the expected one, phrased for the learner.
public struct ValueMismatch: Sendable, Equatable {
    /// The lines to show: shape first, then the first differing element and the size of the difference.
    public let lines: [String]
}

/// Compares a learner's result with the expected one, NumPy `allclose`-style:
/// |actual - expected| <= atol + rtol * |expected|, elementwise; NaN matches only NaN.
public enum ValueComparison {
    /// nil when `actual` matches `expected`; otherwise what differs. `path` names the value
    /// ("the result", "result[1]").
    public static func mismatch(
        expected: CaseValue, actual: CaseValue, absoluteTolerance: Double, relativeTolerance: Double,
        path: String = "the result"
    ) -> ValueMismatch? {
        if case .tuple(let expectedItems) = expected {
            guard case .tuple(let actualItems) = actual else {
                return ValueMismatch(lines: [
                    "\(path) should be a tuple of \(expectedItems.count) values, got \(actual.typeName)"
                ])
            }
            guard expectedItems.count == actualItems.count else {
                return ValueMismatch(lines: [
                    "\(path) should have \(expectedItems.count) values, got \(actualItems.count)"
                ])
            }
            for (index, pair) in zip(expectedItems, actualItems).enumerated() {
                if let inner = mismatch(
                    expected: pair.0, actual: pair.1, absoluteTolerance: absoluteTolerance,
                    relativeTolerance: relativeTolerance, path: "\(path)[\(index)]")
                {
                    return inner
                }
            }
            return nil
        }
        guard let expectedShape = expected.shape, let expectedValues = expected.numbers else {
            return expected == actual
                ? nil
                : ValueMismatch(lines: ["\(path): expected \(expected.summary()), got \(actual.summary())"])
        }
        guard let actualShape = actual.shape, let actualValues = actual.numbers else {
            return ValueMismatch(lines: [
                "\(path) should be \(expectedShape.isEmpty ? "a number" : "an array"), got \(actual.typeName)"
                    + (actual == .none ? " (did the function `return`?)" : "")
            ])
        }
        guard expectedShape == actualShape else {
            return ValueMismatch(lines: [
                "shape of \(path): expected \(CaseValue.shapeText(expectedShape)), got \(CaseValue.shapeText(actualShape))"
            ])
        }
        var firstBad: Int?
        var badCount = 0
        var largest = 0.0
        for index in expectedValues.indices {
            let wanted = expectedValues[index]
            let got = actualValues[index]
            if close(got, wanted, absoluteTolerance, relativeTolerance) { continue }
            badCount += 1
            if firstBad == nil { firstBad = index }
            let difference = abs(got - wanted)
            largest = difference.isNaN ? .nan : max(largest, difference)
        }
        guard let first = firstBad else { return nil }
        let location = CaseValue.indexText(first, shape: expectedShape)
        let tolerance =
            "atol \(NumericValue.format(absoluteTolerance)), rtol \(NumericValue.format(relativeTolerance))"
        return ValueMismatch(lines: [
            "shape of \(path): \(CaseValue.shapeText(expectedShape)) (correct)",
            "first difference at \(path)\(location): expected \(NumericValue.format(expectedValues[first])), "
                + "got \(NumericValue.format(actualValues[first])) "
                + "(difference \(NumericValue.format(abs(actualValues[first] - expectedValues[first]))))",
            "\(badCount) of \(expectedValues.count) values differ; largest difference "
                + "\(NumericValue.format(largest)) (allowed: \(tolerance))",
        ])
    }

    /// Elementwise closeness with NaN equal to NaN and infinities equal to themselves.
    public static func close(_ actual: Double, _ expected: Double, _ absolute: Double, _ relative: Double)
        -> Bool
    {
        if expected.isNaN || actual.isNaN { return expected.isNaN && actual.isNaN }
        if expected.isInfinite || actual.isInfinite { return expected == actual }
        return abs(actual - expected) <= absolute + relative * abs(expected)
    }
}
