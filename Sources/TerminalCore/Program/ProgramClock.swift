/// A monotonic millisecond clock for the program's frame pacing and timers. Injected so that
/// tests run on `ManualClock`, whose time moves only when the test backend says so.
public protocol ProgramClock: AnyObject {
    /// Milliseconds since an arbitrary fixed start.
    var milliseconds: Int64 { get }
}

/// Real time from the system's monotonic clock.
public final class SystemClock: ProgramClock {
    private let start = ContinuousClock.now

    /// A clock that starts counting now.
    public init() {}

    /// Milliseconds since this clock was created.
    public var milliseconds: Int64 {
        let elapsed = start.duration(to: ContinuousClock.now).components
        return elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
    }
}

/// A clock that only moves when told to; `TestBackend` advances it as if the program had
/// waited, which makes frame pacing and timers deterministic in tests.
public final class ManualClock: ProgramClock {
    /// The current time.
    public private(set) var milliseconds: Int64 = 0

    /// A clock at time zero.
    public init() {}

    /// Moves time forward (negative amounts are ignored: time never runs backwards).
    public func advance(by amount: Int) {
        milliseconds += Int64(max(0, amount))
    }
}
