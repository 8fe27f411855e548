import TerminalCore

/// Plays a recorded visual session back inside the visual itself: the screen is rebuilt
/// from its starting state and the trace's actions are applied one at a time, on a timer or
/// by hand, forward and back. This is what a lesson shows when the learner asks to replay a
/// visualization. Embed it like any `ClosableScreen`.
///
/// Keys: Space play/pause, `→`/`n` one action forward, `←`/`p` one back, Home/End first/last,
/// `+`/`-` speed, `?` help, `q` back.
public struct VisualReplayScreen<Screen: VisualScreen>: ClosableScreen {
    /// Everything that can happen to the player.
    public enum Message: Sendable, Hashable {
        /// Space: play or pause.
        case togglePlay
        /// Move by `delta` actions (pauses).
        case step(Int)
        /// Home / End: the first or the last state.
        case jump(toEnd: Bool)
        /// `+` / `-`: faster or slower.
        case changeSpeed(Int)
        /// A timer tick of play session `session`.
        case tick(session: Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close
    }

    /// Milliseconds between actions at each speed.
    public static var speeds: [Int] { [1000, 500, 250, 100] }

    /// The state before any action.
    public let initial: Screen
    /// The recorded actions.
    public let actions: [Screen.Message]
    /// How many actions are applied to `initial` in `current`.
    public private(set) var position: Int
    /// The screen after `position` actions.
    public private(set) var current: Screen
    /// Whether actions are applied on a timer.
    public private(set) var isPlaying: Bool
    /// The index into `speeds`.
    public private(set) var speedIndex: Int
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    private var playSession: Int

    /// A player for `trace`, starting from `initial` (a screen built with the trace's settings).
    /// - Throws: `VisualTraceError` when the trace is for another visual or has unknown actions.
    public init(initial: Screen, trace: VisualTrace) throws(VisualTraceError) {
        guard trace.visual == Screen.visualID else {
            throw VisualTraceError.wrongVisual(expected: Screen.visualID, found: trace.visual)
        }
        self.initial = initial
        actions = try trace.messages(as: Screen.Message.self)
        position = 0
        current = initial
        isPlaying = false
        speedIndex = 1
        playSession = 0
    }

    /// Starts paused at the first state.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(
            isKey: !isTick(message), isHelpOrClose: message == .toggleHelp || message == .close)
        {
            return .none
        }
        switch message {
        case .togglePlay:
            if isPlaying {
                isPlaying = false
            } else {
                if position >= actions.count { seek(0) }
                isPlaying = true
                playSession += 1
                return .after(milliseconds: Self.speeds[speedIndex], .tick(session: playSession))
            }
        case .step(let delta):
            isPlaying = false
            seek(position + delta)
        case .jump(let toEnd):
            isPlaying = false
            seek(toEnd ? actions.count : 0)
        case .changeSpeed(let delta):
            speedIndex = min(max(0, speedIndex + delta), Self.speeds.count - 1)
        case .tick(let session):
            guard isPlaying, session == playSession else { return .none }
            seek(position + 1)
            guard position < actions.count else {
                isPlaying = false
                return .none
            }
            return .after(milliseconds: Self.speeds[speedIndex], .tick(session: playSession))
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            if helpBox.close() {
                isPlaying = false
            }
        }
        return .none
    }

    private func isTick(_ message: Message) -> Bool {
        if case .tick = message { return true }
        return false
    }

    /// Rebuilds `current` at `target` (clamped): forward from here, or from the start when
    /// going back, since the screens can only be driven forward.
    private mutating func seek(_ target: Int) {
        let clamped = min(max(0, target), actions.count)
        if clamped < position {
            current = initial
            position = 0
        }
        while position < clamped {
            _ = current.update(actions[position])
            position += 1
        }
    }

    /// Maps keys to messages.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .right, .character("n"): return .step(1)
        case .left, .character("p"): return .step(-1)
        case .home: return .jump(toEnd: false)
        case .end: return .jump(toEnd: true)
        case .character("+"), .character("="): return .changeSpeed(1)
        case .character("-"), .character("_"): return .changeSpeed(-1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The replayed screen with a replay bar in place of its key hints.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        current.render(into: &buffer, area: area)
        let bar = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        let state = isPlaying ? "▶ replaying" : "❚❚ replay paused"
        let perSecond = 1000.0 / Double(Self.speeds[speedIndex])
        StatusLine(
            left: Line([
                Span(" \(state) ", style: ScreenStyle.heading),
                Span("action \(position)/\(actions.count) · \(ValueText.short(perSecond))/s"),
            ]),
            right: Line("space ▶  ← → step  + - speed  q back "), style: ScreenStyle.selection
        ).render(into: &buffer, area: bar)
        if isShowingHelp {
            Modal.help(
                title: "Replay keys",
                hints: [
                    KeyHints.Hint("space", "play / pause"), KeyHints.Hint("→ n", "one action forward"),
                    KeyHints.Hint("← p", "one action back"), KeyHints.Hint("Home End", "first / last state"),
                    KeyHints.Hint("+ -", "faster / slower"), KeyHints.Hint("? F1", "this help"),
                    KeyHints.Hint("q Esc", "back"),
                ]
            ).render(into: &buffer, area: area)
        }
    }
}
