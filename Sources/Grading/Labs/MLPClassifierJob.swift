import Lessons
import TensorEngine

/// `job: mlp-2d`: trains a small multilayer perceptron with the tensor engine on a synthetic 2-D
/// dataset (`dataset:` spirals, moons, circles or xor), full batch, and measures `accuracy` on the
/// training points (or `loss`, the mean cross-entropy).
///
/// `model:` gives the hidden widths (`mlp:16,16`); knobs read: `lr`, `optimizer` (sgd, momentum,
/// adam, rmsprop), `activation` (relu, tanh), `hidden` (overrides every hidden width). Params:
/// `points` per class (default 100), `noise` (default 0.05), `seed` (default 0).
public struct MLPClassifierJob: LabJob {
    /// `mlp-2d`.
    public let kind = "mlp-2d"

    /// Creates the job.
    public init() {}

    /// Trains for at most the budget, checking the target every few steps.
    public func run(
        _ spec: LabSpec, settings: [String: KnobValue], isCancelled: () -> Bool,
        progress: (LabProgress) -> Void
    ) throws(LabError) -> LabOutcome {
        guard ["accuracy", "loss"].contains(spec.target.metric) else {
            throw LabError("mlp-2d measures `accuracy` or `loss`, not `\(spec.target.metric)`")
        }
        guard spec.budgetSteps > 0 else { throw LabError("the budget must allow at least one step") }
        let points = parameter(spec, "points") ?? 100
        let noise = parameter(spec, "noise") ?? 0.05
        let seedValue = parameter(spec, "seed") ?? 0
        guard points >= 1, points <= 5000, noise.isFinite, noise >= 0, seedValue >= 0, seedValue < 1e15 else {
            throw LabError("params: points must be 1...5000, noise >= 0 and seed a whole number >= 0")
        }
        let perClass = Int(points)
        let seed = UInt64(seedValue)
        guard
            let data = ToyDataset.make(spec.dataset, perClass: perClass, noise: noise, seed: seed)
        else {
            throw LabError(
                "unknown dataset '\(spec.dataset)' (known: \(ToyDataset.names.joined(separator: ", ")))")
        }
        var widths = try hiddenWidths(spec.model)
        if let hidden = settings["hidden"]?.number {
            guard hidden.isFinite, hidden >= 1, hidden <= 512 else {
                throw LabError("hidden must be 1...512")
            }
            widths = widths.map { _ in Int(hidden) }
        }
        let activation = settings["activation"]?.description ?? "relu"
        guard ["relu", "tanh"].contains(activation) else { throw LabError("activation must be relu or tanh") }
        do {
            return try train(
                spec, data: data, widths: widths, activation: activation, settings: settings, seed: seed,
                isCancelled: isCancelled, progress: progress)
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("the engine failed: \(error)")
        }
    }

    private func train(
        _ spec: LabSpec, data: ToyDataset, widths: [Int], activation: String, settings: [String: KnobValue],
        seed: UInt64, isCancelled: () -> Bool, progress: (LabProgress) -> Void
    ) throws -> LabOutcome {
        let inputs = try Tensor(
            shape: [data.labels.count, 2], data: data.points.flatMap { [Float($0.0), Float($0.1)] })
        var generator = RandomGenerator(seed: seed &+ 1)
        var layers: [Linear] = []
        var width = 2
        for next in widths + [2] {
            layers.append(try Linear(inFeatures: width, outFeatures: next, using: &generator))
            width = next
        }
        let parameters = layers.flatMap { $0.parameters() }
        let rate = Float(settings["lr"]?.number ?? 0.1)
        let optimizer: Optimizer
        switch settings["optimizer"]?.description ?? "sgd" {
        case "sgd": optimizer = try SGD(parameters: parameters, learningRate: rate)
        case "momentum": optimizer = try SGD(parameters: parameters, learningRate: rate, momentum: 0.9)
        case "adam": optimizer = try Adam(parameters: parameters, learningRate: rate)
        case "rmsprop": optimizer = try RMSProp(parameters: parameters, learningRate: rate)
        case let other: throw LabError("unknown optimizer '\(other)' (sgd, momentum, adam, rmsprop)")
        }
        func forward() throws -> Tensor {
            var hidden = inputs
            for (index, layer) in layers.enumerated() {
                hidden = try layer(hidden)
                if index < layers.count - 1 { hidden = activation == "tanh" ? hidden.tanh() : hidden.relu() }
            }
            return hidden
        }
        func accuracy(_ logits: Tensor) throws -> Double {
            let predictions = try logits.argmax(axis: 1).toArray()
            let correct = zip(predictions, data.labels).filter { Int($0) == $1 }.count
            return Double(correct) / Double(data.labels.count)
        }
        var curve: [Double] = []
        var losses: [Double] = []
        let checkEvery = max(1, min(10, spec.budgetSteps / 100))
        for step in 1...spec.budgetSteps {
            if isCancelled() {
                let best = spec.target.goal == .atLeast ? curve.max() : curve.min()
                return LabOutcome(
                    metric: best ?? .nan, steps: step - 1, diverged: false, curve: curve, cancelled: true)
            }
            optimizer.zeroGrad()
            let logits = try forward()
            let loss = try Loss.crossEntropy(logits: logits, labels: data.labels)
            let lossValue = Double(try loss.item())
            guard lossValue.isFinite else {
                progress(LabProgress(step: step, budget: spec.budgetSteps, metric: .nan, loss: lossValue))
                return LabOutcome(metric: .nan, steps: step, diverged: true, curve: curve)
            }
            losses.append(lossValue)
            try loss.backward()
            try optimizer.step()
            guard step % checkEvery == 0 || step == spec.budgetSteps else { continue }
            let metric: Double = try GradMode.withoutGrad {
                let logits = try forward()
                if spec.target.metric == "accuracy" { return try accuracy(logits) }
                return Double(try Loss.crossEntropy(logits: logits, labels: data.labels).item())
            }
            curve.append(metric)
            progress(LabProgress(step: step, budget: spec.budgetSteps, metric: metric, loss: lossValue))
            if spec.target.isMet(by: metric) {
                return LabOutcome(metric: metric, steps: step, diverged: false, curve: curve)
            }
            if !metric.isFinite { return LabOutcome(metric: .nan, steps: step, diverged: true, curve: curve) }
        }
        let best = spec.target.goal == .atLeast ? curve.max() : curve.min()
        let accuracy = spec.target.metric == "accuracy" ? best : nil
        return LabOutcome(
            metric: best ?? .nan, steps: spec.budgetSteps, diverged: false, curve: curve,
            explanation: LabShortfall.explain(losses: losses, trainingAccuracy: accuracy))
    }

    private func parameter(_ spec: LabSpec, _ key: String) -> Double? {
        guard let entry = spec.parameters.first(where: { $0.key == key }),
            case .scalar(let text, _, _) = entry.value
        else { return nil }
        return Double(text)
    }

    /// Reads `mlp:16,16` (or nil for one hidden layer of 16).
    private func hiddenWidths(_ model: String?) throws(LabError) -> [Int] {
        guard let model else { return [16] }
        let body = model.hasPrefix("mlp:") ? String(model.dropFirst(4)) : model
        let widths = body.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !widths.isEmpty, widths.allSatisfy({ ($0 ?? 0) > 0 && ($0 ?? 0) <= 512 }) else {
            throw LabError("model must look like `mlp:16,16` (hidden widths up to 512)")
        }
        return widths.compactMap { $0 }
    }
}
