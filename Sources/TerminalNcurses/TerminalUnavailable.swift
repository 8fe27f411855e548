/// Why the interactive terminal could not be started. The message says what to do instead,
/// because the usual cause is running the tutor from a pipe, a script or a CI job.
public enum TerminalUnavailable: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input is not a terminal (input is piped or redirected).
    case inputNotATerminal
    /// Standard output is not a terminal (output is piped or redirected).
    case outputNotATerminal
    /// The TERM environment variable is unset or empty.
    case terminalTypeUnset
    /// curses does not know the terminal type named by TERM.
    case unknownTerminalType(String)
    /// The operating system refused a resource the terminal needs (the wake-up pipe).
    case setupFailed(String)

    /// A one-paragraph explanation with the non-interactive alternatives.
    public var description: String {
        let problem: String
        switch self {
        case .inputNotATerminal:
            problem = "standard input is not a terminal"
        case .outputNotATerminal:
            problem = "standard output is not a terminal"
        case .terminalTypeUnset:
            problem = "the TERM environment variable is not set"
        case .unknownTerminalType(let name):
            problem = "the terminal type TERM=\(name) is unknown to curses"
        case .setupFailed(let reason):
            problem = reason
        }
        return """
            dltutor: the interactive tutor needs a terminal, but \(problem).
            Run it in a terminal window, or use the non-interactive commands:
              dltutor run FILE.py    run a TensorScript file and print its output
              dltutor --help         list every command
            """
    }
}
