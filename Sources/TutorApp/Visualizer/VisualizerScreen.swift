import Foundation
import Plot
import TerminalCore

/// The gradient-descent visualizer: a loss surface as heatmap and contours with the engine's
/// optimizers (and optionally the learner's own rule) stepping on it side by side, a legend
/// with each one's loss and status, and a loss-vs-step chart.
///
/// Run it alone with `StandaloneScreen(VisualizerScreen(...))`, or embed it (see
/// `ClosableScreen`). Pass a `TraceSink` to record the session for replay.
public struct VisualizerScreen: ClosableScreen {
    /// Everything that can happen to the visualizer.
    public enum Message: Sendable, Hashable {
        /// Space: run or pause.
        case togglePlay
        /// `n` or `.`: one step while paused.
        case step
        /// A timer tick of the given play session (stale ones are ignored).
        case tick(Int)
        /// `+`/`-`: play faster or slower.
        case faster, slower
        /// `r`: back to the start point.
        case reset
        /// `]`/`[`: SGD, momentum and Nesterov's learning rate ×2 or ÷2.
        case scaleGradientRate(Double)
        /// `}`/`{`: RMSProp and Adam's learning rate ×2 or ÷2.
        case scaleAdaptiveRate(Double)
        /// `m`/`M`: momentum μ to the next higher or lower value.
        case stepMomentum(Int)
        /// `b`: cycle β₁.
        case cycleBeta1
        /// `B`: cycle β₂.
        case cycleBeta2
        /// Arrows: move the start point by a twentieth of the box.
        case moveStart(dx: Int, dy: Int)
        /// `p`: the next preset start point.
        case nextStartPreset
        /// `s`/Tab and `S`/Shift-Tab: the next or previous surface.
        case cycleSurface(Int)
        /// `1`-`6`: switch an optimizer on or off.
        case toggle(DescentOptimizer)
        /// `?`: show or hide the key help.
        case toggleHelp
        /// `q`/Esc: leave the screen.
        case close
    }

    /// The playback speeds: milliseconds between ticks and steps per tick.
    public static let speeds: [(milliseconds: Int, steps: Int)] = [
        (250, 1), (100, 1), (50, 1), (33, 2), (33, 5), (33, 15),
    ]
    /// The most steps a session takes before pausing itself.
    public static let stepLimit = 5000

    /// The surface shown.
    public private(set) var surface: LossSurface
    /// The hyper-parameters.
    public private(set) var settings: DescentSettings
    /// Where every racer starts.
    public private(set) var startPoint: PlotPoint
    /// The optimizers switched on.
    public private(set) var enabled: Set<DescentOptimizer>
    /// The racers of the current run, in legend order (switched-off ones included, not stepped).
    public private(set) var racers: [DescentRacer]
    /// The learner's rule, raced as "Yours" when present.
    public let customRule: CustomUpdateRule?
    /// Whether steps are being taken on a timer.
    public private(set) var isPlaying: Bool
    /// The index into `speeds`.
    public private(set) var speedIndex: Int
    /// Steps taken in the current run.
    public private(set) var stepCount: Int
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// A one-line message about the last thing that happened ("all optimizers stopped").
    public private(set) var notice: String?
    /// Colours and markers (monochrome terminals get ASCII trajectories).
    public var theme: PlotTheme
    /// The sampled surface the heatmap draws (recomputed only when the surface changes).
    private(set) var field: Field2D
    private var playSession: Int
    private var startPresetIndex: Int
    private let sink: (any TraceSink)?

