import ArgumentParser
import Foundation
import TerminalCore
import TerminalNcurses
import TutorApp

/// `dltutor tutor` (the default command): the interactive tutor in the terminal.
struct TutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Open the interactive tutor (the default when no command is given)."
    )

    @OptionGroup var lessonOptions: LessonOptions

    func run() throws {
        // Lessons and progress are loaded before the terminal is taken over, so a missing lesson
        // folder is reported on a normal screen.
        let context = try lessonOptions.context()
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        // The terminal is restored on every way out of here: the program quitting, a thrown
        // error, or (through the backend) a termination signal.
        defer { backend.shutdown() }
        // Progress is opened only once there is a terminal, so a refused start writes nothing.
        let session = TutorSession(
            curriculum: context.curriculum, dataDirectory: context.dataDirectory, grader: context.grader)
        session.useTerminal(colorDepth: backend.colorDepth, environment: ProcessInfo.processInfo.environment)
        let program = Program(TutorApplication(session: session, size: backend.size), backend: backend)
        program.run()
        // A signal ends the loop through Ctrl-C, which saves first; then the terminal is restored.
        backend.shutdown()
        backend.endProcessIfTerminatedBySignal()
    }
}
