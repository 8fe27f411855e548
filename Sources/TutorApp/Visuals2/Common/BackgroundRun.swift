/// The bookkeeping of a screen's one background training job: the current run's number, so
/// reports from a stopped or replaced run are dropped, and whether a run is going.
struct BackgroundRun: Sendable, Hashable {
    /// The current run's number; reports tagged with another are stale.
    private(set) var id = 0
    /// Whether a run is going.
    private(set) var isActive = false

    /// Starts a new run and returns its number, to tag its reports with.
    mutating func begin() -> Int {
        id += 1
        isActive = true
        return id
    }

    /// Ends the current run so its later reports are dropped. Returns whether one was going,
    /// i.e. whether its background work must be cancelled.
    @discardableResult
    mutating func end() -> Bool {
        let wasActive = isActive
        id += 1
        isActive = false
        return wasActive
    }

    /// Whether a report tagged `run` belongs to the current run.
    func isCurrent(_ run: Int) -> Bool { run == id }

    /// Marks the run finished when `run` is the current one; false for a stale report.
    mutating func finish(_ run: Int) -> Bool {
        guard run == id else { return false }
        isActive = false
        return true
    }
}
