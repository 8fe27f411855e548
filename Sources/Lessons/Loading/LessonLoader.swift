import Foundation

/// Loads every lesson file of a directory into a `Curriculum`.
public enum LessonLoader {
    /// Loads `directory`: every `NN-name.md` file, ordered by `NN`. A file that fails to parse is
    /// reported in `problems` and the rest still load; a missing directory is an error.
    public static func load(directory: String) throws(LessonDirectoryError) -> Curriculum {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw LessonDirectoryError(path: directory, reason: "no such directory")
        }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            throw LessonDirectoryError(path: directory, reason: error.localizedDescription)
        }
        let lessonFiles = names.compactMap { name -> (order: Int, name: String)? in
            guard name.hasSuffix(".md"), let order = Int(name.prefix { $0.isNumber }),
                name.first?.isNumber == true
            else { return nil }
            return (order, name)
        }.sorted { ($0.order, $0.name) < ($1.order, $1.name) }

        var stages: [Stage] = []
        var problems: [LessonError] = []
        for lesson in lessonFiles {
            let path = (directory as NSString).appendingPathComponent(lesson.name)
            guard let data = fileManager.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                problems.append(
                    LessonError(file: path, line: 0, message: "cannot read the file as UTF-8 text"))
                continue
            }
            do {
                stages.append(try LessonParser.parse(text, file: path, order: lesson.order))
            } catch {
                problems.append(error)
            }
        }
        problems += duplicateProblems(stages)
        return Curriculum(stages: stages, problems: problems, directory: directory)
    }

    /// Exercise and visualization ids must be unique across the whole curriculum (progress is keyed
    /// by them), and stage ids must be unique (workspace folders are named after them).
    static func duplicateProblems(_ stages: [Stage]) -> [LessonError] {
        var problems: [LessonError] = []
        var seenStages: [String: String] = [:]
        for stage in stages {
            if let first = seenStages[stage.id] {
                problems.append(
                    LessonError(
                        file: stage.file, line: 2, message: "stage id '\(stage.id)' is also used by \(first)")
                )
            } else {
                seenStages[stage.id] = stage.file
            }
        }
        var seen: [String: String] = [:]
        for stage in stages {
            let located =
                stage.exercises.map { ($0.id, $0.line) } + stage.visualizations.map { ($0.id, $0.line) }
            for (id, line) in located {
                if let first = seen[id] {
                    problems.append(
                        LessonError(
                            file: stage.file, line: line, message: "id '\(id)' is already used at \(first)"))
                } else {
                    seen[id] = "\(stage.file):\(line)"
                }
            }
        }
        return problems
    }
}

/// The lesson directory itself cannot be used.
public struct LessonDirectoryError: Error, Sendable, CustomStringConvertible {
    /// The directory.
    public let path: String
    /// Why it cannot be used.
    public let reason: String

    /// `cannot load lessons from PATH: REASON`.
    public var description: String { "cannot load lessons from \(path): \(reason)" }
}
