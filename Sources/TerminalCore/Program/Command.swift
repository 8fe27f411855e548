/// A side effect that `Application.update` asks the program to perform. Commands are
/// plain values: `update` stays pure and a test can inspect what it returned.
public struct Command<Message: Sendable>: Sendable {
    /// One effect; a command is a list of them, run in order.
    public enum Effect: Sendable {
        /// Stop the program.
        case quit
        /// Deliver a message right after the current update.
        case send(Message)
        /// Deliver a message once `milliseconds` have passed (ticks, animations, polling).
        case after(milliseconds: Int, Message)
        /// Run `work` on its own thread; it posts messages back through its context.
        /// Starting work with an `id` that is already running cancels the older one.
        case background(id: String, work: @Sendable (BackgroundContext<Message>) -> Void)
        /// Ask the background work with this id to stop (it sees `isCancelled`).
        case cancel(id: String)
        /// Release the terminal, run `work` on the loop's thread (another program such as an
        /// editor owns the terminal meanwhile), take the terminal back, redraw in full and
        /// deliver the message `work` returns. Background work keeps running meanwhile.
        case foreground(work: @Sendable () -> Message?)
    }

    /// The effects, in the order the program performs them.
    public let effects: [Effect]

    /// A command made of `effects`.
    public init(effects: [Effect]) {
        self.effects = effects
    }

    /// Does nothing.
    public static var none: Command { Command(effects: []) }

    /// Stops the program.
    public static var quit: Command { Command(effects: [.quit]) }

    /// Delivers `message` right after the current update.
    public static func send(_ message: Message) -> Command { Command(effects: [.send(message)]) }

    /// Delivers `message` after a delay: a one-shot timer. Re-issue it from `update` for a
    /// repeating tick, which keeps idle screens free of timers.
    public static func after(milliseconds: Int, _ message: Message) -> Command {
        Command(effects: [.after(milliseconds: max(0, milliseconds), message)])
    }

    /// Runs `work` off the main loop (a training run); it may post any number of messages.
    public static func background(
        id: String = "", _ work: @escaping @Sendable (BackgroundContext<Message>) -> Void
    ) -> Command {
        Command(effects: [.background(id: id, work: work)])
    }

    /// Hands the terminal to `work` (an external editor) and delivers what it returns.
    public static func foreground(_ work: @escaping @Sendable () -> Message?) -> Command {
        Command(effects: [.foreground(work: work)])
    }

    /// Asks running background work with this id to stop.
    public static func cancel(id: String) -> Command { Command(effects: [.cancel(id: id)]) }

    /// All the effects of `commands`, in order.
    public static func batch(_ commands: [Command]) -> Command {
        Command(effects: commands.flatMap(\.effects))
    }

    /// Whether running this command stops the program.
    public var quits: Bool {
        effects.contains { if case .quit = $0 { return true } else { return false } }
    }

    /// The messages sent immediately (`send`), for tests of `update`.
    public var sentMessages: [Message] {
        effects.compactMap { if case .send(let message) = $0 { return message } else { return nil } }
    }

    /// The messages scheduled with `after`, with their delays.
    public var scheduledMessages: [(milliseconds: Int, message: Message)] {
        effects.compactMap {
            if case .after(let delay, let message) = $0 { return (delay, message) } else { return nil }
        }
    }

    /// The ids of the background work this command starts.
    public var backgroundIDs: [String] {
        effects.compactMap { if case .background(let id, _) = $0 { return id } else { return nil } }
    }

    /// The same effects speaking a parent's message type, so a screen can embed a child
    /// component and wrap the child's messages.
    public func map<Parent: Sendable>(
        _ transform: @escaping @Sendable (Message) -> Parent
    ) -> Command<Parent> {
        Command<Parent>(
            effects: effects.map { effect -> Command<Parent>.Effect in
                switch effect {
                case .quit: return .quit
                case .send(let message): return .send(transform(message))
                case .after(let delay, let message): return .after(milliseconds: delay, transform(message))
                case .cancel(let id): return .cancel(id: id)
                case .background(let id, let work):
                    return .background(id: id) { context in work(context.map(transform)) }
                case .foreground(let work):
                    return .foreground(work: { work().map(transform) })
                }
            })
    }
}
