import ArgumentParser
import Grading

/// `dltutor list`: stages and exercises with their status.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the stages and exercises with your progress.")

    @OptionGroup var options: LessonOptions

    @Flag(
        name: .long,
        help:
            "Print JSON: {\"stages\": [{\"id\", \"title\", \"exercises\": [{\"id\", \"kind\", \"title\", \"status\"}]}]}."
    )
    var json = false

    func run() throws {
        try ListAction.run(try options.context(), json: json).emit()
    }
}
