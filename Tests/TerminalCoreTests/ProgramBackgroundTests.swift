import Foundation
import TerminalCore
import Testing

/// An application whose background job runs until it is cancelled, so the tests can check
/// that keys are handled while it runs and that cancelling reaches the worker.
private struct LongJobApp: Application {
    enum Message: Sendable, Equatable {
        case start, cancel, key, heartbeat, stopped, started
    }

    var started = false
    var keysWhileRunning = 0
    var running = false
    var stopped = false

    func start() -> Command<Message> { .send(.started) }

    mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .started:
            started = true
            return .none
        case .start:
            running = true
            return .background(id: "train") { context in
                context.post(.heartbeat)
                while !context.isCancelled { Thread.sleep(forTimeInterval: 0.001) }
                context.post(.stopped)
            }
        case .key:
            if running { keysWhileRunning += 1 }
            return .none
        case .heartbeat:
            return .none
        case .cancel:
            return .cancel(id: "train")
        case .stopped:
            running = false
            stopped = true
            return .quit
        }
    }

    func view(into buffer: inout Buffer) {
        buffer.setString(running ? "running \(keysWhileRunning)" : (stopped ? "stopped" : "idle"), x: 0, y: 0)
    }

    func message(for event: Event) -> Message? {
        switch event {
        case .key(.character("s")): return .start
        case .key(.character("c")): return .cancel
        case .key: return .key
        default: return nil
        }
    }
}

@Test func keysAreHandledWhileBackgroundWorkRunsAndCancelReachesIt() {
    let keys: [Event] = [.key(.character("s")), .key(.up), .key(.up), .key(.up), .key(.character("c"))]
    let backend = TestBackend(width: 12, height: 1, events: keys)
    let program = Program(LongJobApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.started)
    #expect(program.application.keysWhileRunning == 3)
    #expect(program.application.stopped)
    #expect(backend.frames.contains("running 3   "))
}

@Test func startCommandRunsBeforeTheFirstFrame() {
    let backend = TestBackend(width: 12, height: 1)
    let program = Program(LongJobApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.started)
    #expect(backend.frames == ["idle        "])
}

@Test func backgroundContextCanRunWorkSynchronouslyInTests() {
    final class Inbox: @unchecked Sendable {
        var messages: [Int] = []
    }
    let inbox = Inbox()
    let context = BackgroundContext<Int>(post: { inbox.messages.append($0) })
    let mapped: BackgroundContext<String> = context.map { $0.count }
    mapped.post("four")
    #expect(inbox.messages == [4])
    #expect(!mapped.isCancelled)
}

@Test func restartingWorkWithTheSameIDCancelsTheOldOne() {
    // The second "s" starts another "train" job; only cancelling the first can make it post
    // `.stopped`, which quits the program.
    let backend = TestBackend(width: 12, height: 1, events: [.key(.character("s")), .key(.character("s"))])
    let program = Program(LongJobApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.stopped)
    #expect(backend.lastFrame.hasPrefix("running"))
}
