import Foundation
import Plot
import TensorEngine
import TerminalCore

/// Stage 2's sampling visual: samples from a distribution, drawn with the engine's seeded
/// `RandomGenerator`, tallied into a histogram (in density units) under the true density; as
/// n grows the bars settle onto the curve (the law of large numbers, bin by bin).
///
/// Keys: `m`/Enter ×10 samples, Space plays/pauses steady growth, `d`/`D` next/previous
/// distribution, `r` reset, `?` help, `q` back.
public struct SamplingHistogramScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// `m`/Enter: ten times as many samples (the first press draws 10).
        case moreSamples
        /// One step of automatic growth (what each timer tick does while playing).
        case grow
        /// Space: start or stop automatic growth.
        case togglePlay
        /// A timer tick of play session `session` (stale ones are ignored).
        case tick(session: Int)
        /// `r`: drop every sample.
        case reset
        /// `d`/`D`: the next or previous distribution (starts over).
        case cycleDistribution(Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token: ticks are recorded as the growth they caused, and starting or
        /// stopping play changes nothing on screen but the status, so it is not recorded.
        public var traceToken: String? {
            switch self {
            case .moreSamples: "more"
            case .grow: "grow"
            case .reset: "reset"
            case .cycleDistribution(let delta): "distribution \(delta)"
            case .tick, .togglePlay, .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            switch traceToken {
            case "more": self = .moreSamples
            case "grow": self = .grow
            case "reset": self = .reset
            default:
                guard let step = NamedStep(traceToken), step.name == "distribution" else { return nil }
                self = .cycleDistribution(step.value)
            }
        }
    }

    /// The id in traces.
    public static let visualID = "sampling-histogram"
    /// The title bar text.
    public static let visualTitle = "Sampling · a histogram converging to its density"
    /// The most samples kept (auto-growth pauses there).
    public static let maximumSamples = 1_000_000
    /// Milliseconds between growth steps while playing.
    public static let tickMilliseconds = 120

    /// The distribution sampled.
    public private(set) var distribution: SamplingDistribution
    /// The samples so far.
    public private(set) var tally: SampleTally
    /// Whether samples are being added on a timer.
    public private(set) var isPlaying: Bool
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// The seed the generator started from.
    public let seed: UInt64
    private var generator: RandomGenerator
    private var playSession: Int
    /// Colours and markers for the plots (set `.monochrome` or an ASCII marker for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen sampling `distribution` with a generator seeded by `seed`, no samples yet.
    public init(
        distribution: SamplingDistribution = .gaussian, seed: UInt64 = 7,
        recordingTo sink: (any VisualTraceSink)? = nil
    ) {
        self.distribution = distribution
        tally = SampleTally(for: distribution)
        isPlaying = false
        notice = "no samples yet: m draws 10, space grows them steadily"
        self.seed = seed
        generator = RandomGenerator(seed: seed)
        playSession = 0
        self.sink = sink
    }

    /// The distribution and seed (a replay draws the very same samples).
    public var traceSettings: [String: String] { ["distribution": distribution.rawValue, "seed": "\(seed)"] }

    /// Total variation distance ½∑|frequency − probability| between the histogram and the
    /// truth over the bins (1 before any sample).
    public var totalVariation: Double {
        guard tally.count > 0 else { return 1 }
        let frequencies = tally.frequencies
        return 0.5
            * frequencies.indices.reduce(0) { $0 + abs(frequencies[$1] - distribution.binProbability($1)) }
    }

    /// Nothing to start.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(
            isKey: !isTick(message), isHelpOrClose: message == .toggleHelp || message == .close)
        {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        switch message {
        case .moreSamples:
            draw(upTo: max(10, tally.count * 10))
        case .grow:
            // About 20 steps per factor of ten: slow enough to watch the bars settle.
            draw(upTo: max(tally.count + 1, Int((Double(tally.count) * 1.12).rounded(.up))))
        case .togglePlay:
            if isPlaying {
                isPlaying = false
                notice = "paused"
            } else {
                guard tally.count < Self.maximumSamples else {
                    notice = "the maximum of \(Self.maximumSamples) samples is reached: r resets"
                    return .none
                }
                isPlaying = true
                notice = nil
                playSession += 1
                return .after(milliseconds: Self.tickMilliseconds, .tick(session: playSession))
            }
        case .tick(let session):
            guard isPlaying, session == playSession else { return .none }
            _ = update(.grow)
            guard isPlaying else { return .none }
            return .after(milliseconds: Self.tickMilliseconds, .tick(session: playSession))
        case .reset:
            tally = SampleTally(for: distribution)
            isPlaying = false
            notice = "no samples: m draws 10"
        case .cycleDistribution(let delta):
            let all = SamplingDistribution.allCases
            let index = all.firstIndex(of: distribution) ?? 0
            distribution = all[((index + delta) % all.count + all.count) % all.count]
            tally = SampleTally(for: distribution)
            isPlaying = false
            notice = nil
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

    /// Adds samples until there are `target` (at most the maximum), pausing at the maximum.
    private mutating func draw(upTo target: Int) {
        let goal = min(target, Self.maximumSamples)
        while tally.count < goal {
            tally.add(distribution.sample(using: &generator))
        }
        if tally.count >= Self.maximumSamples {
            if isPlaying { isPlaying = false }
            notice = "\(Self.maximumSamples) samples: the maximum"
        } else {
            notice = nil
        }
    }
}