    /// A visualizer on `surface` with every built-in optimizer on (and "Yours" when
    /// `customRule` is given), paused at `start` (clamped to the surface's ranges; the surface's
    /// default start when nil) with `settings` (the surface's suggested ones when nil).
    /// `racing` switches on only those built-in optimizers (all when nil or when none of them
    /// is built in); "Yours" is on whenever `customRule` is given.
    public init(
        surface: LossSurface = .rosenbrock, start: PlotPoint? = nil, settings: DescentSettings? = nil,
        racing: Set<DescentOptimizer>? = nil, customRule: CustomUpdateRule? = nil,
        theme: PlotTheme = .standard,
        recordingTo sink: (any TraceSink)? = nil
    ) {
        self.surface = surface
        self.settings = settings ?? DescentSettings(for: surface)
        startPoint =
            start.map {
                PlotPoint(
                    x: min(max($0.x, surface.xRange.lowerBound), surface.xRange.upperBound),
                    y: min(max($0.y, surface.yRange.lowerBound), surface.yRange.upperBound))
            } ?? surface.defaultStart
        self.customRule = customRule
        let builtIn = racing.map { Set(DescentOptimizer.builtIn).intersection($0) } ?? []
        enabled =
            (builtIn.isEmpty ? Set(DescentOptimizer.builtIn) : builtIn).union(
                customRule == nil ? [] : [.yours])
        racers = []
        isPlaying = false
        speedIndex = 2
        stepCount = 0
        notice = nil
        self.theme = theme
        field = VisualizerScreen.sample(surface)
        playSession = 0
        startPresetIndex = 0
        self.sink = sink
        restart()
    }

    /// The header for a trace of a session starting now on `surface`.
    public static func traceHeader(surface: LossSurface, created: Date) -> TraceHeader {
        TraceHeader(
            kind: .visualizer, title: surface.name, created: created,
            settings: ["surface": surface.id, "formula": surface.formula])
    }

    /// The optimizers that can be raced here, in legend order.
    public var availableOptimizers: [DescentOptimizer] {
        DescentOptimizer.builtIn + (customRule == nil ? [] : [.yours])
    }

    /// The racers switched on.
    public var activeRacers: [DescentRacer] { racers.filter { enabled.contains($0.optimizer) } }

