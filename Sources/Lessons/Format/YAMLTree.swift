import Yams

/// A YAML value with the line it starts on, detached from Yams so the rest of the module
/// (and the exercise model, which keeps free-form parameters) can stay `Sendable` and simple.
public indirect enum YAMLTree: Sendable, Equatable {
    /// A scalar as written; `quoted` is true for quoted or block scalars, which are always text.
    case scalar(String, quoted: Bool, line: Int)
    /// A sequence of values.
    case sequence([YAMLTree], line: Int)
    /// A mapping with its keys in file order.
    case mapping([YAMLEntry], line: Int)

    /// The 1-based line this value starts on, relative to the parsed text.
    public var line: Int {
        switch self {
        case .scalar(_, _, let line), .sequence(_, let line), .mapping(_, let line): line
        }
    }

    /// A short name for the value's shape, used in error messages ("expected a list, found text").
    var kindName: String {
        switch self {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One `key: value` pair of a YAML mapping.
public struct YAMLEntry: Sendable, Equatable {
    /// The key as text.
    public let key: String
    /// The line of the key.
    public let line: Int
    /// The value.
    public let value: YAMLTree
}

extension YAMLTree {
    /// Parses `text` (one YAML document) into a tree; line numbers are relative to `text`.
    ///
    /// Throws `BlockProblem` with the line Yams reports for syntax errors.
    static func parse(_ text: String) throws(BlockProblem) -> YAMLTree {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.problem(from: error)
        } catch {
            throw BlockProblem(line: 1, message: "YAML: \(error)")
        }
        guard let node else {
            throw BlockProblem(line: 1, message: "the block is empty")
        }
        return try Self.convert(node)
    }

    private static func convert(_ node: Node) throws(BlockProblem) -> YAMLTree {
        let line = node.mark?.line ?? 1
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, quoted: scalar.style != .plain, line: line)
        case .sequence(let sequence):
            var items: [YAMLTree] = []
            for item in sequence {
                items.append(try convert(item))
            }
            return .sequence(items, line: line)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw BlockProblem(
                        line: key.mark?.line ?? line, message: "mapping keys must be plain words")
                }
                if entries.contains(where: { $0.key == keyScalar.string }) {
                    throw BlockProblem(
                        line: key.mark?.line ?? line, message: "duplicate key '\(keyScalar.string)'")
                }
                entries.append(
                    YAMLEntry(key: keyScalar.string, line: key.mark?.line ?? line, value: try convert(value)))
            }
            return .mapping(entries, line: line)
        case .alias:
            throw BlockProblem(line: line, message: "YAML aliases are not supported in lessons")
        }
    }

    /// Turns a Yams error into a located problem with libyaml's own wording.
    private static func problem(from error: YamlError) -> BlockProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return BlockProblem(line: mark.line, message: "invalid YAML: \(prefix)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return BlockProblem(
                line: context.mark.line,
                message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return BlockProblem(line: 1, message: "invalid YAML: \(error)")
        }
    }
}
