import ArgumentParser

/// The `dltutor` command: the terminal tutor (the default) and its non-interactive subcommands.
@main
struct DLTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dltutor",
        abstract: "Learn deep learning by doing, in the terminal.",
        discussion: "Run without a subcommand to start the interactive tutor.",
        version: "0.1.0",
        subcommands: [
            TutorCommand.self,
            ListCommand.self, ShowCommand.self, CheckCommand.self, HintCommand.self,
            SolutionCommand.self, ResetCommand.self, ProgressCommand.self, LintCommand.self,
            RunCommand.self, ReplCommand.self, VisualizeCommand.self, ReplayCommand.self,
        ],
        defaultSubcommand: TutorCommand.self
    )
}
