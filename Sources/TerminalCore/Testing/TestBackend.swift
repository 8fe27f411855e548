import Foundation

/// An in-memory terminal for tests: a fixed (resizable) size, a script of input events, a
/// screen that applies the updates it is sent, and a record of every flushed frame.
///
/// Time is virtual: reading an event advances `clock` by `keyInterval` (the learner types
/// that fast) and a read with a timeout and no input advances it by the timeout, so a
/// `Program` run on it is deterministic. The script running out closes the input, which
/// lets the program finish once its timers and background work are done.
public final class TestBackend: TerminalBackend, @unchecked Sendable {
    // @unchecked: the loop thread owns everything except `wakePending`, which `wake()` may
    // touch from any thread and which is guarded by `condition`.
    /// The virtual clock to hand to `Program(…, clock:)`.
    public let clock = ManualClock()
    /// Milliseconds of virtual time between scripted events (default 50: one frame each).
    public var keyInterval: Int
    /// How many colours this terminal claims to show.
    public var colorDepth: ColorDepth
    /// What is on the screen now.
    public private(set) var screen: Buffer
    /// Where the cursor is (nil: hidden).
    public private(set) var cursor: Position?
    /// The screen text at every `flush()`, oldest first.
    public private(set) var frames: [String] = []
    /// The screen (with styles) at every `flush()`, oldest first.
    public private(set) var frameBuffers: [Buffer] = []
    /// How many cells each `flush()` changed, oldest first: shows that diffing works.
    public private(set) var updatesPerFrame: [Int] = []
    /// How many times the program asked for a full redraw.
    public private(set) var invalidations = 0
    /// Whether every frame's text and buffer are kept (the default). Benchmarks turn it off:
    /// then no text is computed and the lists hold only the latest frame's (empty) entry.
    public var recordsFrames = true

    private var script: [Event] = []
    private var scriptIndex = 0
    private var updatesSinceFlush = 0
    private let condition = NSCondition()
    private var wakePending = false

    /// A terminal of `width` x `height` cells with the given script of input events.
    public init(
        width: Int, height: Int, events: [Event] = [], keyInterval: Int = 50,
        colorDepth: ColorDepth = .trueColor
    ) {
        self.screen = Buffer(width: width, height: height)
        self.script = events
        self.keyInterval = max(0, keyInterval)
        self.colorDepth = colorDepth
    }

    /// The current size in cells.
    public var size: (width: Int, height: Int) { (screen.area.width, screen.area.height) }

    /// The latest frame's text ("" before the first flush).
    public var lastFrame: String { frames.last ?? "" }

    /// Appends events to the script.
    public func enqueue(_ events: [Event]) {
        script.append(contentsOf: events)
    }

    /// Changes the size at once (as a terminal does) without queuing a resize event.
    public func resize(width: Int, height: Int) {
        let old = screen
        screen = Buffer(width: width, height: height)
        for update in screen.updates(since: Buffer(width: 0, height: 0)) {
            screen.storeRaw(old[update.x, update.y], x: update.x, y: update.y)
        }
    }

    /// Whether the script has run out.
    public var isInputClosed: Bool { scriptIndex >= script.count }

    /// Applies changed cells to the screen.
    public func draw(_ updates: [Buffer.Update]) {
        for update in updates { screen.storeRaw(update.cell, x: update.x, y: update.y) }
        updatesSinceFlush += updates.count
    }

    /// Records the cursor position.
    public func setCursor(_ position: (x: Int, y: Int)?) {
        cursor = position.map { Position(x: $0.x, y: $0.y) }
        screen.cursor = cursor
    }

    /// Records the current screen as a frame.
    public func flush() {
        if !recordsFrames {
            frames.removeAll(keepingCapacity: true)
            frameBuffers.removeAll(keepingCapacity: true)
            updatesPerFrame.removeAll(keepingCapacity: true)
        }
        frames.append(recordsFrames ? screen.text : "")
        if recordsFrames { frameBuffers.append(screen) }
        updatesPerFrame.append(updatesSinceFlush)
        updatesSinceFlush = 0
    }

    /// Counts the request; the next frame's updates cover the whole screen anyway.
    public func invalidate() {
        invalidations += 1
    }

    /// The next scripted event, or nil after a timeout or a `wake()`.
    public func readEvent(timeoutMilliseconds: Int?) -> Event? {
        if takeWake() { return nil }
        if scriptIndex < script.count {
            if let timeout = timeoutMilliseconds, timeout < keyInterval {
                clock.advance(by: timeout)
                return nil
            }
            clock.advance(by: keyInterval)
            let event = script[scriptIndex]
            scriptIndex += 1
            if case .resize(let width, let height) = event { resize(width: width, height: height) }
            return event
        }
        if let timeout = timeoutMilliseconds {
            clock.advance(by: timeout)
            return nil
        }
        // Nothing scripted and no timeout: the program only asks this while background work
        // runs, and that work wakes us when it posts or finishes. (Work that never finishes
        // would wait forever; give such tests a `.timeLimit`.)
        condition.lock()
        defer { condition.unlock() }
        while !wakePending { condition.wait() }
        wakePending = false
        return nil
    }

    /// Interrupts a blocking read; safe from any thread.
    public func wake() {
        condition.lock()
        wakePending = true
        condition.signal()
        condition.unlock()
    }

    private func takeWake() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let pending = wakePending
        wakePending = false
        return pending
    }
}
