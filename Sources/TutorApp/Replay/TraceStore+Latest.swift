import Foundation
import Plot

extension TraceStore {
    /// A player for the newest recorded session of a lesson visual of `kind` (the gradient
    /// descent visualizer's own traces, or a lesson visual's), or nil when there is none or it
    /// cannot be read. Lets the reader replay a visual from the lesson.
    public func latestReplay(ofVisualKind kind: String, theme: PlotTheme) -> (any ClosableScreen)? {
        if kind == "gradient-descent" {
            for url in files() {
                guard let trace = try? Trace.load(from: url), trace.header.kind == .visualizer else {
                    continue
                }
                return ReplayPlayerScreen(trace: trace, theme: theme)
            }
            return nil
        }
        for url in visualFiles() where url.lastPathComponent.contains("-visual-\(kind)") {
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                let trace = try? VisualTrace.parse(text), trace.visual == kind,
                let player = try? VisualTracePlayer.player(for: trace, theme: theme)
            else { continue }
            return player
        }
        return nil
    }
}
