import Foundation
import TerminalCore

/// A lesson visualization: a `ClosableScreen` (so it embeds like the gradient-descent
/// visualizer) whose state-changing messages can be recorded and replayed.
///
/// Embedding, in a parent's model: keep the screen as a value, forward key events through
/// `message(for:)` and `update(_:)` (mapping the returned command into the parent's
/// messages), draw it with `render(into:area:)` into the lesson's area, and leave when
/// `wantsToClose` turns true. Pass a `VisualTraceSink` when creating it to record the session;
/// `replaying(_:)` rebuilds the state from a trace.
public protocol VisualScreen: ClosableScreen where Message: TraceableMessage {
    /// The id used in traces and on the command line (`linear-map`).
    static var visualID: String { get }
    /// The title shown in the screen's top bar and in trace headers.
    static var visualTitle: String { get }
    /// The settings needed to build the same starting screen again (seed, digit), as text.
    var traceSettings: [String: String] { get }
}

extension VisualScreen {
    /// An empty trace for a session starting from this screen.
    public func traceHeader(created: Date) -> VisualTrace {
        VisualTrace(visual: Self.visualID, title: Self.visualTitle, created: created, settings: traceSettings)
    }

    /// This screen after the first `steps` actions of `trace` (all of them when nil). Timers
    /// the actions would start are not run: the recorded actions already include their effects.
    /// - Throws: `VisualTraceError` when the trace is for another visual or has an unknown action.
    public func replaying(_ trace: VisualTrace, steps: Int? = nil) throws(VisualTraceError) -> Self {
        guard trace.visual == Self.visualID else {
            throw VisualTraceError.wrongVisual(expected: Self.visualID, found: trace.visual)
        }
        let messages = try trace.messages(as: Message.self)
        var screen = self
        for message in messages.prefix(max(0, steps ?? messages.count)) {
            _ = screen.update(message)
        }
        return screen
    }
}
