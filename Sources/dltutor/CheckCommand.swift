import ArgumentParser
import Foundation
import Grading

/// `dltutor check ID [FILE]`: grade an answer; exit 0 on pass, 1 on fail.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Grade an answer: exit status 0 when it passes, 1 when it does not.",
        discussion: """
            Code exercises grade FILE, or your workspace file when FILE is omitted. \
            Choice and numeric exercises take --answer. \
            Labs run headless with their default knobs, changed with --set. \
            Exit status 2: bad usage; 3: another dltutor is using your progress.
            """)

    @OptionGroup var options: LessonOptions

    @Argument(help: "The exercise id.")
    var id: String

    @Argument(help: "A TensorScript file to grade (code exercises).")
    var file: String?

    @Option(
        name: .long,
        help: "Your answer: an option letter (a or a,c), a number, or a list like [[1, 2], [3, 4]].")
    var answer: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Change a lab knob.", valueName: "knob=value"))
    var settings: [String] = []

    func run() throws {
        let request = CheckAction.Request(id: id, file: file, answer: answer, settings: settings)
        // On a terminal one progress line is rewritten in place; in a log, every tenth report.
        let interactive = isatty(STDERR_FILENO) != 0
        var printedProgress = false
        var reports = 0
        let outcome = CheckAction.run(try options.context(), request) { line in
            reports += 1
            if interactive {
                FileHandle.standardError.write(Data("\r\(line)    ".utf8))
                printedProgress = true
            } else if reports % 10 == 1 {
                FileHandle.standardError.write(Data("\(line)\n".utf8))
            }
        }
        if printedProgress {
            FileHandle.standardError.write(Data("\n".utf8))
        }
        try outcome.emit()
    }
}
