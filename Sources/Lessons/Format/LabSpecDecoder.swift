/// Decodes the `lab`-specific fields of an exercise block.
enum LabSpecDecoder {
    /// Reads `job`, `dataset`, `model`, `knobs`, `target`, `budget`, `solution` and `params`.
    static func decode(_ reader: inout MappingReader) throws(BlockProblem) -> LabSpec {
        let job = try reader.string("job")
        let dataset = try reader.string("dataset")
        let model = try reader.optionalString("model")
        let knobs = try decodeKnobs(try reader.required("knobs"))
        let target = try decodeTarget(try reader.required("target"))
        var budget = try MappingReader(try reader.required("budget"), what: "budget")
        guard let steps = try budget.optionalInt("steps"), steps > 0 else {
            throw BlockProblem(
                line: budget.line, message: "`budget` needs `steps:` (a positive whole number)")
        }
        try budget.rejectUnknownKeys()
        let solutionTree = try reader.required("solution")
        guard case .mapping(let settings, _) = solutionTree else {
            throw BlockProblem(line: solutionTree.line, message: "`solution` must map knob names to values")
        }
        var solution: [String: KnobValue] = [:]
        for setting in settings {
            guard let knob = knobs.first(where: { $0.name == setting.key }) else {
                throw BlockProblem(
                    line: setting.line, message: "`solution` sets unknown knob `\(setting.key)`")
            }
            let text = try MappingReader.text(setting.value, key: setting.key)
            switch knob.value(parsing: text) {
            case .success(let value): solution[setting.key] = value
            case .failure(let error): throw BlockProblem(line: setting.line, message: error.message)
            }
        }
        var parameters: [YAMLEntry] = []
        if let params = reader.entry("params") {
            guard case .mapping(let entries, _) = params.value else {
                throw BlockProblem(line: params.line, message: "`params` must be a mapping")
            }
            parameters = entries
        }
        return LabSpec(
            job: job, dataset: dataset, model: model, knobs: knobs, target: target, budgetSteps: steps,
            solution: solution, parameters: parameters)
    }

    private static func decodeKnobs(_ tree: YAMLTree) throws(BlockProblem) -> [Knob] {
        guard case .mapping(let entries, _) = tree else {
            throw BlockProblem(line: tree.line, message: "`knobs` must map knob names to their ranges")
        }
        var knobs: [Knob] = []
        for entry in entries {
            var reader = try MappingReader(entry.value, what: "knob `\(entry.key)`")
            let domain: KnobDomain
            if let choices = try reader.optionalStringList("choices") {
                guard !choices.isEmpty else {
                    throw BlockProblem(line: entry.line, message: "`choices` is empty")
                }
                domain = .choices(choices)
            } else {
                let lower = try reader.double("min")
                let upper = try reader.double("max")
                guard lower <= upper else {
                    throw BlockProblem(line: entry.line, message: "`min` is above `max`")
                }
                domain = .range(lower: lower, upper: upper)
            }
            let defaultText = try MappingReader.text(try reader.required("default"), key: "default")
            try reader.rejectUnknownKeys()
            let knob = Knob(name: entry.key, domain: domain, defaultValue: .number(0))
            switch knob.value(parsing: defaultText) {
            case .success(let value): knobs.append(Knob(name: entry.key, domain: domain, defaultValue: value))
            case .failure(let error):
                throw BlockProblem(line: entry.line, message: "default: \(error.message)")
            }
        }
        return knobs
    }

    private static func decodeTarget(_ tree: YAMLTree) throws(BlockProblem) -> LabTarget {
        var reader = try MappingReader(tree, what: "target")
        let metric = try reader.string("metric")
        let below = try reader.optionalDouble("below")
        let above = try reader.optionalDouble("above")
        try reader.rejectUnknownKeys()
        switch (below, above) {
        case (let value?, nil): return LabTarget(metric: metric, goal: .atMost, value: value)
        case (nil, let value?): return LabTarget(metric: metric, goal: .atLeast, value: value)
        default:
            throw BlockProblem(
                line: reader.line, message: "`target` needs exactly one of `below:` or `above:`")
        }
    }
}
