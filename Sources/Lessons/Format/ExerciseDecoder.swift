import Foundation

/// Turns the YAML of an ```exercise block into an `Exercise`, with located problems.
enum ExerciseDecoder {
    /// The kinds an author may write.
    static let kinds = ["choice", "numeric", "code", "lab"]

    /// Decodes `tree`; `line` is the fence's line in `file`, used as the exercise's location.
    static func decode(_ tree: YAMLTree, stageID: String, file: String, line: Int) throws(BlockProblem)
        -> Exercise
    {
        var reader = try MappingReader(tree, what: "exercise")
        let id = try reader.string("id")
        try validateIdentifier(id, line: reader.entry("id")?.value.line ?? reader.line)
        let kindName = try reader.string("kind")
        let title = try reader.string("title")
        let prompt = try reader.string("prompt")
        let hints = try reader.optionalStringList("hints") ?? []
        let hintLine = reader.entry("hints")?.line ?? reader.line
        guard (1...3).contains(hints.count) else {
            throw BlockProblem(
                line: hintLine, message: "an exercise needs 1 to 3 `hints` (found \(hints.count))")
        }
        if let blank = hints.firstIndex(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        {
            throw BlockProblem(line: hintLine, message: "hint \(blank + 1) is empty")
        }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BlockProblem(line: reader.entry("title")?.line ?? reader.line, message: "`title` is empty")
        }
        guard !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BlockProblem(
                line: reader.entry("prompt")?.line ?? reader.line, message: "`prompt` is empty")
        }
        let kind: ExerciseKind
        switch kindName {
        case "choice": kind = .choice(try decodeChoice(&reader))
        case "numeric": kind = .numeric(try decodeNumeric(&reader))
        case "code": kind = .code(try CodeSpecDecoder.decode(&reader))
        case "lab": kind = .lab(try LabSpecDecoder.decode(&reader))
        default:
            throw BlockProblem(
                line: reader.entry("kind")?.line ?? reader.line,
                message: "unknown exercise kind '\(kindName)' (use \(kinds.joined(separator: ", ")))")
        }
        try reader.rejectUnknownKeys()
        return Exercise(
            id: id, title: title, prompt: prompt, hints: hints, kind: kind, stageID: stageID, file: file,
            line: line)
    }

    /// Ids are lowercase words joined by `-` or `_`, so they work as file names and in shells.
    static func validateIdentifier(_ id: String, line: Int) throws(BlockProblem) {
        let allowed = id.allSatisfy {
            ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" || $0 == "_"
        }
        guard !id.isEmpty, allowed, id.first?.isLetter == true, id.allSatisfy(\.isASCII) else {
            throw BlockProblem(
                line: line, message: "id '\(id)' must start with a letter and use only a-z, 0-9, '-' and '_'")
        }
    }

    private static func decodeChoice(_ reader: inout MappingReader) throws(BlockProblem) -> ChoiceSpec {
        let optionsTree = try reader.required("options")
        guard case .sequence(let items, let line) = optionsTree, items.count >= 2 else {
            throw BlockProblem(
                line: optionsTree.line, message: "`options` must be a list of at least 2 options")
        }
        var options: [ChoiceOption] = []
        for item in items {
            var option = try MappingReader(item, what: "option")
            let text = try option.string("text")
            let correct = try option.optionalBool("correct") ?? false
            let feedback = try option.optionalString("feedback")
            try option.rejectUnknownKeys()
            options.append(ChoiceOption(text: text, isCorrect: correct, feedback: feedback))
        }
        let correctCount = options.filter(\.isCorrect).count
        guard correctCount >= 1 else {
            throw BlockProblem(line: line, message: "no option is marked `correct: true`")
        }
        let multiple = try reader.optionalBool("multiple") ?? (correctCount > 1)
        if !multiple && correctCount > 1 {
            throw BlockProblem(
                line: line, message: "`multiple: false` but \(correctCount) options are correct")
        }
        return ChoiceSpec(options: options, allowsMultiple: multiple)
    }

    private static func decodeNumeric(_ reader: inout MappingReader) throws(BlockProblem) -> NumericSpec {
        let answer = try NumericValue.fromYAML(try reader.required("answer"), key: "answer")
        let absolute = try reader.optionalDouble("atol") ?? 1e-6
        let relative = try reader.optionalDouble("rtol") ?? 1e-4
        guard absolute >= 0, relative >= 0 else {
            throw BlockProblem(line: reader.line, message: "tolerances cannot be negative")
        }
        return NumericSpec(answer: answer, absoluteTolerance: absolute, relativeTolerance: relative)
    }
}
