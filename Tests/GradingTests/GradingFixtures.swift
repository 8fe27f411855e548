import Foundation
import Grading
import Lessons

/// Helpers shared by the grading tests.
enum GradingFixtures {
    /// A fresh empty directory.
    static func temporaryDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "dltutor-grading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Parses a one-exercise lesson whose exercise block is `yaml`.
    static func exercise(_ yaml: String) throws -> Exercise {
        let text = "---\nformat: 1\nid: test\ntitle: Test\n---\n\n## Step\n\n```exercise\n\(yaml)\n```\n"
        let stage = try LessonParser.parse(text, file: "01-test.md", order: 1)
        guard let exercise = stage.exercises.first else { throw FixtureError() }
        return exercise
    }

    /// A curriculum from lesson texts, written to a temporary directory.
    static func curriculum(_ files: [String: String]) throws -> Curriculum {
        let directory = try temporaryDirectory()
        for (name, text) in files {
            try text.write(
                toFile: (directory as NSString).appendingPathComponent(name), atomically: true,
                encoding: .utf8)
        }
        return try LessonLoader.load(directory: directory)
    }

    /// The repository's Lessons directory.
    static var repositoryLessons: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
    }

    struct FixtureError: Error {}
}

/// A test double for the TensorScript interpreter: "source" texts name Swift functions, so the
/// grader's own logic (cases, comparison, feedback, forbidden names) is tested without the
/// interpreter. The real interpreter is exercised by the lint test of the repository's lessons.
struct SwiftFunctionRunner: ScriptRunner {
    typealias Function = @Sendable ([CaseValue]) throws(ScriptFailure) -> CaseValue
    let functions: [String: Function]

    func prepare(source: String, forbiddenNames: [String], fileName: String) throws(ScriptFailure)
        -> any PreparedScript
    {
        for name in forbiddenNames where source.contains("\(name)(") {
            throw ScriptFailure(kind: .forbiddenName(name), message: "line 1: `\(name)` is not allowed here")
        }
        if source.hasPrefix("syntax error") {
            throw ScriptFailure(
                kind: .error(name: "SyntaxError"), message: "SyntaxError: bad\n  x = = 1\n      ^")
        }
        guard let function = functions[source.trimmingCharacters(in: .whitespacesAndNewlines)] else {
            throw ScriptFailure(
                kind: .error(name: "NameError"), message: "NameError: unknown test source '\(source)'")
        }
        return Prepared(function: function)
    }

    struct Prepared: PreparedScript {
        let function: Function
        func call(_ name: String, arguments: [CaseValue]) throws(ScriptFailure) -> CaseValue {
            try function(arguments)
        }
    }

    /// Elementwise `a + b` for equal shapes, or a tensor plus a scalar.
    static func add(_ arguments: [CaseValue], scale: Double = 1) -> CaseValue {
        guard arguments.count == 2, case .tensor(let shape, let a) = arguments[0] else { return .none }
        switch arguments[1] {
        case .tensor(_, let b): return .tensor(shape: shape, values: zip(a, b).map { ($0 + $1) * scale })
        case .number(let b): return .tensor(shape: shape, values: a.map { ($0 + b) * scale })
        default: return .none
        }
    }
}
