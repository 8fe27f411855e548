import Foundation
import Plot
import TerminalCore

/// Stage 5's sliding-kernel animation: a 3x3 kernel moves over a digit and the output map
/// fills in cell by cell, each cell the dot product of the kernel with the window under it.
/// The full map comes from the engine's `conv2d` and is checked against those dot products.
///
/// Keys: space play/pause, `n`/`→` one cell, `N`/`↓` one row, `p`/`←` back, `+`/`-` speed,
/// `k` next kernel, `d` next digit, `r` restart, `?` help, `q` back.
public struct SlidingKernelScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Space: play or pause.
        case togglePlay
        /// Move the kernel by `delta` output cells.
        case step(Int)
        /// `+`/`-`: faster or slower.
        case changeSpeed(Int)
        /// `k`/`K`: the next or previous kernel preset.
        case cycleKernel(Int)
        /// `d`/`D`: the next or previous digit.
        case cycleImage(Int)
        /// `r`: the kernel back to the top-left corner.
        case restart
        /// A timer tick of play session `session`.
        case tick(session: Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token (a tick records the step it made, see `update`).
        public var traceToken: String? {
            switch self {
            case .step(let delta): "step \(delta)"
            case .changeSpeed(let delta): "speed \(delta)"
            case .cycleKernel(let delta): "kernel \(delta)"
            case .cycleImage(let delta): "image \(delta)"
            case .restart: "restart"
            case .togglePlay, .tick, .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            if traceToken == "restart" {
                self = .restart
                return
            }
            guard let step = NamedStep(traceToken) else { return nil }
            let value = step.value
            switch step.name {
            case "step": self = .step(value)
            case "speed": self = .changeSpeed(value)
            case "kernel": self = .cycleKernel(value)
            case "image": self = .cycleImage(value)
            default: return nil
            }
        }
    }

    /// The id in traces.
    public static let visualID = "sliding-kernel"
    /// The title bar text.
    public static let visualTitle = "Convolution · a sliding kernel"
    /// (milliseconds between ticks, cells per tick) at each speed.
    public static let speeds: [(milliseconds: Int, cells: Int)] = [(300, 1), (100, 1), (50, 3), (40, 13)]

    /// The digits to choose from.
    public let images: [DigitImage]
    /// The index into `images`.
    public private(set) var imageIndex: Int
    /// The kernel.
    public private(set) var preset: KernelPreset
    /// The convolution of the current digit and kernel (nil only if the engine failed).
    public private(set) var convolution: SlidingConvolution?
    /// Output cells filled in so far (the kernel sits on cell `revealed − 1`).
    public private(set) var revealed: Int
    /// Whether the kernel moves on a timer.
    public private(set) var isPlaying: Bool
    /// The index into `speeds`.
    public private(set) var speedIndex: Int
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// Colours (set `.monochrome` for plain terminals).
    public var theme: PlotTheme = .standard
    private var playSession: Int
    private let sink: (any VisualTraceSink)?

    /// A paused screen on `images[index]` with `preset`, the kernel on the first cell.
    /// - Throws: `VisualError.invalidImage` for no images, an index out of range or an image
    ///   smaller than the kernel.
    public init(
        images: [DigitImage], index: Int = 0, preset: KernelPreset = .sobelX,
        recordingTo sink: (any VisualTraceSink)? = nil
    ) throws {
        guard !images.isEmpty else { throw VisualError.invalidImage("no images to convolve") }
        guard images.indices.contains(index) else {
            throw VisualError.invalidImage("image \(index) of \(images.count)")
        }
        self.images = images
        imageIndex = index
        self.preset = preset
        revealed = 1
        isPlaying = false
        speedIndex = 1
        notice = nil
        playSession = 0
        self.sink = sink
        convolution = try SlidingConvolution(image: images[index], kernel: preset.weights)
    }

    /// The digit and kernel.
    public var traceSettings: [String: String] { ["image": String(imageIndex), "kernel": preset.rawValue] }

    /// The output cell the kernel is on.
    public var currentCell: Int { max(0, revealed - 1) }

    /// Nothing to start: the animation waits for space.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(
            isKey: !isTick(message), isHelpOrClose: message == .toggleHelp || message == .close)
        {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        notice = nil
        switch message {
        case .togglePlay:
            guard !isPlaying else {
                isPlaying = false
                return .none
            }
            if revealed >= total { revealed = 1 }
            isPlaying = true
            playSession += 1
            return .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(session: playSession))
        case .step(let delta):
            isPlaying = false
            move(by: delta)
        case .changeSpeed(let delta):
            speedIndex = min(max(0, speedIndex + delta), Self.speeds.count - 1)
        case .cycleKernel(let delta):
            let all = KernelPreset.allCases
            let index = all.firstIndex(of: preset) ?? 0
            preset = all[((index + delta) % all.count + all.count) % all.count]
            rebuild()
        case .cycleImage(let delta):
            imageIndex = ((imageIndex + delta) % images.count + images.count) % images.count
            rebuild()
        case .restart:
            isPlaying = false
            revealed = 1
        case .tick(let session):
            guard isPlaying, session == playSession else { return .none }
            // The timer's step is recorded as an ordinary step, so a replay reproduces it.
            let cells = Self.speeds[speedIndex].cells
            sink?.record("step \(cells)")
            move(by: cells)
            guard revealed < total else {
                isPlaying = false
                notice = "the output map is complete"
                return .none
            }
            return .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(session: playSession))
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            if helpBox.close() {
                isPlaying = false
            }
        }
        return .none
    }

    private var total: Int { convolution?.outputCount ?? 0 }

    private func isTick(_ message: Message) -> Bool {
        if case .tick = message { return true }
        return false
    }

    private mutating func move(by delta: Int) {
        let target = revealed + delta
        revealed = min(max(1, target), max(1, total))
        if target > total { notice = "the output map is complete" }
    }

    private mutating func rebuild() {
        do {
            convolution = try SlidingConvolution(image: images[imageIndex], kernel: preset.weights)
            revealed = min(revealed, max(1, convolution?.outputCount ?? 1))
        } catch {
            convolution = nil
            notice = "\(error)"
        }
    }
}
