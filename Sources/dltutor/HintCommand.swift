import ArgumentParser
import Grading

/// `dltutor hint ID`: the next hint.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hint", abstract: "Show the next hint for an exercise (hints get more specific).")

    @OptionGroup var options: LessonOptions

    @Argument(help: "The exercise id.")
    var id: String

    func run() throws {
        try HintAction.run(try options.context(), id: id).emit()
    }
}
