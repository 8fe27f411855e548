/// A screen or whole program in the Elm style: the conforming value is the model,
/// `update` changes it in response to a message and returns the effects to run, and `view`
/// draws it. Nothing here touches a terminal, so every behaviour is a replayable script of
/// messages and every screen can be drawn into a plain `Buffer` for a snapshot.
public protocol Application {
    /// What can happen to the model: decoded keys, timer ticks, results of background work.
    associatedtype Message: Sendable

    /// The command to run when the program starts (load data, start a tick). Defaults to none.
    func start() -> Command<Message>

    /// Applies `message` to the model and returns the effects to perform. Must be pure:
    /// no I/O, no clocks; ask for those through the returned command.
    mutating func update(_ message: Message) -> Command<Message>

    /// Draws the model into `buffer`, which covers the whole screen and starts blank.
    /// Set `buffer.cursor` to show the text cursor.
    func view(into buffer: inout Buffer)

    /// The message for a terminal event, or nil to ignore it. Resize events arrive here
    /// too (after the program has resized its buffers), so layouts can react.
    func message(for event: Event) -> Message?
}

extension Application {
    /// No start-up effects.
    public func start() -> Command<Message> { .none }

    /// Applies `messages` in order, following messages sent with `Command.send` the way the
    /// program would, and returns every command `update` returned (timers and background
    /// work are not run). This is how tests replay a script without any backend.
    @discardableResult
    public mutating func replay(_ messages: [Message]) -> [Command<Message>] {
        var queue = messages
        var commands: [Command<Message>] = []
        var index = 0
        while index < queue.count {
            let command = update(queue[index])
            commands.append(command)
            queue.insert(contentsOf: command.sentMessages, at: index + 1)
            index += 1
            if command.quits { break }
        }
        return commands
    }

    /// Maps each event to its message and replays those that map to one.
    @discardableResult
    public mutating func replay(events: [Event]) -> [Command<Message>] {
        replay(events.compactMap { message(for: $0) })
    }

    /// The view drawn into a fresh buffer of the given size.
    public func rendered(width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        view(into: &buffer)
        return buffer
    }
}
