import ArgumentParser
import Grading
import Lessons

/// `dltutor lint [DIR]`: check lessons for authors.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lessons: they parse, ids are unique, solutions pass, starters fail.",
        discussion: "Every problem is printed as file:line: message; the exit status is 1 if there is any.")

    @OptionGroup var options: LessonOptions

    @Argument(help: "The lesson directory to check (default: the lessons dltutor uses).")
    var directory: String?

    func run() throws {
        var context = options
        if let directory { context.lessons = directory }
        let loaded = try context.context()
        try LessonLinter.run(loaded.curriculum, grader: loaded.grader).emit()
    }
}
