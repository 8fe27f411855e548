import ArgumentParser
import Grading

/// `dltutor show ID`: an exercise's prompt as plain text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an exercise's task as plain text.")

    @OptionGroup var options: LessonOptions

    @Argument(help: "The exercise id (see `dltutor list`).")
    var id: String

    func run() throws {
        try ShowAction.run(try options.context(), id: id).emit()
    }
}
