import ArgumentParser

/// The `dltutor` command: the terminal tutor (the default) and its non-interactive subcommands.
@main
struct DLTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dltutor",
        abstract: "Learn deep learning by doing, in the terminal.",
        version: "0.1.0",
        subcommands: [TutorCommand.self, RunCommand.self, ReplCommand.self],
        defaultSubcommand: TutorCommand.self
    )
}
