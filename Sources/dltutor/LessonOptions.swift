import ArgumentParser
import Foundation
import Grading
import Lessons

/// Options shared by the lesson commands: where the lessons are.
struct LessonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The lesson directory (default: $DLTUTOR_LESSONS, else the installed lessons).", valueName: "dir")
    )
    var lessons: String?

    /// Loads the lessons and builds the context the actions need.
    func context() throws -> TutorContext {
        let environment = ProcessInfo.processInfo.environment
        let directory: String
        let curriculum: Curriculum
        do {
            directory = try LessonLocator.locate(
                explicit: lessons, environment: environment,
                executablePath: LessonLocator.currentExecutablePath())
            curriculum = try LessonLoader.load(directory: directory)
        } catch {
            // Not a usage mistake, so no usage text: say what is missing and exit with status 2.
            FileHandle.standardError.write(Data("dltutor: \(error)\n".utf8))
            throw ExitCode(CommandOutcome.usageError)
        }
        return TutorContext(
            curriculum: curriculum, dataDirectory: DataDirectory.resolve(environment: environment),
            grader: Grader(runner: DefaultScriptRunner.make()))
    }
}

extension CommandOutcome {
    /// Prints the outcome and ends the command with its exit status.
    func emit() throws {
        if !output.isEmpty {
            print(output, terminator: "")
        }
        if !errors.isEmpty {
            FileHandle.standardError.write(Data(errors.utf8))
        }
        if exitCode != 0 {
            throw ExitCode(exitCode)
        }
    }
}
