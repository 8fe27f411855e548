import Foundation

/// Runs an `Application` on a `TerminalBackend`: turns events into messages, performs the
/// commands `update` returns, and redraws when something changed, at most `maxFramesPerSecond`
/// times a second, sending the backend only the cells that differ from the previous frame.
/// When nothing is pending it blocks in `readEvent` without a timeout, so an idle program
/// uses no CPU.
public final class Program<App: Application> {
    /// The model; readable after `run()` returns so tests can check the final state.
    public private(set) var application: App
    /// The upper bound on redraws per second.
    public let maxFramesPerSecond: Int
    /// How many frames were drawn (for tests and diagnostics).
    public private(set) var framesDrawn = 0

    private let backend: any TerminalBackend
    private let clock: any ProgramClock
    private let mailbox: Mailbox<App.Message>
    private var previousFrame: Buffer
    private var nextFrame: Buffer
    private var dirty = true
    private var quitRequested = false
    private var nextFrameAllowed: Int64 = 0
    private var pending: [App.Message] = []
    private var timers: [Timer] = []
    private var timerSequence = 0
    private var workers: [String: CancellationFlag] = [:]

    private struct Timer {
        var deadline: Int64
        var sequence: Int
        var message: App.Message
    }

    /// A program that will run `application` on `backend`, timing frames and timers with
    /// `clock` (pass the test backend's `clock` in tests).
    public init(
        _ application: App,
        backend: any TerminalBackend,
        clock: any ProgramClock = SystemClock(),
        maxFramesPerSecond: Int = 30
    ) {
        self.application = application
        self.backend = backend
        self.clock = clock
        self.maxFramesPerSecond = max(1, maxFramesPerSecond)
        self.mailbox = Mailbox(backend: backend)
        self.previousFrame = Buffer(width: 0, height: 0)
        self.nextFrame = Buffer(width: 0, height: 0)
    }

    /// Runs until `update` returns a quit command (or the backend's input closes with
    /// nothing left to do). Background work still running is asked to cancel.
    ///
    /// Before the first frame the application gets the start command's effects and then a
    /// `.resize` event with the initial size, so its layout hints are right from the start.
    public func run() {
        perform(application.start())
        let size = backend.size
        if let message = application.message(for: .resize(width: size.width, height: size.height)) {
            apply(message)
        }
        while !quitRequested {
            processQueuedMessages()
            fireDueTimers()
            if quitRequested { break }
            let now = clock.milliseconds
            if dirty && now >= nextFrameAllowed {
                render()
                nextFrameAllowed = now + Int64((1000 + maxFramesPerSecond - 1) / maxFramesPerSecond)
            }
            let status = mailbox.status
            if status.queued > 0 || !pending.isEmpty { continue }
            if backend.isInputClosed && timers.isEmpty && status.running == 0 { break }
            // With input closed and a worker running this blocks until the worker posts or
            // finishes (each wakes the backend); a stale wake-up just comes round again.
            if let event = backend.readEvent(timeoutMilliseconds: waitLimit(now: now)) {
                handle(event)
            }
        }
        if dirty && !quitRequested { render() }
        for flag in workers.values { flag.cancel() }
        workers.removeAll()
    }

    /// How long the loop may block: until the next timer or allowed frame, or forever.
    private func waitLimit(now: Int64) -> Int? {
        var limit: Int64? = nil
        if dirty { limit = max(0, nextFrameAllowed - now) }
        if let soonest = timers.map(\.deadline).min() {
            limit = min(limit ?? Int64.max, max(0, soonest - now))
        }
        return limit.map { Int(clamping: $0) }
    }

    private func handle(_ event: Event) {
        if case .resize = event {
            // The screen's contents are unknown after a resize: draw everything again.
            backend.invalidate()
            previousFrame = Buffer(width: 0, height: 0)
            dirty = true
        }
        if let message = application.message(for: event) { apply(message) }
    }

    private func apply(_ message: App.Message) {
        let command = application.update(message)
        dirty = true
        perform(command)
    }

    private func processQueuedMessages() {
        pending.append(contentsOf: mailbox.drain())
        while !pending.isEmpty && !quitRequested {
            apply(pending.removeFirst())
        }
    }

    private func fireDueTimers() {
        let now = clock.milliseconds
        let due = timers.filter { $0.deadline <= now }.sorted {
            ($0.deadline, $0.sequence) < ($1.deadline, $1.sequence)
        }
        guard !due.isEmpty else { return }
        timers.removeAll { $0.deadline <= now }
        for timer in due where !quitRequested {
            apply(timer.message)
            processQueuedMessages()
        }
    }

    private func perform(_ command: Command<App.Message>) {
        for effect in command.effects {
            switch effect {
            case .quit:
                quitRequested = true
            case .send(let message):
                pending.append(message)
            case .after(let delay, let message):
                timerSequence += 1
                timers.append(
                    Timer(
                        deadline: clock.milliseconds + Int64(delay), sequence: timerSequence,
                        message: message))
            case .cancel(let id):
                workers.removeValue(forKey: id)?.cancel()
            case .background(let id, let work):
                startWorker(id: id, work: work)
            case .foreground(let work):
                backend.suspend()
                let message = work()
                backend.resume()
                // What the other program left on the screen is unknown: draw everything.
                backend.invalidate()
                previousFrame = Buffer(width: 0, height: 0)
                dirty = true
                if let message { pending.append(message) }
            }
        }
    }

    private func startWorker(id: String, work: @escaping @Sendable (BackgroundContext<App.Message>) -> Void) {
        let flag = CancellationFlag()
        workers.removeValue(forKey: id)?.cancel()
        workers[id] = flag
        let mailbox = self.mailbox
        let context = BackgroundContext<App.Message>(
            post: { mailbox.post($0) }, isCancelled: { flag.isCancelled })
        mailbox.workerStarted()
        let thread = Thread {
            work(context)
            mailbox.workerFinished()
        }
        thread.name = "dltutor.background.\(id)"
        thread.start()
    }

    private func render() {
        let size = backend.size
        let area = Rect(x: 0, y: 0, width: size.width, height: size.height)
        if previousFrame.area != area {
            previousFrame = Buffer(width: 0, height: 0)
        }
        nextFrame.reset(to: area)
        application.view(into: &nextFrame)
        let updates = nextFrame.updates(since: previousFrame)
        if !updates.isEmpty { backend.draw(updates) }
        backend.setCursor(nextFrame.cursor.map { (x: $0.x, y: $0.y) })
        backend.flush()
        swap(&previousFrame, &nextFrame)
        dirty = false
        framesDrawn += 1
    }
}
