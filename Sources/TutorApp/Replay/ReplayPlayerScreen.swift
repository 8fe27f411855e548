import Foundation
import Plot
import TerminalCore

/// Plays a recorded trace back with the same pictures as the live screens: play/pause,
/// step forward and back, speed, and scrubbing with a position bar.
public struct ReplayPlayerScreen: ClosableScreen {
    /// Everything that can happen to the player.
    public enum Message: Sendable, Hashable {
        /// Space: play or pause.
        case togglePlay
        /// `.`/`n` and `,`/`p`: one frame forward or back (pauses).
        case stepBy(Int)
        /// ←/→ and PgUp/PgDn: jump by this many twentieths of the trace.
        case jump(Int)
        /// Home/End: to the first or last frame.
        case seekStart, seekEnd
        /// `+`/`-`: faster or slower.
        case faster, slower
        /// A timer tick of the given play session.
        case tick(Int)
        /// ↑/↓: scroll a lab's recorded verdict by this many rows.
        case scrollVerdict(Int)
        /// `?`: show or hide the key help.
        case toggleHelp
        /// `q`/Esc: leave.
        case close
    }

    /// Playback speeds: milliseconds between ticks and frames per tick.
    public static let speeds: [(milliseconds: Int, frames: Int)] = [
        (200, 1), (100, 1), (50, 1), (33, 2), (33, 5), (33, 20),
    ]

    /// The trace being played.
    public let trace: Trace
    /// The frame shown, from 0 to `frameCount - 1`.
    public private(set) var position: Int
    /// Whether frames advance on a timer.
    public private(set) var isPlaying: Bool
    /// The index into `speeds`.
    public private(set) var speedIndex: Int
    /// The first shown row of a lab's recorded verdict (long reports scroll with ↑/↓).
    public private(set) var verdictScroll: Int
    /// Whether the help overlay is shown.
    public private(set) var isShowingHelp: Bool
    /// Whether the learner asked to leave.
    public private(set) var wantsToClose: Bool
    /// Colours and markers.
    public var theme: PlotTheme
    let timeline: ReplayTimeline
    private var playSession: Int
    private let fields: [String: Field2D]

    /// A player for `trace`, at its start; `autoplay` starts playing when the program starts.
    public init(trace: Trace, theme: PlotTheme = .standard, autoplay: Bool = true) {
        self.trace = trace
        timeline = ReplayTimeline(trace: trace)
        position = 0
        isPlaying = autoplay
        speedIndex = 2
        verdictScroll = 0
        isShowingHelp = false
        wantsToClose = false
        self.theme = theme
        playSession = 0
        var fields: [String: Field2D] = [:]
        for segment in timeline.segments where fields[segment.reset.surface] == nil {
            if let surface = LossSurface.named(segment.reset.surface) {
                fields[surface.id] = VisualizerScreen.sample(surface)
            }
        }
        self.fields = fields
    }

    /// How many frames the trace has.
    public var frameCount: Int { timeline.frameCount }

    /// Starts the playback timer when autoplaying.
    public func start() -> Command<Message> {
        isPlaying ? .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(playSession)) : .none
    }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if isShowingHelp, message != .toggleHelp {
            if case .tick = message {
            } else {
                isShowingHelp = false
                return .none
            }
        }
        switch message {
        case .togglePlay:
            if isPlaying {
                isPlaying = false
                return .none
            }
            if position >= frameCount - 1 { position = 0 }
            isPlaying = true
            playSession += 1
            return .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(playSession))
        case .stepBy(let delta):
            isPlaying = false
            seek(position + delta)
        case .jump(let twentieths):
            seek(position + twentieths * max(1, frameCount / 20))
        case .seekStart:
            seek(0)
        case .seekEnd:
            seek(frameCount - 1)
        case .faster:
            speedIndex = min(speedIndex + 1, Self.speeds.count - 1)
        case .slower:
            speedIndex = max(speedIndex - 1, 0)
        case .tick(let session):
            guard isPlaying, session == playSession else { return .none }
            seek(position + Self.speeds[speedIndex].frames)
            if position >= frameCount - 1 {
                isPlaying = false
                return .none
            }
            return .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(playSession))
        case .scrollVerdict(let rows):
            guard let message = timeline.labState(at: position).result?.message else { return .none }
            verdictScroll = LabVerdictPane.clampedScroll(verdictScroll + rows, message: message)
        case .toggleHelp:
            isShowingHelp.toggle()
        case .close:
            isPlaying = false
            wantsToClose = true
        }
        return .none
    }

    private mutating func seek(_ frame: Int) {
        position = min(max(frame, 0), frameCount - 1)
    }

    /// Maps keys to messages.
    public func message(for event: Event) -> Message? {
        guard case .key(let key) = event else { return nil }
        // Any key closes the help overlay, mapped or not.
        if isShowingHelp { return .toggleHelp }
        switch key {
        case .character(" "): return .togglePlay
        case .character("."), .character("n"): return .stepBy(1)
        case .character(","), .character("p"): return .stepBy(-1)
        case .right: return .jump(1)
        case .left: return .jump(-1)
        case .pageDown: return .jump(5)
        case .pageUp: return .jump(-5)
        case .down, .character("j"): return .scrollVerdict(1)
        case .up, .character("k"): return .scrollVerdict(-1)
        case .home: return .seekStart
        case .end: return .seekEnd
        case .character("+"), .character("="): return .faster
        case .character("-"), .character("_"): return .slower
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .escape: return .close
        default: return nil
        }
    }

    /// The footer's hints.
    public var keyHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", isPlaying ? "pause" : "play"), KeyHints.Hint(", .", "step"),
            KeyHints.Hint("←→", "scrub"), KeyHints.Hint("Home End", "ends"), KeyHints.Hint("+-", "speed"),
            KeyHints.Hint("?", "help"), KeyHints.Hint("q", "back"),
        ]
    }

    /// Every key, for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        [
            KeyHints.Hint("space", "play / pause"),
            KeyHints.Hint(". n", "one step forward"),
            KeyHints.Hint(", p", "one step back"),
            KeyHints.Hint("← →", "jump back / forward by a twentieth"),
            KeyHints.Hint("PgUp PgDn", "jump by a quarter"),
            KeyHints.Hint("Home End", "to the start / the end"),
            KeyHints.Hint("+ -", "faster / slower"),
            KeyHints.Hint("↑ ↓", "scroll a lab's verdict"),
            KeyHints.Hint("? F1", "this help"),
            KeyHints.Hint("q Esc", "leave the replay"),
        ]
    }

    /// The field of surface `id`, when known.
    func field(for id: String) -> Field2D? { fields[id] }
}
