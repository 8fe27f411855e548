import TerminalCore
import Testing

/// A tiny application: a counter, a ticking clock, and a background job that counts to 3.
private struct CounterApp: Application {
    enum Message: Sendable, Equatable {
        case increment, quit, startJob
        case progress(Int)
        case jobDone, tick, startTicking
    }

    var count = 0
    var progress: [Int] = []
    var jobFinished = false
    var ticks = 0
    var size = (width: 0, height: 0)

    mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .increment:
            count += 1
            return .none
        case .quit:
            return .quit
        case .startJob:
            return .background(id: "job") { context in
                for step in 1...3 { context.post(.progress(step)) }
                context.post(.jobDone)
            }
        case .progress(let step):
            progress.append(step)
            return .none
        case .jobDone:
            jobFinished = true
            return .none
        case .startTicking:
            return .after(milliseconds: 100, .tick)
        case .tick:
            ticks += 1
            return ticks < 3 ? .after(milliseconds: 100, .tick) : .none
        }
    }

    func view(into buffer: inout Buffer) {
        buffer.setString("count \(count) ticks \(ticks)", x: 0, y: 0)
        buffer.setString("job \(progress.map(String.init).joined(separator: ","))", x: 0, y: 1)
        if jobFinished { buffer.setString("done", x: 0, y: 2) }
        buffer.cursor = Position(x: 1, y: 1)
    }

    func message(for event: Event) -> Message? {
        switch event {
        case .key(.character("+")): return .increment
        case .key(.character("q")): return .quit
        case .key(.character("j")): return .startJob
        case .key(.character("t")): return .startTicking
        default: return nil
        }
    }
}

@Test func programDrawsAFramePerKeyAndQuits() {
    let backend = TestBackend(
        width: 20, height: 3, events: [.key(.character("+")), .key(.character("+")), .key(.character("q"))])
    let program = Program(CounterApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.count == 2)
    #expect(backend.frames.count == 3)
    #expect(backend.frames.first?.hasPrefix("count 0") == true)
    #expect(backend.frames.last?.hasPrefix("count 2") == true)
    #expect(backend.cursor == Position(x: 1, y: 1))
}

@Test func programSendsOnlyChangedCells() {
    let backend = TestBackend(width: 20, height: 3, events: [.key(.character("+"))])
    let program = Program(CounterApp(), backend: backend, clock: backend.clock)
    program.run()
    // The first frame is drawn in full; the second changes one digit.
    #expect(backend.updatesPerFrame == [60, 1])
}

@Test func programCoalescesFastInputIntoFewerFrames() {
    let backend = TestBackend(
        width: 20, height: 3, events: Array(repeating: .key(.character("+")), count: 10), keyInterval: 1)
    let program = Program(CounterApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.count == 10)
    // Ten keys arrive within 10 ms: far fewer frames than keys, but the last one is right.
    #expect(backend.frames.count < 5)
    #expect(backend.lastFrame.hasPrefix("count 10"))
}

@Test func programDeliversBackgroundMessages() {
    let backend = TestBackend(width: 20, height: 3, events: [.key(.character("j"))])
    let program = Program(CounterApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.progress == [1, 2, 3])
    #expect(program.application.jobFinished)
    #expect(backend.lastFrame.contains("job 1,2,3"))
    #expect(backend.lastFrame.contains("done"))
}

@Test func programRunsTimersOnVirtualTime() {
    let backend = TestBackend(width: 20, height: 3, events: [.key(.character("t"))])
    let program = Program(CounterApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.ticks == 3)
    #expect(backend.lastFrame.hasPrefix("count 0 ticks 3"))
    #expect(backend.clock.milliseconds >= 350)
}

@Test func programRedrawsEverythingAfterResize() {
    let backend = TestBackend(
        width: 20, height: 3, events: [.resize(width: 30, height: 4), .key(.character("q"))])
    let program = Program(CounterApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(backend.invalidations == 1)
    #expect(backend.updatesPerFrame == [60, 120])
    #expect(backend.frameBuffers.last?.area.width == 30)
}

@Test func replayAppliesMessagesWithoutABackend() {
    var app = CounterApp()
    let commands = app.replay(events: [.key(.character("+")), .key(.character("x")), .key(.character("q"))])
    #expect(app.count == 1)
    #expect(commands.count == 2)
    #expect(commands.last?.quits == true)
    #expect(app.rendered(width: 12, height: 1).text == "count 1 tick")
}

@Test func mappedCommandsWrapChildMessages() {
    enum Parent: Sendable, Equatable { case child(CounterApp.Message) }
    let command = Command<CounterApp.Message>.batch([.send(.increment), .after(milliseconds: 5, .tick)])
    let mapped = command.map { Parent.child($0) }
    #expect(mapped.sentMessages == [.child(.increment)])
    #expect(mapped.scheduledMessages.map(\.message) == [.child(.tick)])
}

/// Records the sizes it is told about.
private struct SizeWatcher: Application {
    var sizes: [String] = []
    mutating func update(_ message: String) -> Command<String> {
        sizes.append(message)
        return .none
    }
    func view(into buffer: inout Buffer) { buffer.setString(sizes.joined(separator: " "), x: 0, y: 0) }
    func message(for event: Event) -> String? {
        if case .resize(let width, let height) = event { return "\(width)x\(height)" }
        return nil
    }
}

@Test func applicationLearnsTheInitialSizeBeforeTheFirstFrame() {
    let backend = TestBackend(width: 20, height: 2, events: [.resize(width: 16, height: 3)])
    let program = Program(SizeWatcher(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.sizes == ["20x2", "16x3"])
    #expect(backend.frames.first?.hasPrefix("20x2 ") == true)
}

@Test func listFollowsTheMouseWheel() {
    var state = ListState(selected: 0, viewportHeight: 3)
    state.handle(Event.mouse(.scrollDown(x: 0, y: 0)), count: 5)
    state.handle(Event.mouse(.scrollDown(x: 0, y: 0)), count: 5)
    #expect(state.selected == 2)
    state.handle(Event.mouse(.scrollUp(x: 0, y: 0)), count: 5)
    #expect(state.selected == 1)
    #expect(state.handle(Event.tick, count: 5) == false)
}
