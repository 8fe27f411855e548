import TerminalCore

/// Any lesson visual behind one type, so a lesson reader can hold whichever visual a step
/// names (`AnyVisualScreen?`) and forward events, commands and drawing without a switch.
///
/// Messages are the wrapped screen's own, boxed; a message from a different screen (a stale
/// timer after the learner switched steps) is ignored.
public struct AnyVisualScreen: ClosableScreen {
    /// A message of the wrapped screen.
    public struct Message: Sendable {
        fileprivate let payload: any Sendable
    }

    /// The wrapped screen's id (`linear-map`, ...).
    public var visualID: String { box.visualID }
    private var box: any VisualScreenBox

    /// Wraps `screen`.
    public init<Screen: VisualScreen>(_ screen: Screen) {
        box = ConcreteVisualBox(screen: screen)
    }

    /// The wrapped screen, for reading its state (cast to the concrete type).
    public var screen: any VisualScreen { box.anyScreen }

    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { box.wantsToClose }

    /// The settings a trace of this session starts from.
    public var traceSettings: [String: String] { box.anyScreen.traceSettings }

    /// The wrapped screen's start command.
    public func start() -> Command<Message> { box.start() }

    /// The wrapped screen's message for `event`.
    public func message(for event: Event) -> Message? { box.message(for: event) }

    /// Forwards to the wrapped screen.
    public mutating func update(_ message: Message) -> Command<Message> { box.update(message) }

    /// Draws the wrapped screen.
    public func render(into buffer: inout Buffer, area: Rect) { box.render(into: &buffer, area: area) }
}

/// What `AnyVisualScreen` needs from the screen it wraps.
private protocol VisualScreenBox: Sendable {
    var visualID: String { get }
    var anyScreen: any VisualScreen { get }
    var wantsToClose: Bool { get }
    func start() -> Command<AnyVisualScreen.Message>
    func message(for event: Event) -> AnyVisualScreen.Message?
    mutating func update(_ message: AnyVisualScreen.Message) -> Command<AnyVisualScreen.Message>
    func render(into buffer: inout Buffer, area: Rect)
}

private struct ConcreteVisualBox<Screen: VisualScreen>: VisualScreenBox {
    var screen: Screen

    var visualID: String { Screen.visualID }
    var anyScreen: any VisualScreen { screen }
    var wantsToClose: Bool { screen.wantsToClose }

    func start() -> Command<AnyVisualScreen.Message> {
        screen.start().map { AnyVisualScreen.Message(payload: $0) }
    }

    func message(for event: Event) -> AnyVisualScreen.Message? {
        screen.message(for: event).map { AnyVisualScreen.Message(payload: $0) }
    }

    mutating func update(_ message: AnyVisualScreen.Message) -> Command<AnyVisualScreen.Message> {
        guard let own = message.payload as? Screen.Message else { return .none }
        return screen.update(own).map { AnyVisualScreen.Message(payload: $0) }
    }

    func render(into buffer: inout Buffer, area: Rect) {
        screen.render(into: &buffer, area: area)
    }
}
