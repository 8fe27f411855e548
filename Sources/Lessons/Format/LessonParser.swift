import Foundation

/// Parses one lesson file (Markdown with YAML front matter and fenced ```exercise / ```visual
/// blocks) into a `Stage`. See Lessons/README.md for the format.
public enum LessonParser {
    /// Parses `text`, the contents of `file`; `order` is the file name's numeric prefix.
    ///
    /// Throws `LessonError` with the file's line number for every problem, including YAML syntax
    /// errors inside fenced blocks.
    public static func parse(_ text: String, file: String, order: Int) throws(LessonError) -> Stage {
        // Editors on some systems start UTF-8 files with a byte-order mark; it is not content.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // "\r\n" is a single Character in Swift, so split on both forms of line end.
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(
            String.init)
        func fail(_ line: Int, _ message: String) -> LessonError {
            LessonError(file: file, line: line, message: message)
        }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            throw fail(
                1, "a lesson starts with front matter: a `---` line, `format:`, `id:`, `title:`, then `---`")
        }
        guard
            let closing = lines.indices.dropFirst().first(where: {
                lines[$0].trimmingCharacters(in: .whitespaces) == "---"
            })
        else {
            throw fail(1, "the front matter has no closing `---` line")
        }
        let header = try frontMatter(lines[1..<closing].joined(separator: "\n"), fail: fail)

        var builder = StepBuilder(stageTitle: header.title)
        var index = closing + 1
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            if let fence = Fence(opening: line) {
                guard
                    let end = lines.indices.dropFirst(index + 1).first(where: {
                        fence.isClosed(by: lines[$0])
                    })
                else {
                    throw fail(lineNumber, "the ``` block opened here is never closed")
                }
                let body = lines[(index + 1)..<end].joined(separator: "\n")
                switch fence.info {
                case "exercise", "visual":
                    let tree: YAMLTree
                    do throws(BlockProblem) {
                        tree = try YAMLTree.parse(body)
                        if fence.info == "exercise" {
                            builder.add(
                                .exercise(
                                    try ExerciseDecoder.decode(
                                        tree, stageID: header.id, file: file, line: lineNumber)),
                                line: lineNumber)
                        } else {
                            builder.add(.visual(try decodeVisual(tree, line: lineNumber)), line: lineNumber)
                        }
                    } catch {
                        throw fail(lineNumber + error.line, error.message)
                    }
                default:
                    builder.addText(lines[index...end].joined(separator: "\n"), line: lineNumber)
                }
                index = end + 1
                continue
            }
            if line.hasPrefix("## ") {
                let title = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                guard !title.isEmpty else { throw fail(lineNumber, "a step heading needs a title") }
                builder.startStep(title: title, line: lineNumber)
            } else if line.hasPrefix("# ") && !builder.hasSteps {
                // The stage's `# Title` line repeats the front matter for readers on a code host.
            } else {
                builder.addText(line, line: lineNumber)
            }
            index += 1
        }
        let steps = builder.finish()
        guard !steps.isEmpty else {
            throw fail(closing + 1, "the lesson has no steps (start each step with a `## ` heading)")
        }
        return Stage(
            id: header.id, title: header.title, tagline: header.tagline, order: order, file: file,
            steps: steps)
    }

    private struct Header {
        let id: String
        let title: String
        let tagline: String
    }

    private static func frontMatter(_ text: String, fail: (Int, String) -> LessonError) throws(LessonError)
        -> Header
    {
        do throws(BlockProblem) {
            var reader = try MappingReader(try YAMLTree.parse(text), what: "the front matter")
            guard let version = try reader.optionalInt("format") else {
                throw BlockProblem(
                    line: reader.line, message: "the front matter needs `format: \(LessonFormat.version)`")
            }
            guard version <= LessonFormat.version, version >= 1 else {
                throw BlockProblem(
                    line: reader.entry("format")?.line ?? 1,
                    message:
                        "format \(version) is newer than this dltutor reads (\(LessonFormat.version)); update dltutor"
                )
            }
            let id = try reader.string("id")
            try ExerciseDecoder.validateIdentifier(id, line: reader.entry("id")?.line ?? 1)
            let title = try reader.string("title")
            let tagline = try reader.optionalString("tagline") ?? ""
            try reader.rejectUnknownKeys()
            return Header(id: id, title: title, tagline: tagline)
        } catch {
            // Front matter starts on the file's second line.
            throw fail(error.line + 1, error.message)
        }
    }

    private static func decodeVisual(_ tree: YAMLTree, line: Int) throws(BlockProblem) -> Visualization {
        var reader = try MappingReader(tree, what: "visual")
        let id = try reader.string("id")
        try ExerciseDecoder.validateIdentifier(id, line: reader.entry("id")?.line ?? 1)
        let kind = try reader.string("kind")
        let title = try reader.optionalString("title")
        return Visualization(id: id, kind: kind, title: title, parameters: tree, line: line)
    }
}

/// A Markdown code fence (``` or ~~~, three or more).
private struct Fence {
    let character: Character
    let length: Int
    let info: String

    init?(opening line: String) {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else {
            return nil
        }
        let run = trimmed.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        character = first
        length = run.count
        info = trimmed.dropFirst(run.count).trimmingCharacters(in: .whitespaces)
    }

    func isClosed(by line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= length && trimmed.allSatisfy { $0 == character }
    }
}

/// Collects blocks into steps as the parser walks the file.
private struct StepBuilder {
    let stageTitle: String
    private var steps: [Step] = []
    private var current: (title: String, line: Int, blocks: [StepBlock])?
    private var pendingText: [String] = []

    init(stageTitle: String) {
        self.stageTitle = stageTitle
    }

    var hasSteps: Bool { current != nil }

    mutating func startStep(title: String, line: Int) {
        flushStep()
        current = (title, line, [])
    }

    mutating func addText(_ text: String, line: Int) {
        if current == nil {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
            // Prose before the first `## ` becomes an introduction step named after the stage.
            current = (stageTitle, line, [])
        }
        pendingText.append(text)
    }

    mutating func add(_ block: StepBlock, line: Int) {
        if current == nil { current = (stageTitle, line, []) }
        flushText()
        current?.blocks.append(block)
    }

    mutating func finish() -> [Step] {
        flushStep()
        return steps
    }

    private mutating func flushText() {
        let text = pendingText.joined(separator: "\n").trimmingCharacters(in: .newlines)
        pendingText = []
        if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            current?.blocks.append(.text(text))
        }
    }

    private mutating func flushStep() {
        flushText()
        if let current {
            steps.append(Step(title: current.title, line: current.line, blocks: current.blocks))
        }
        current = nil
    }
}
