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

    func run() throws {
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
        let program = Program(TutorApplication(), backend: backend)
        program.run()
        backend.shutdown()
        backend.endProcessIfTerminatedBySignal()
    }
}
