import ArgumentParser
import Grading

/// `dltutor solution ID`: the reference solution after a pass.
struct SolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solution", abstract: "Show the reference solution of an exercise you have passed.")

    @OptionGroup var options: LessonOptions

    @Argument(help: "The exercise id.")
    var id: String

    @Flag(name: .long, help: "Show it even though you have not passed yet.")
    var force = false

    func run() throws {
        try SolutionAction.run(try options.context(), id: id, force: force).emit()
    }
}
