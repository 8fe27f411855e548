import ArgumentParser
import Foundation
import Plot
import TerminalCore
import TerminalNcurses
import TutorApp

/// `dltutor visualize`: the gradient-descent visualizer on its own, recorded for replay.
struct VisualizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visualize",
        abstract: "Watch optimizers descend a loss surface (the stage 3 visualizer).",
        discussion: "Surfaces: \(LossSurface.ids.joined(separator: ", ")). Press ? inside for the keys."
    )

    @Option(name: .long, help: "The surface to start on (\(LossSurface.ids.joined(separator: ", "))).")
    var surface: String = "rosenbrock"

    @Flag(name: .long, help: "Do not record the session as a replay trace.")
    var noRecord = false

    func validate() throws {
        guard LossSurface.named(surface) != nil else {
            throw ValidationError(VisualizerError.unknownSurface(surface).description)
        }
    }

    func run() throws {
        guard let chosen = LossSurface.named(surface) else {
            throw ValidationError(VisualizerError.unknownSurface(surface).description)
        }
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        defer { backend.shutdown() }
        var recorder: TraceRecorder? = nil
        if !noRecord {
            // A session that cannot be recorded still runs; the learner just gets no replay.
            recorder = try? TraceStore.standard().startRecording(
                VisualizerScreen.traceHeader(surface: chosen, created: Date()))
        }
        let theme = PlotTheme(colorDepth: backend.colorDepth)
        let screen = VisualizerScreen(surface: chosen, theme: theme, recordingTo: recorder)
        Program(StandaloneScreen(screen), backend: backend).run()
        recorder?.close()
        backend.shutdown()
        backend.endProcessIfTerminatedBySignal()
    }
}
