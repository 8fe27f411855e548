import TerminalCore
import Testing

/// An application that hands the terminal to "another program" (a closure here) and counts
/// what it gets back.
private struct ForegroundApp: Application {
    enum Message: Sendable, Equatable {
        case edit
        case edited(Int)
        case quit
    }

    var results: [Int] = []

    func message(for event: Event) -> Message? {
        switch event {
        case .key(.character("e")): .edit
        case .key(.character("q")): .quit
        default: nil
        }
    }

    mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .edit: return .foreground { .edited(42) }
        case .edited(let value): results.append(value)
        case .quit: return .quit
        }
        return .none
    }

    func view(into buffer: inout Buffer) {
        buffer.setString("results: \(results)", x: 0, y: 0)
    }
}

@Test func foregroundWorkRunsAndItsMessageIsDeliveredThenTheScreenIsRedrawn() {
    let backend = TestBackend(width: 30, height: 2, events: [.key(.character("e")), .key(.character("q"))])
    let program = Program(ForegroundApp(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.results == [42])
    #expect(backend.lastFrame.hasPrefix("results: [42]"))
}

@Test func foregroundCommandsMapIntoAParentsMessages() {
    let child = Command<Int>.foreground { 7 }
    let parent = child.map { "got \($0)" }
    guard case .foreground(let work) = parent.effects.first else {
        Issue.record("the mapped command lost its foreground effect")
        return
    }
    #expect(work() == "got 7")
}
