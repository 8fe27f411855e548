import ArgumentParser
import Foundation
import Grading
import Lessons

/// `dltutor lint [DIR]`: check lessons for authors.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lessons: they parse, ids are unique, solutions pass, starters fail.",
        discussion: "Every problem is printed as file:line: message; the exit status is 1 if there is any.")

    @OptionGroup var options: LessonOptions

    @Argument(
        help: "The lesson directory, or one lesson file, to check (default: the lessons dltutor uses).")
    var path: String?

    func run() throws {
        var context = options
        var onlyFile: String?
        if let path {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                // One file: load its whole directory (ids must be unique across lessons) but
                // check only that file's exercises.
                context.lessons =
                    (path as NSString).deletingLastPathComponent.isEmpty
                    ? "." : (path as NSString).deletingLastPathComponent
                onlyFile = path
            } else {
                context.lessons = path
            }
        }
        let loaded = try context.context()
        try LessonLinter.run(loaded.curriculum, grader: loaded.grader, onlyFile: onlyFile).emit()
    }
}
