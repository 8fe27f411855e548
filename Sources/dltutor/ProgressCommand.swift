import ArgumentParser
import Grading

/// `dltutor progress`: a summary, or export/import of the progress file.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Summarise your progress, or export/import it.")

    @OptionGroup var options: LessonOptions

    @Option(name: .long, help: ArgumentHelp("Write your progress to a JSON file.", valueName: "file"))
    var export: String?

    @Option(
        name: .customLong("import"), help: ArgumentHelp("Merge progress from a JSON file.", valueName: "file")
    )
    var importFile: String?

    func validate() throws {
        if export != nil && importFile != nil {
            throw ValidationError("use --export or --import, not both")
        }
    }

    func run() throws {
        let context = try options.context()
        if let export {
            try ProgressAction.export(context, to: export).emit()
        } else if let importFile {
            try ProgressAction.importing(context, from: importFile).emit()
        } else {
            try ProgressAction.summary(context).emit()
        }
    }
}
