import TerminalCore

/// A screen that can be embedded in a parent or run on its own: instead of quitting the
/// program, `q`/Esc set `wantsToClose` and the parent decides where to go.
///
/// Embedding, in a parent's model: keep the child, wrap its messages, forward events and
/// commands, and draw it into the parent's area:
/// ```swift
/// case .key(let key):  // in the parent's update, while the child is shown
///     guard let message = visualizer.message(for: .key(key)) else { return .none }
///     let command = visualizer.update(message).map(Parent.Message.visualizer)
///     if visualizer.wantsToClose { screen = .home }
///     return command
/// // in the parent's view:
/// visualizer.render(into: &buffer, area: contentArea)
/// ```
public protocol ClosableScreen: Application, Sendable {
    /// Whether the learner asked to leave this screen.
    var wantsToClose: Bool { get }
    /// Draws the screen into `area` of `buffer` (the whole screen when run on its own).
    func render(into buffer: inout Buffer, area: Rect)
}

extension ClosableScreen {
    /// Draws into the whole buffer.
    public func view(into buffer: inout Buffer) {
        render(into: &buffer, area: buffer.area)
    }
}

/// Runs one `ClosableScreen` as the whole program: quits when it wants to close or on Ctrl-C.
public struct StandaloneScreen<Screen: ClosableScreen>: Application {
    /// The screen's messages, or a quit from Ctrl-C.
    public enum Message: Sendable {
        case screen(Screen.Message)
        case quit
    }

    /// The screen being run.
    public private(set) var screen: Screen

    /// Runs `screen`.
    public init(_ screen: Screen) {
        self.screen = screen
    }

    /// The screen's start command.
    public func start() -> Command<Message> {
        screen.start().map { Message.screen($0) }
    }

    /// Ctrl-C quits; everything else goes to the screen.
    public func message(for event: Event) -> Message? {
        if case .key(.ctrl("c")) = event { return .quit }
        return screen.message(for: event).map { Message.screen($0) }
    }

    /// Forwards to the screen and quits once it wants to close.
    public mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .quit:
            return .quit
        case .screen(let inner):
            let command = screen.update(inner).map { Message.screen($0) }
            return screen.wantsToClose ? .batch([command, .quit]) : command
        }
    }

    /// The screen, full size.
    public func view(into buffer: inout Buffer) {
        screen.render(into: &buffer, area: buffer.area)
    }
}
