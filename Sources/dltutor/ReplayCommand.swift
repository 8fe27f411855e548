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
        abstract: "List recorded visualizer sessions, lesson visuals and lab runs, or play one back.",
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
        let loaded: LoadedTrace
        do {
            let url = try store.locate(reference)
            if url.pathExtension == "vtrace" {
                let visual = try VisualTrace.parse(String(contentsOf: url, encoding: .utf8))
                // Built now so a trace this version cannot replay is reported before curses starts.
                loaded = .visual(visual, try VisualTracePlayer.player(for: visual))
            } else {
                loaded = .recorded(try Trace.load(from: url))
            }
        } catch {
            FileHandle.standardError.write(Data("dltutor replay: \(error)\n".utf8))
            throw ExitCode(1)
        }
        guard interactive else {
            print(loaded.description)
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
        switch loaded {
        case .recorded(let trace):
            Self.play(
                ReplayPlayerScreen(trace: trace, theme: PlotTheme(colorDepth: backend.colorDepth)),
                on: backend)
        case .visual(let visual, let player):
            // Built again now that the terminal's colours are known (it was checked above).
            let themed = try? VisualTracePlayer.player(
                for: visual, theme: PlotTheme(colorDepth: backend.colorDepth))
            let chosen: any ClosableScreen = themed ?? player
            Self.play(chosen, on: backend)
        }
        backend.shutdown()
        backend.endProcessIfTerminatedBySignal()
    }

    /// A trace read from disk, in either format.
    private enum LoadedTrace {
        case recorded(Trace)
        case visual(VisualTrace, any ClosableScreen)

        var description: String {
            switch self {
            case .recorded(let trace): ReplayCommand.describe(trace)
            case .visual(let trace, _): ReplayCommand.describe(trace)
            }
        }
    }

    /// Runs one screen as the whole program (a generic so the existential opens).
    private static func play<Screen: ClosableScreen>(_ screen: Screen, on backend: NcursesBackend) {
        Program(StandaloneScreen(screen), backend: backend).run()
    }

    /// The list as text: number, id, kind, title, date and steps.
    static func listing(_ store: TraceStore) -> String {
        let files = store.allFiles()
        guard !files.isEmpty else {
            return "No recorded traces in \(store.directory.path) yet: run `dltutor visualize`, a lab, "
                + "or open a lesson's visual."
        }
        let rows = files.map(row(for:))
        let titleWidth = min(32, rows.compactMap { $0.title?.count }.max() ?? 0)
        var lines = ["Traces in \(store.directory.path) (newest first):"]
        for (index, row) in rows.enumerated() {
            let number = String(index + 1).leftPadded(to: 3)
            guard let title = row.title, let kind = row.kind, let created = row.created else {
                lines.append("\(number)  \(row.id)  unreadable: \(row.problem ?? "?")")
                continue
            }
            let date = ISO8601DateFormatter().string(from: created)
            lines.append(
                "\(number)  \(row.id)  \(kind.padding(toLength: 10, withPad: " ", startingAt: 0))"
                    + " \(title.padding(toLength: titleWidth, withPad: " ", startingAt: 0))  \(date)"
                    + "  \(row.steps) steps")
        }
        lines.append("Play one with `dltutor replay N` (or an id or a path).")
        return lines.joined(separator: "\n")
    }

    /// What the list shows of one file, in either format.
    private static func row(for url: URL) -> (
        id: String, kind: String?, title: String?, created: Date?, steps: Int, problem: String?
    ) {
        let id = url.deletingPathExtension().lastPathComponent
        do {
            if url.pathExtension == "vtrace" {
                let visual = try VisualTrace.parse(String(contentsOf: url, encoding: .utf8))
                return (id, "visual", visual.title, visual.created, visual.actions.count, nil)
            }
            let loaded = try Trace.load(from: url)
            return (
                id, loaded.header.kind.rawValue, loaded.header.title, loaded.header.created, loaded.steps, nil
            )
        } catch {
            return (id, nil, nil, nil, 0, "\(error)")
        }
    }

    /// A short text description of a lesson visual's trace, for non-interactive output.
    static func describe(_ trace: VisualTrace) -> String {
        [
            "visual \(trace.visual): \(trace.title)",
            "recorded \(ISO8601DateFormatter().string(from: trace.created))",
            "\(trace.actions.count) recorded actions",
        ].joined(separator: "\n")
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
