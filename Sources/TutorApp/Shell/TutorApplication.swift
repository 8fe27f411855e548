import TerminalCore

/// The whole tutor as one Elm-style application: the screen being shown, the help overlay,
/// and the keys that work everywhere (Ctrl-C quits from anywhere, `?` opens help).
/// For now the only screen is the home screen; lesson screens will be added beside it.
public struct TutorApplication: Application {
    /// What can happen: a key, or the wheel moving by some rows (negative: up).
    public enum Message: Hashable, Sendable {
        case key(Key)
        case scroll(Int)
    }

    /// The smallest terminal the screens are laid out for; below it a notice is shown.
    public static let minimumSize = (width: 60, height: 18)

    /// The home screen's state.
    public var home: HomeScreen
    /// Whether the help overlay covers the screen.
    public var isShowingHelp: Bool

    /// A tutor starting on `home`.
    public init(home: HomeScreen = HomeScreen()) {
        self.home = home
        self.isShowingHelp = false
    }

    /// Keys and wheel events become messages; resizes need none (the view reads its size).
    public func message(for event: Event) -> Message? {
        switch event {
        case .key(let key): return .key(key)
        case .mouse(.scrollUp): return .scroll(-1)
        case .mouse(.scrollDown): return .scroll(1)
        case .mouse(.press), .resize, .tick: return nil
        }
    }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        switch message {
        case .key(.ctrl("c")):
            return .quit
        case .key(let key) where isShowingHelp:
            // Any key closes help; it never does anything else.
            _ = key
            isShowingHelp = false
        case .key(.character("?")), .key(.function(1)):
            isShowingHelp = true
        case .key(.character("q")), .key(.escape):
            return .quit
        case .key(let key):
            _ = home.handle(key)
        case .scroll(let rows):
            if !isShowingHelp { home.moveSelection(by: rows) }
        }
        return .none
    }

    /// The footer's hints: the screen's own keys, then help and quit.
    public var footerHints: [KeyHints.Hint] {
        home.keyHints + [KeyHints.Hint("?", "help"), KeyHints.Hint("q", "quit")]
    }

    /// Every key, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        home.helpHints + [
            KeyHints.Hint("? F1", "show this help"),
            KeyHints.Hint("q Esc", "quit"),
            KeyHints.Hint("Ctrl-C", "quit from anywhere"),
            KeyHints.Hint("Ctrl-Z", "suspend to the shell (fg resumes)"),
        ]
    }
}
