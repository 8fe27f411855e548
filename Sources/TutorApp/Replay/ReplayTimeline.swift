import Plot

/// A trace cut into frames the player can jump between: for a visualizer trace, one frame
/// per step of every run (plus each run's start); for a lab trace, one per progress report
/// (plus the result).
struct ReplayTimeline: Sendable {
    /// One visualizer run: its reset and the steps after it.
    struct Segment: Sendable {
        var reset: TraceReset
        var steps: [[TraceRacerSample]]
    }

    /// The visualizer runs, in order.
    private(set) var segments: [Segment] = []
    /// The lab progress reports, in order.
    private(set) var progress: [TraceProgress] = []
    /// The lab result, if the run got that far.
    private(set) var result: TraceResult?
    /// How many frames there are (at least 1).
    let frameCount: Int

    init(trace: Trace) {
        for event in trace.events {
            switch event {
            case .reset(let reset): segments.append(Segment(reset: reset, steps: []))
            case .step(_, let racers):
                // Steps before any reset cannot be placed and are skipped.
                if !segments.isEmpty { segments[segments.count - 1].steps.append(racers) }
            case .progress(let report): progress.append(report)
            case .result(let end): result = end
            }
        }
        switch trace.header.kind {
        case .visualizer: frameCount = max(1, segments.reduce(0) { $0 + 1 + $1.steps.count })
        case .lab: frameCount = max(1, progress.count + (result == nil ? 0 : 1))
        }
    }

    /// The segment and the steps taken in it at visualizer frame `frame`.
    func locate(_ frame: Int) -> (segment: Int, steps: Int)? {
        var remaining = frame
        for (index, segment) in segments.enumerated() {
            if remaining <= segment.steps.count { return (index, remaining) }
            remaining -= segment.steps.count + 1
        }
        return segments.isEmpty ? nil : (segments.count - 1, segments[segments.count - 1].steps.count)
    }

    /// The lab state at frame `frame`: reports so far and whether the result is reached.
    func labState(at frame: Int) -> (reports: ArraySlice<TraceProgress>, result: TraceResult?) {
        let shown = min(progress.count, frame + 1)
        let reachedEnd = result != nil && frame >= progress.count
        return (progress.prefix(shown), reachedEnd ? result : nil)
    }
}
