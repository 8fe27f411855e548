import TerminalCore

/// A message for whichever child screen is open, with its type erased so the tutor can hold
/// any `ClosableScreen` (a visual, the descent visualizer, a lab) without one case per kind.
public struct ChildMessage: Sendable {
    /// The child's own message.
    var value: any Sendable
    /// Which opening of a child it belongs to, so a timer of a closed screen is dropped.
    var generation: Int
}

/// A child screen shown on top of the reader or an exercise: a visual, the descent
/// visualizer or a lab. Keys and timer messages go to it until it asks to close.
public struct EmbeddedScreen: Sendable {
    /// The screen itself.
    public private(set) var screen: any ClosableScreen
    /// This opening's number (see `ChildMessage.generation`).
    public let generation: Int

    /// Wraps `screen` as opening number `generation`.
    public init(_ screen: any ClosableScreen, generation: Int) {
        self.screen = screen
        self.generation = generation
    }

    /// Whether the child asked to go back.
    public var wantsToClose: Bool { screen.wantsToClose }

    /// The child's start command (timers, first load), in the tutor's message type.
    public func start() -> Command<ChildMessage> {
        Self.start(screen, generation: generation)
    }

    /// The message the child makes of `event`, or nil when it ignores it.
    public func message(for event: Event) -> ChildMessage? {
        Self.message(screen, for: event, generation: generation)
    }

    /// Applies a message meant for this child; messages of an earlier child are ignored.
    public mutating func update(_ message: ChildMessage) -> Command<ChildMessage> {
        guard message.generation == generation else { return .none }
        let (updated, command) = Self.update(screen, message, generation: generation)
        screen = updated
        return command
    }

    /// Draws the child into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        screen.render(into: &buffer, area: area)
    }

    private static func start<S: ClosableScreen>(_ screen: S, generation: Int) -> Command<ChildMessage> {
        screen.start().map { ChildMessage(value: $0, generation: generation) }
    }

    private static func message<S: ClosableScreen>(
        _ screen: S, for event: Event, generation: Int
    ) -> ChildMessage? {
        screen.message(for: event).map { ChildMessage(value: $0, generation: generation) }
    }

    private static func update<S: ClosableScreen>(
        _ screen: S, _ message: ChildMessage, generation: Int
    ) -> (any ClosableScreen, Command<ChildMessage>) {
        guard let inner = message.value as? S.Message else { return (screen, .none) }
        var copy = screen
        let command = copy.update(inner).map { ChildMessage(value: $0, generation: generation) }
        return (copy, command)
    }
}
