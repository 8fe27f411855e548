import TerminalCore
import Testing

/// The example from TerminalCore.docc, compiled and run so the documentation stays true.
private struct Counter: Application {
    enum Message: Sendable {
        case increment, train
        case progress(Double)
        case quit
    }
    var count = 0
    var progress = 0.0

    func message(for event: Event) -> Message? {
        switch event {
        case .key(.character("+")): return .increment
        case .key(.character("t")): return .train
        case .key(.character("q")): return .quit
        default: return nil
        }
    }

    mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .increment: count += 1
        case .train:
            return .background(id: "train") { context in
                for step in 1...100 where !context.isCancelled {
                    context.post(.progress(Double(step) / 100))
                }
            }
        case .progress(let fraction): progress = fraction
        case .quit: return .quit
        }
        return .none
    }

    func view(into buffer: inout Buffer) {
        let rows = buffer.area.rows([.length(1), .fill(1), .length(1)])
        buffer.render(Paragraph("count: \(count)"), in: rows[0])
        buffer.render(ProgressBar(fraction: progress, label: "training"), in: rows[1])
        buffer.render(KeyHints([.init("+", "add"), .init("t", "train"), .init("q", "quit")]), in: rows[2])
    }
}

@Test func documentationExampleRuns() {
    let backend = TestBackend(width: 40, height: 3, events: [.key(.character("+")), .key(.character("t"))])
    let program = Program(Counter(), backend: backend, clock: backend.clock)
    program.run()
    #expect(program.application.count == 1)
    #expect(program.application.progress == 1)
    #expect(backend.lastFrame.contains("count: 1"))
    #expect(backend.lastFrame.contains("100%"))
}
