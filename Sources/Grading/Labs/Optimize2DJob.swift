import Lessons

/// `job: optimize-2d`: an optimizer walks a 2-D test surface (`dataset:` names it) from
/// `params.start`; the metric is `distance` (to the minimizer) or `gap` (f - f_min).
///
/// Knobs read (each optional, with PyTorch's defaults): `optimizer` (sgd, momentum, nesterov,
/// rmsprop, adam), `lr`, `momentum`, `alpha` (RMSProp), `beta1`, `beta2` (Adam).
public struct Optimize2DJob: LabJob {
    /// `optimize-2d`.
    public let kind = "optimize-2d"

    /// Creates the job.
    public init() {}

    /// Runs the optimizer for at most the budget, stopping early once the target is met.
    public func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome {
        guard let surface = TestSurface.named(spec.dataset) else {
            let names = TestSurface.all.map(\.name).joined(separator: ", ")
            throw LabError("unknown surface '\(spec.dataset)' (known: \(names))")
        }
        guard ["distance", "gap"].contains(spec.target.metric) else {
            throw LabError("optimize-2d measures `distance` or `gap`, not `\(spec.target.metric)`")
        }
        guard spec.budgetSteps > 0 else { throw LabError("the budget must allow at least one step") }
        var optimizer = try TwoDOptimizer(settings: settings)
        var point = try start(spec)
        let minimumValue = surface.value(surface.minimum.x, surface.minimum.y)
        func metric(_ p: (Double, Double)) -> Double {
            spec.target.metric == "distance"
                ? ((p.0 - surface.minimum.x) * (p.0 - surface.minimum.x) + (p.1 - surface.minimum.y)
                    * (p.1 - surface.minimum.y))
                    .squareRoot()
                : surface.value(p.0, p.1) - minimumValue
        }
        var curve: [Double] = []
        var losses: [Double] = []
        let reportEvery = max(1, spec.budgetSteps / 100)
        for step in 1...spec.budgetSteps {
            if isCancelled() {
                return LabOutcome(
                    metric: curve.last ?? .nan, steps: step - 1, diverged: false, curve: curve,
                    cancelled: true)
            }
            let gradient = surface.gradient(point.0, point.1)
            point = optimizer.step(point, gradient: gradient)
            let value = surface.value(point.0, point.1)
            let current = metric(point)
            curve.append(current)
            losses.append(value)
            let blewUp =
                !(point.0.isFinite && point.1.isFinite && value.isFinite) || abs(point.0) > 1e12
                || abs(point.1) > 1e12
            if blewUp {
                progress(LabProgress(step: step, budget: spec.budgetSteps, metric: current, loss: value))
                return LabOutcome(metric: .nan, steps: step, diverged: true, curve: curve)
            }
            let met = spec.target.isMet(by: current)
            if met || step % reportEvery == 0 || step == spec.budgetSteps {
                progress(LabProgress(step: step, budget: spec.budgetSteps, metric: current, loss: value))
            }
            if met { return LabOutcome(metric: current, steps: step, diverged: false, curve: curve) }
        }
        return LabOutcome(
            metric: curve.last ?? .nan, steps: spec.budgetSteps, diverged: false, curve: curve,
            explanation: LabShortfall.explain(losses: losses))
    }

    private func start(_ spec: LabSpec) throws(LabError) -> (Double, Double) {
        guard let entry = spec.parameters.first(where: { $0.key == "start" }) else { return (-1.5, 2) }
        guard case .sequence(let items, _) = entry.value, items.count == 2,
            case .scalar(let xText, _, _) = items[0], case .scalar(let yText, _, _) = items[1],
            let x = Double(xText), let y = Double(yText)
        else {
            throw LabError("params.start must be a list of two numbers, like [-1.5, 2]")
        }
        return (x, y)
    }
}
