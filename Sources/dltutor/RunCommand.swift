import ArgumentParser
import Foundation
import TensorScript

/// `dltutor run FILE.py`: runs a TensorScript file and prints its output.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a TensorScript file (the NumPy-flavoured Python subset) and print its output.",
        discussion: "Exit status 0 on success, 1 when the script raises an error, 2 for a missing file.")

    @Argument(help: "The script to run, e.g. solution.py.")
    var file: String

    @Option(name: .long, help: "Wall-time limit in seconds.")
    var timeLimit: Double = 2

    @Option(name: .long, help: ArgumentHelp("A name the script may not use (repeatable).", valueName: "name"))
    var forbid: [String] = []

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("dltutor run: cannot read \(file)\n".utf8))
            throw ExitCode(2)
        }
        guard let source = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("dltutor run: \(file) is not UTF-8 text\n".utf8))
            throw ExitCode(2)
        }
        var options = InterpreterOptions()
        options.maximumWallTime = timeLimit
        options.forbiddenNames = Set(forbid)
        let interpreter = Interpreter(options: options, fileName: file)
        let result = interpreter.run(source: source)
        FileHandle.standardOutput.write(Data(result.output.utf8))
        if result.error != nil {
            FileHandle.standardError.write(Data((result.errorReport + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
