import Plot
import TensorEngine

/// Whether a racer is still moving.
public enum RacerStatus: Sendable, Hashable {
    /// Stepping normally.
    case running
    /// Stopped: its values became NaN/infinite or it left the box far behind (the reason says which).
    case diverged(String)
    /// Stopped after leaving the box of a surface without a minimum (the saddle): success there.
    case escaped

    /// The reason traces record for `escaped` (they keep one field for why a racer stopped).
    public static let escapedReason = "escaped: left the box downhill"

    /// The status a trace's stop reason stands for.
    public init(recordedReason reason: String?) {
        switch reason {
        case nil: self = .running
        case RacerStatus.escapedReason?: self = .escaped
        case let other?: self = .diverged(other)
        }
    }

    /// Why the racer stopped, as traces record it (nil while running).
    public var recordedReason: String? {
        switch self {
        case .running: nil
        case .diverged(let reason): reason
        case .escaped: RacerStatus.escapedReason
        }
    }

    /// Whether it has stopped for good.
    public var isDiverged: Bool {
        if case .diverged = self { return true }
        return false
    }
}

/// The engine objects behind one racer: a 2-element parameter tensor and the engine's own
/// optimizer over it, so the learner watches exactly the engine's update rules.
final class EngineStepper: @unchecked Sendable {
    let parameter: Tensor
    let optimizer: Optimizer

    init(kind: DescentOptimizer, start: PlotPoint, settings: DescentSettings) throws {
        parameter = Tensor([Float(start.x), Float(start.y)], requiresGrad: true)
        let rate = Float(settings.learningRate(for: kind))
        switch kind {
        case .sgd, .yours:
            optimizer = try SGD(parameters: [parameter], learningRate: rate)
        case .momentum:
            optimizer = try SGD(
                parameters: [parameter], learningRate: rate, momentum: Float(settings.momentum))
        case .nesterov:
            // The engine (like PyTorch) refuses Nesterov without momentum; μ = 0 makes it plain SGD.
            let mu = Float(settings.momentum)
            optimizer = try SGD(parameters: [parameter], learningRate: rate, momentum: mu, nesterov: mu > 0)
        case .rmsprop:
            optimizer = try RMSProp(parameters: [parameter], learningRate: rate, alpha: Float(settings.alpha))
        case .adam:
            optimizer = try Adam(
                parameters: [parameter], learningRate: rate, beta1: Float(settings.beta1),
                beta2: Float(settings.beta2))
        }
    }

    /// One optimizer step with the gradient `(gx, gy)`; returns the new point.
    func step(gradient: (x: Double, y: Double)) throws -> PlotPoint {
        parameter.grad = Tensor([Float(gradient.x), Float(gradient.y)])
        try optimizer.step()
        let values = parameter.toArray()
        guard values.count == 2 else { return PlotPoint(x: .nan, y: .nan) }
        return PlotPoint(x: Double(values[0]), y: Double(values[1]))
    }
}

/// One optimizer's run on the surface: its path, its loss after every step and its status.
///
/// The engine optimizer is a reference type, so copies of a racer share its state; the
/// visualizer only ever keeps one copy.
public struct DescentRacer: Sendable {
    /// Which optimizer this is.
    public let optimizer: DescentOptimizer
    /// The legend name ("Adam", or the learner's rule's name).
    public let name: String
    /// Every point visited, the start first.
    public private(set) var points: [PlotPoint]
    /// f at every point in `points`.
    public private(set) var losses: [Double]
    /// Running or diverged.
    public private(set) var status: RacerStatus
    /// The loss after every step as a chart series (see `LossSurface.chartValue`).
    public private(set) var lossSeries: LineSeries
    private let stepper: EngineStepper?
    private let customRule: CustomUpdateRule?
    private var customState: CustomRuleState?

    /// A racer for a built-in optimizer at `start`. Settings the engine refuses leave it
    /// diverged with the engine's message.
    public init(
        _ optimizer: DescentOptimizer, surface: LossSurface, start: PlotPoint, settings: DescentSettings
    ) {
        self.optimizer = optimizer
        name = optimizer.displayName
        // The engine holds Float32 parameters; start where the engine starts.
        let first = PlotPoint(x: Double(Float(start.x)), y: Double(Float(start.y)))
        points = [first]
        losses = [surface.value(first)]
        lossSeries = DescentRacer.series(
            optimizer, name: optimizer.displayName, first: losses[0], surface: surface)
        customRule = nil
        customState = nil
        do {
            stepper = try EngineStepper(kind: optimizer, start: first, settings: settings)
            status = .running
        } catch {
            stepper = nil
            status = .diverged("the engine refused the settings: \(error)")
        }
    }

    /// A racer running the learner's `rule` from `start`.
    public init(
        custom rule: CustomUpdateRule, surface: LossSurface, start: PlotPoint, settings: DescentSettings
    ) {
        optimizer = .yours
        name = rule.name
        points = [start]
        losses = [surface.value(start)]
        lossSeries = DescentRacer.series(.yours, name: rule.name, first: losses[0], surface: surface)
        status = .running
        stepper = nil
        customRule = rule
        customState = CustomRuleState(
            learningRate: settings.gradientRate, momentum: settings.momentum, beta1: settings.beta1,
            beta2: settings.beta2)
    }

    /// The current point.
    public var position: PlotPoint { points[points.count - 1] }
    /// f at the current point.
    public var loss: Double { losses[losses.count - 1] }
    /// Steps taken.
    public var steps: Int { points.count - 1 }

    /// Takes one step on `surface` unless diverged; marks divergence instead of stopping others.
    public mutating func step(on surface: LossSurface) {
        guard status == .running else { return }
        let gradient = surface.gradient(position)
        let next: PlotPoint
        do {
            next = try nextPoint(gradient: gradient)
        } catch {
            status = .diverged("\(name) failed: \(error)")
            return
        }
        let value = surface.value(next)
        points.append(next)
        losses.append(value)
        lossSeries.append(surface.chartValue(value))
        if !next.isFinite || !value.isFinite {
            status = .diverged("values became NaN or infinite (learning rate too high?)")
        } else if surface.isFarOutside(next) {
            status =
                surface.minimum == nil
                ? .escaped : .diverged("left the box far behind (learning rate too high?)")
        }
    }

    private static func series(
        _ optimizer: DescentOptimizer, name: String, first: Double, surface: LossSurface
    ) -> LineSeries {
        var series = LineSeries(name: name, color: optimizer.color, symbol: optimizer.symbol)
        series.append(surface.chartValue(first))
        return series
    }

    private mutating func nextPoint(gradient: (x: Double, y: Double)) throws -> PlotPoint {
        if let stepper { return try stepper.step(gradient: gradient) }
        guard let customRule, var state = customState else { return position }
        state.step += 1
        let result = try customRule.rule([position.x, position.y], [gradient.x, gradient.y], &state)
        customState = state
        guard result.count == 2 else {
            throw VisualizerError.customRuleShape(result.count)
        }
        return PlotPoint(x: result[0], y: result[1])
    }
}

/// Problems the visualizer reports instead of trapping.
public enum VisualizerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The learner's rule returned this many values instead of 2.
    case customRuleShape(Int)
    /// No surface has this name.
    case unknownSurface(String)

    /// A message for the learner.
    public var description: String {
        switch self {
        case .customRuleShape(let count):
            "the update rule must return 2 numbers (x, y), it returned \(count)"
        case .unknownSurface(let name):
            "no surface called '\(name)' (surfaces: \(LossSurface.ids.joined(separator: ", ")))"
        }
    }
}
