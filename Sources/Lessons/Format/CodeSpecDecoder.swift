/// Decodes the `code`-specific fields of an exercise block.
enum CodeSpecDecoder {
    /// Reads `function`, `starter`, `solution`, `dims`, `args`, `cases`, `fixed`, `atol`, `rtol`,
    /// `forbidden` and `gradient_check`.
    static func decode(_ reader: inout MappingReader) throws(BlockProblem) -> CodeSpec {
        let function = try reader.string("function")
        let starter = try reader.string("starter")
        let solution = try reader.string("solution")
        for (key, source) in [("starter", starter), ("solution", solution)]
        where !source.contains("def \(function)(") {
            throw BlockProblem(
                line: reader.entry(key)?.line ?? reader.line,
                message: "`\(key)` does not define `\(function)(`")
        }
        let dimensions = try decodeDimensions(reader.entry("dims"))
        let names = Set(dimensions.map(\.name))
        guard let argumentsEntry = reader.entry("args") else {
            throw BlockProblem(line: reader.line, message: "a code exercise is missing `args`")
        }
        let arguments = try decodeArguments(argumentsEntry.value, dimensions: names)
        let hiddenCases = try reader.optionalInt("cases") ?? 10
        guard (0...500).contains(hiddenCases) else {
            throw BlockProblem(
                line: reader.entry("cases")?.line ?? reader.line, message: "`cases` must be 0...500")
        }
        let fixedCases = try decodeFixedCases(reader.entry("fixed"), arguments: arguments, dimensions: names)
        guard hiddenCases + fixedCases.count > 0 else {
            throw BlockProblem(line: reader.line, message: "a code exercise needs at least one case")
        }
        let absolute = try reader.optionalDouble("atol") ?? 1e-4
        let relative = try reader.optionalDouble("rtol") ?? 1e-3
        let forbidden = try reader.optionalStringList("forbidden") ?? []
        let gradientCheck = try decodeGradientCheck(reader.entry("gradient_check"), arguments: arguments)
        return CodeSpec(
            function: function, starter: starter, solution: solution, dimensions: dimensions,
            arguments: arguments, hiddenCases: hiddenCases, fixedCases: fixedCases,
            absoluteTolerance: absolute, relativeTolerance: relative, forbiddenNames: forbidden,
            gradientCheck: gradientCheck)
    }

    private static func decodeDimensions(_ entry: YAMLEntry?) throws(BlockProblem) -> [DimensionSpec] {
        guard let entry else { return [] }
        guard case .mapping(let entries, _) = entry.value else {
            throw BlockProblem(line: entry.line, message: "`dims` must map names to `int(low, high)`")
        }
        var dimensions: [DimensionSpec] = []
        for dimension in entries {
            let text = try MappingReader.text(dimension.value, key: dimension.key)
            do {
                dimensions.append(try GeneratorParser.parseDimension(name: dimension.key, text))
            } catch {
                throw BlockProblem(
                    line: dimension.line, message: "dimension `\(dimension.key)`: \(error.message)")
            }
        }
        return dimensions
    }

    private static func decodeArguments(_ tree: YAMLTree, dimensions: Set<String>) throws(BlockProblem)
        -> [ArgumentSpec]
    {
        guard case .mapping(let entries, _) = tree, !entries.isEmpty else {
            throw BlockProblem(line: tree.line, message: "`args` must map each argument name to a generator")
        }
        var arguments: [ArgumentSpec] = []
        for entry in entries {
            arguments.append(
                ArgumentSpec(
                    name: entry.key,
                    generator: try generator(entry.value, key: entry.key, dimensions: dimensions))
            )
        }
        return arguments
    }

    private static func generator(_ tree: YAMLTree, key: String, dimensions: Set<String>) throws(BlockProblem)
        -> Generator
    {
        if case .sequence = tree {
            return .literal(try NumericValue.fromYAML(tree, key: key))
        }
        let text = try MappingReader.text(tree, key: key)
        do {
            return try GeneratorParser.parse(text, dimensions: dimensions)
        } catch {
            throw BlockProblem(line: tree.line, message: "argument `\(key)`: \(error.message)")
        }
    }

    private static func decodeFixedCases(
        _ entry: YAMLEntry?, arguments: [ArgumentSpec], dimensions: Set<String>
    ) throws(BlockProblem) -> [FixedCase] {
        guard let entry else { return [] }
        guard case .sequence(let items, _) = entry.value else {
            throw BlockProblem(line: entry.line, message: "`fixed` must be a list of cases")
        }
        var cases: [FixedCase] = []
        for item in items {
            var reader = try MappingReader(item, what: "fixed case")
            let label = try reader.string("label")
            var fixedDimensions: [String: Int] = [:]
            if let dims = reader.entry("dims") {
                guard case .mapping(let entries, _) = dims.value else {
                    throw BlockProblem(line: dims.line, message: "`dims` must map names to whole numbers")
                }
                for dimension in entries {
                    guard dimensions.contains(dimension.key) else {
                        throw BlockProblem(
                            line: dimension.line, message: "unknown dimension `\(dimension.key)`")
                    }
                    guard case .scalar(let text, false, _) = dimension.value, let value = Int(text),
                        value >= 0
                    else {
                        throw BlockProblem(
                            line: dimension.line, message: "`\(dimension.key)` must be a whole number")
                    }
                    fixedDimensions[dimension.key] = value
                }
            }
            var overrides: [ArgumentSpec] = []
            if let args = reader.entry("args") {
                guard case .mapping(let entries, _) = args.value else {
                    throw BlockProblem(
                        line: args.line, message: "`args` must map argument names to generators")
                }
                for argument in entries {
                    guard arguments.contains(where: { $0.name == argument.key }) else {
                        throw BlockProblem(line: argument.line, message: "unknown argument `\(argument.key)`")
                    }
                    overrides.append(
                        ArgumentSpec(
                            name: argument.key,
                            generator: try generator(
                                argument.value, key: argument.key, dimensions: dimensions)))
                }
            }
            let adversarial = try reader.optionalBool("adversarial") ?? false
            try reader.rejectUnknownKeys()
            cases.append(
                FixedCase(
                    label: label, dimensions: fixedDimensions, arguments: overrides,
                    isAdversarial: adversarial))
        }
        return cases
    }

    private static func decodeGradientCheck(_ entry: YAMLEntry?, arguments: [ArgumentSpec])
        throws(BlockProblem)
        -> GradientCheckSpec?
    {
        guard let entry else { return nil }
        var reader = try MappingReader(entry.value, what: "gradient_check")
        let source = try reader.string("forward")
        let function = try reader.string("function")
        let argument = try reader.string("with")
        guard arguments.contains(where: { $0.name == argument }) else {
            throw BlockProblem(
                line: reader.entry("with")?.line ?? entry.line, message: "unknown argument `\(argument)`")
        }
        guard source.contains("def \(function)(") else {
            throw BlockProblem(
                line: reader.entry("forward")?.line ?? entry.line,
                message: "`forward` does not define `\(function)(`")
        }
        let epsilon = try reader.optionalDouble("eps") ?? 1e-2
        let tolerance = try reader.optionalDouble("tol") ?? 1e-2
        try reader.rejectUnknownKeys()
        return GradientCheckSpec(
            forwardSource: source, forwardFunction: function, argument: argument, epsilon: epsilon,
            tolerance: tolerance)
    }
}
