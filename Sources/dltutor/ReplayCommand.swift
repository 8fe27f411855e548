import ArgumentParser
import Foundation
import Plot
import TerminalCore
import TerminalNcurses
import TutorApp

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dltutor replay`: lists recorded visualizer sessions and lab runs, or plays one back.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "List recorded visualizer sessions and lab runs, or play one back.",
        discussion: """
            Traces live in $XDG_STATE_HOME/dltutor/replays (default ~/.local/state/dltutor/replays).
            Without an argument, or with --list, or when output is not a terminal, prints the list
            (newest first). Name a trace by its number in the list, its id, or a file path.
            """
    )

    @Argument(help: "The trace to play: a number from the list (1 = newest), an id, or a path.")
    var trace: String?

    @Flag(name: .long, help: "Print the list of traces instead of playing.")
    var list = false

    func run() throws {
        let store = TraceStore.standard()
        let interactive = isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
        guard let reference = trace, !list else {
            print(Self.listing(store))
            return
        }
        let loaded: Trace
        do {
            loaded = try Trace.load(from: try store.locate(reference))
        } catch {
            FileHandle.standardError.write(Data("dltutor replay: \(error)\n".utf8))
            throw ExitCode(1)
        }
        guard interactive else {
            print(Self.describe(loaded))
            return
        }
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        defer { backend.shutdown() }
        let player = ReplayPlayerScreen(trace: loaded, theme: PlotTheme(colorDepth: backend.colorDepth))
        Program(StandaloneScreen(player), backend: backend).run()
        backend.shutdown()
        backend.endProcessIfTerminatedBySignal()
    }

    /// The list as text: number, id, kind, title, date and steps.
    static func listing(_ store: TraceStore) -> String {
        let summaries = store.list()
        guard !summaries.isEmpty else {
            return "No recorded traces in \(store.directory.path) yet: run `dltutor visualize` or a lab."
        }
        var lines = ["Traces in \(store.directory.path) (newest first):"]
        let titleWidth = min(32, summaries.compactMap { $0.header?.title.count }.max() ?? 0)
        for (index, summary) in summaries.enumerated() {
            let number = String(index + 1).leftPadded(to: 3)
            guard let header = summary.header else {
                lines.append("\(number)  \(summary.id)  unreadable: \(summary.problem ?? "?")")
                continue
            }
            let date = ISO8601DateFormatter().string(from: header.created)
            lines.append(
                "\(number)  \(summary.id)  \(header.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))"
                    + " \(header.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0))  \(date)"
                    + "  \(summary.steps) steps")
        }
        lines.append("Play one with `dltutor replay N` (or an id or a path).")
        return lines.joined(separator: "\n")
    }

    /// A short text description of `trace`, for non-interactive output.
    static func describe(_ trace: Trace) -> String {
        var lines = [
            "\(trace.header.kind.rawValue): \(trace.header.title)",
            "recorded \(ISO8601DateFormatter().string(from: trace.header.created)), format version \(trace.header.version)",
            "\(trace.events.count) events, \(trace.steps) steps",
        ]
        if trace.droppedTruncatedLine { lines.append("(an incomplete last line was skipped)") }
        for event in trace.events {
            if case .result(let result) = event { lines.append(result.message) }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