    /// Starts paused; nothing to do.
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
            return isPlaying ? pause(nil) : play()
        case .step:
            notice = nil
            if isPlaying { _ = pause(nil) }
            advance(steps: 1)
        case .tick(let session):
            guard isPlaying, session == playSession else { return .none }
            advance(steps: Self.speeds[speedIndex].steps)
            guard isPlaying else { return .none }
            return .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(playSession))
        case .faster:
            speedIndex = min(speedIndex + 1, Self.speeds.count - 1)
        case .slower:
            speedIndex = max(speedIndex - 1, 0)
        case .reset:
            restart()
            notice = "back to the start"
        case .scaleGradientRate(let factor):
            settings.gradientRate = DescentSettings.scaled(settings.gradientRate, by: factor)
            restart()
        case .scaleAdaptiveRate(let factor):
            settings.adaptiveRate = DescentSettings.scaled(settings.adaptiveRate, by: factor)
            restart()
        case .stepMomentum(let delta):
            settings.momentum = DescentSettings.stepped(
                settings.momentum, in: DescentSettings.momentumChoices, by: delta)
            restart()
        case .cycleBeta1:
            settings.beta1 = DescentSettings.cycled(settings.beta1, in: DescentSettings.beta1Choices)
            restart()
        case .cycleBeta2:
            settings.beta2 = DescentSettings.cycled(settings.beta2, in: DescentSettings.beta2Choices)
            restart()
        case .moveStart(let dx, let dy):
            moveStart(dx: dx, dy: dy)
        case .nextStartPreset:
            startPresetIndex = (startPresetIndex + 1) % surface.startPresets.count
            startPoint = surface.startPresets[startPresetIndex]
            restart()
        case .cycleSurface(let delta):
            let all = LossSurface.all
            let current = all.firstIndex { $0.id == surface.id } ?? 0
            select(all[((current + delta) % all.count + all.count) % all.count])
        case .toggle(let optimizer):
            toggle(optimizer)
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

    /// Switches to `surface` with its own suggested settings and start.
    public mutating func select(_ newSurface: LossSurface) {
        surface = newSurface
        settings = DescentSettings(for: newSurface)
        startPresetIndex = 0
        startPoint = newSurface.defaultStart
        field = VisualizerScreen.sample(newSurface)
        restart()
        notice = newSurface.lesson
    }

    private mutating func play() -> Command<Message> {
        guard stepCount < Self.stepLimit else {
            notice = "step limit (\(Self.stepLimit)) reached: r restarts"
            return .none
        }
        guard activeRacers.contains(where: { $0.status == .running }) else {
            notice = "nothing left running: r restarts, 1-\(availableOptimizers.count) switch optimizers on"
            return .none
        }
        isPlaying = true
        notice = nil
        playSession += 1
        return .after(milliseconds: Self.speeds[speedIndex].milliseconds, .tick(playSession))
    }

    private mutating func pause(_ reason: String?) -> Command<Message> {
        isPlaying = false
        notice = reason
        return .none
    }

    /// Takes up to `steps` steps with every active racer, recording each, and pauses when
    /// every racer has stopped or the step limit is reached.
    private mutating func advance(steps: Int) {
        for _ in 0..<steps {
            guard stepCount < Self.stepLimit else {
                _ = pause("step limit (\(Self.stepLimit)) reached: r restarts")
                return
            }
            guard activeRacers.contains(where: { $0.status == .running }) else {
                _ = pause("every optimizer has stopped: r restarts")
                return
            }
            stepCount += 1
            for index in racers.indices where enabled.contains(racers[index].optimizer) {
                racers[index].step(on: surface)
            }
            sink?.record(.step(step: stepCount, racers: activeRacers.map(Self.sample)))
        }
    }

    private static func sample(_ racer: DescentRacer) -> TraceRacerSample {
        TraceRacerSample(
            racer: racer.optimizer.rawValue, x: racer.position.x, y: racer.position.y, loss: racer.loss,
            diverged: racer.status.recordedReason)
    }

    private mutating func moveStart(dx: Int, dy: Int) {
        let stepX = (surface.xRange.upperBound - surface.xRange.lowerBound) / 20
        let stepY = (surface.yRange.upperBound - surface.yRange.lowerBound) / 20
        let x = min(
            max(startPoint.x + Double(dx) * stepX, surface.xRange.lowerBound), surface.xRange.upperBound)
        let y = min(
            max(startPoint.y + Double(dy) * stepY, surface.yRange.lowerBound), surface.yRange.upperBound)
        // Round to the grid the arrows move on, so starts are easy to read and repeat.
        // The micro-rounding drops binary noise (-1.4000000000000001) from what the legend shows.
        func snapped(_ value: Double, _ step: Double) -> Double {
            ((value / step).rounded() * step * 1e6).rounded() / 1e6
        }
        startPoint = PlotPoint(x: snapped(x, stepX), y: snapped(y, stepY))
        restart()
    }

    private mutating func toggle(_ optimizer: DescentOptimizer) {
        guard availableOptimizers.contains(optimizer) else {
            notice = "no update rule of your own is loaded"
            return
        }
        if enabled.contains(optimizer) {
            enabled.remove(optimizer)
        } else {
            enabled.insert(optimizer)
        }
        restart()
        notice = "\(optimizer.displayName) \(enabled.contains(optimizer) ? "on" : "off")"
    }

    /// Puts every racer back at the start with the current settings (recording a reset).
    private mutating func restart() {
        stepCount = 0
        notice = nil
        racers = availableOptimizers.map { optimizer in
            if optimizer == .yours, let customRule {
                return DescentRacer(
                    custom: customRule, surface: surface, start: startPoint, settings: settings)
            }
            return DescentRacer(optimizer, surface: surface, start: startPoint, settings: settings)
        }
        sink?.record(.reset(resetEvent))
    }

    /// The reset event describing the current run.
    var resetEvent: TraceReset {
        TraceReset(
            surface: surface.id, startX: startPoint.x, startY: startPoint.y,
            racers: activeRacers.map { TraceRacer(id: $0.optimizer.rawValue, name: $0.name) },
            settings: settingsText)
    }

    /// The settings as text, for traces.
    var settingsText: [String: String] {
        [
            "lr": ValueText.short(settings.gradientRate),
            "lr_adaptive": ValueText.short(settings.adaptiveRate),
            "momentum": ValueText.short(settings.momentum), "beta1": ValueText.short(settings.beta1),
            "beta2": ValueText.short(settings.beta2), "alpha": ValueText.short(settings.alpha),
        ]
    }

    /// The surface sampled finely enough for smooth colours and contours at 160 columns.
    static func sample(_ surface: LossSurface) -> Field2D {
        Field2D(xRange: surface.xRange, yRange: surface.yRange, columns: 161, rows: 161) { x, y in
            surface.value(PlotPoint(x: x, y: y))
        }
    }
}
