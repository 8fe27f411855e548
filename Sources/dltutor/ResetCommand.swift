import ArgumentParser
import Grading

/// `dltutor reset ID...|--all`: forget progress.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Forget progress on exercises (code files go back to the starter; yours is kept as .bak).")

    @OptionGroup var options: LessonOptions

    @Argument(help: "The exercise ids to reset.")
    var ids: [String] = []

    @Flag(name: .long, help: "Reset every exercise.")
    var all = false

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let outcome = ResetAction.run(try options.context(), ids: ids, all: all) { question in
            if yes { return true }
            print("\(question) [y/N] ", terminator: "")
            let reply = readLine()?.lowercased() ?? ""
            return reply == "y" || reply == "yes"
        }
        try outcome.emit()
    }
}
