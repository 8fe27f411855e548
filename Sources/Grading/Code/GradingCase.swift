import Lessons

/// One set of inputs for a code exercise, reproducible from the exercise id and the case index.
public struct GradingCase: Sendable {
    /// 0-based position among the exercise's cases (random ones first, then the listed ones).
    public let index: Int
    /// The listed case's label, nil for a random case.
    public let label: String?
    /// Whether the case is a listed adversarial one.
    public let isAdversarial: Bool
    /// The dimension values drawn for this case.
    public let dimensions: [String: Int]
    /// Argument names and values, in call order.
    public let arguments: [(name: String, value: CaseValue)]
}

/// A generator produced something unusable (a dimension the case cannot size, an empty range).
public struct CaseGenerationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let description: String
}

/// Builds the cases of a code exercise.
public enum CaseGenerator {
    /// Largest tensor a generator may make, so a typo in a lesson cannot exhaust memory.
    public static let maximumElements = 4_000_000

    /// Every case of `spec`: `hiddenCases` random ones, then the listed ones.
    public static func cases(for spec: CodeSpec, exerciseID: String) throws(CaseGenerationError)
        -> [GradingCase]
    {
        var cases: [GradingCase] = []
        for index in 0..<spec.hiddenCases {
            cases.append(try makeCase(spec, exerciseID: exerciseID, index: index, fixed: nil))
        }
        for (offset, fixed) in spec.fixedCases.enumerated() {
            cases.append(
                try makeCase(spec, exerciseID: exerciseID, index: spec.hiddenCases + offset, fixed: fixed))
        }
        return cases
    }

    private static func makeCase(_ spec: CodeSpec, exerciseID: String, index: Int, fixed: FixedCase?)
        throws(CaseGenerationError) -> GradingCase
    {
        var random = SeededRandom(exerciseID: exerciseID, caseIndex: index)
        var dimensions: [String: Int] = [:]
        // Draw every dimension even when overridden, so overriding one leaves the others unchanged.
        for dimension in spec.dimensions {
            let drawn = random.nextInt(in: dimension.lower, dimension.upper)
            dimensions[dimension.name] = fixed?.dimensions[dimension.name] ?? drawn
        }
        var arguments: [(name: String, value: CaseValue)] = []
        for argument in spec.arguments {
            let generator =
                fixed?.arguments.first { $0.name == argument.name }?.generator ?? argument.generator
            arguments.append(
                (argument.name, try generate(generator, dimensions: dimensions, random: &random)))
        }
        return GradingCase(
            index: index, label: fixed?.label, isAdversarial: fixed?.isAdversarial ?? false,
            dimensions: dimensions,
            arguments: arguments)
    }

    /// Produces one value; tensors hold float32-representable numbers, as the interpreter's do.
    static func generate(_ generator: Generator, dimensions: [String: Int], random: inout SeededRandom)
        throws(CaseGenerationError) -> CaseValue
    {
        func size(_ reference: DimensionReference) throws(CaseGenerationError) -> Int {
            switch reference {
            case .fixed(let value): return value
            case .named(let name):
                guard let value = dimensions[name] else {
                    throw CaseGenerationError(description: "dimension '\(name)' is not declared")
                }
                return value
            }
        }
        func shape(_ references: [DimensionReference]) throws(CaseGenerationError) -> [Int] {
            var result: [Int] = []
            for reference in references { result.append(try size(reference)) }
            let count = result.reduce(1) {
                $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1
            }
            guard count <= maximumElements else {
                throw CaseGenerationError(description: "a generated tensor of shape \(result) is too large")
            }
            return result
        }
        func fill(_ shape: [Int], _ draw: (inout SeededRandom) -> Double) -> CaseValue {
            let count = shape.reduce(1, *)
            var values: [Double] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(Double(Float(draw(&random)))) }
            return shape.isEmpty ? .number(values[0]) : .tensor(shape: shape, values: values)
        }
        switch generator {
        case .normal(let references):
            return fill(try shape(references)) { $0.nextNormal() }
        case .uniform(let lower, let upper, let references):
            return fill(try shape(references)) { lower + (upper - lower) * $0.nextUnit() }
        case .integers(let lowerReference, let upperReference, let references):
            let lower = try size(lowerReference)
            let upper = try size(upperReference)
            guard upper > lower else {
                throw CaseGenerationError(description: "randint(\(lower), \(upper)) has an empty range")
            }
            let dims = try shape(references)
            if dims.isEmpty { return .integer(random.nextInt(in: lower, upper - 1)) }
            let count = dims.reduce(1, *)
            var labels: [Double] = []
            labels.reserveCapacity(count)
            for _ in 0..<count { labels.append(Double(random.nextInt(in: lower, upper - 1))) }
            return .integerTensor(shape: dims, values: labels)
        case .filled(let value, let references):
            return fill(try shape(references)) { _ in value }
        case .dimension(let reference):
            return .integer(try size(reference))
        case .literal(let value):
            guard let literalShape = value.shape else {
                throw CaseGenerationError(description: "a constant has rows of different lengths")
            }
            if literalShape.isEmpty { return .number(value.flattened[0]) }
            return .tensor(shape: literalShape, values: value.flattened.map { Double(Float($0)) })
        case .affine(let base, let scale, let offset):
            let inner = try generate(base, dimensions: dimensions, random: &random)
            let transform = { (value: Double) in Double(Float(value * scale + offset)) }
            switch inner {
            case .number(let value): return .number(transform(value))
            case .integer(let value): return .number(transform(Double(value)))
            case .tensor(let dims, let values), .integerTensor(let dims, let values):
                return .tensor(shape: dims, values: values.map(transform))
            default: return inner
            }
        }
    }
}
