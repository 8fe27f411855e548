import Foundation

/// Reads the fields of one YAML mapping, turning every missing or mistyped field into a located
/// problem, and remembering which keys were read so unknown (usually misspelt) keys are reported.
struct MappingReader {
    /// The mapping's entries in file order.
    let entries: [YAMLEntry]
    /// The line the mapping starts on.
    let line: Int
    /// What the mapping describes ("exercise", "option"), for messages.
    let what: String
    private var used: Set<String> = []

    /// Wraps `tree`, which must be a mapping.
    init(_ tree: YAMLTree, what: String) throws(BlockProblem) {
        guard case .mapping(let entries, let line) = tree else {
            throw BlockProblem(line: tree.line, message: "\(what) must be a mapping of `key: value` lines")
        }
        self.entries = entries
        self.line = line
        self.what = what
    }

    /// The entry for `key`, marking it as read.
    mutating func entry(_ key: String) -> YAMLEntry? {
        used.insert(key)
        return entries.first { $0.key == key }
    }

    /// The value for `key`, or a problem naming the missing key.
    mutating func required(_ key: String) throws(BlockProblem) -> YAMLTree {
        guard let entry = entry(key) else {
            throw BlockProblem(line: line, message: "\(what) is missing `\(key)`")
        }
        return entry.value
    }

    /// A required text field.
    mutating func string(_ key: String) throws(BlockProblem) -> String {
        try Self.text(try required(key), key: key)
    }

    /// An optional text field.
    mutating func optionalString(_ key: String) throws(BlockProblem) -> String? {
        guard let entry = entry(key) else { return nil }
        return try Self.text(entry.value, key: key)
    }

    /// A required number.
    mutating func double(_ key: String) throws(BlockProblem) -> Double {
        try Self.number(try required(key), key: key)
    }

    /// An optional number.
    mutating func optionalDouble(_ key: String) throws(BlockProblem) -> Double? {
        guard let entry = entry(key) else { return nil }
        return try Self.number(entry.value, key: key)
    }

    /// An optional whole number.
    mutating func optionalInt(_ key: String) throws(BlockProblem) -> Int? {
        guard let entry = entry(key) else { return nil }
        guard case .scalar(let text, false, let line) = entry.value, let value = Int(text) else {
            throw BlockProblem(line: entry.value.line, message: "`\(key)` must be a whole number")
        }
        _ = line
        return value
    }

    /// An optional true/false flag.
    mutating func optionalBool(_ key: String) throws(BlockProblem) -> Bool? {
        guard let entry = entry(key) else { return nil }
        guard case .scalar(let text, false, _) = entry.value else {
            throw BlockProblem(line: entry.value.line, message: "`\(key)` must be true or false")
        }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw BlockProblem(line: entry.value.line, message: "`\(key)` must be true or false")
        }
    }

    /// An optional list of texts; a single text is accepted as a list of one.
    mutating func optionalStringList(_ key: String) throws(BlockProblem) -> [String]? {
        guard let entry = entry(key) else { return nil }
        switch entry.value {
        case .sequence(let items, _):
            var texts: [String] = []
            for item in items {
                texts.append(try Self.text(item, key: key))
            }
            return texts
        case .scalar:
            return [try Self.text(entry.value, key: key)]
        case .mapping:
            throw BlockProblem(line: entry.value.line, message: "`\(key)` must be a list")
        }
    }

    /// Reports the first key that no field reader asked for: almost always a typo.
    func rejectUnknownKeys() throws(BlockProblem) {
        if let unknown = entries.first(where: { !used.contains($0.key) }) {
            let known = used.sorted().map { "`\($0)`" }.joined(separator: ", ")
            throw BlockProblem(
                line: unknown.line, message: "unknown key `\(unknown.key)` in \(what) (known keys: \(known))")
        }
    }

    /// The text of a scalar.
    static func text(_ tree: YAMLTree, key: String) throws(BlockProblem) -> String {
        guard case .scalar(let text, _, _) = tree else {
            throw BlockProblem(line: tree.line, message: "`\(key)` must be text, found \(tree.kindName)")
        }
        return text
    }

    /// The value of a numeric scalar.
    static func number(_ tree: YAMLTree, key: String) throws(BlockProblem) -> Double {
        guard case .scalar(let text, false, _) = tree, let value = parseNumber(text) else {
            throw BlockProblem(line: tree.line, message: "`\(key)` must be a number")
        }
        return value
    }

    /// Parses a YAML/Python-style number, including `inf`, `-inf` and `nan`.
    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed {
        case "inf", ".inf", "+inf", "+.inf": return .infinity
        case "-inf", "-.inf": return -.infinity
        case "nan", ".nan": return .nan
        default: return Double(trimmed)
        }
    }
}
