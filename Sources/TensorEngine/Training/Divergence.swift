import Foundation

/// When a training loss counts as diverged.
public struct DivergencePolicy: Sendable, Equatable {
    /// A loss above `explosionFactor` times the first step's loss has exploded.
    public var explosionFactor: Float
    /// Steps averaged into one point of the trend check.
    public var windowSize: Int
    /// This many consecutive rising window averages (with the growth below) count as diverging.
    public var risingWindows: Int
    /// ...provided the latest window average is at least this multiple of the best one...
    public var risingFactor: Float
    /// ...and has climbed above the best by at least this fraction of the first loss. Without
    /// this floor, a converged loss jittering near zero (0.001 to 0.003) would look like a
    /// doubling.
    public var minimumRise: Float

    /// Creates a policy (defaults: 1000x explosion; 5 rising windows of 20 steps ending at
    /// twice the best average and at least a quarter of the first loss above it).
    public init(
        explosionFactor: Float = 1000, windowSize: Int = 20, risingWindows: Int = 5, risingFactor: Float = 2,
        minimumRise: Float = 0.25
    ) {
        self.explosionFactor = explosionFactor
        self.windowSize = windowSize
        self.risingWindows = risingWindows
        self.risingFactor = risingFactor
        self.minimumRise = minimumRise
    }
}

/// Why a run was judged to have diverged, with an explanation for the learner.
public struct Divergence: Sendable, Equatable {
    /// The kind of failure.
    public enum Kind: Sendable, Equatable {
        /// The loss became NaN.
        case notANumber
        /// The loss became infinite.
        case infinite
        /// The loss grew past `explosionFactor` times its first value.
        case exploded
        /// The loss kept rising window after window.
        case steadilyRising
    }

    /// What happened.
    public let kind: Kind
    /// The step (counting from 1) at which it was detected.
    public let step: Int
    /// The loss at that step (or the latest window average for `steadilyRising`).
    public let loss: Float
    /// The comparison point: the first loss, or the best window average.
    public let referenceLoss: Float
    /// The optimizer's learning rate at that step.
    public let learningRate: Float

    /// Creates a record of a divergence (the trainer makes these; public for tests and replays).
    public init(kind: Kind, step: Int, loss: Float, referenceLoss: Float, learningRate: Float) {
        self.kind = kind
        self.step = step
        self.loss = loss
        self.referenceLoss = referenceLoss
        self.learningRate = learningRate
    }

    /// A learner-readable account, e.g. "loss became NaN at step 37: the learning rate 5 is
    /// probably too high; try 0.5 or less (lower again if accuracy then sticks at chance)".
    /// A rate just below the one that blows up often still wrecks the first steps without a
    /// NaN (dead ReLUs: the loss sits at ln C), so the advice does not promise one try is enough.
    public var explanation: String {
        let advice =
            "the learning rate \(formatNumber(learningRate)) is probably too high; "
            + "try \(formatNumber(learningRate / 10)) or less (lower again if accuracy then sticks at chance)"
        switch kind {
        case .notANumber:
            return "loss became NaN at step \(step): \(advice)"
        case .infinite:
            return "loss became infinite at step \(step): \(advice)"
        case .exploded:
            return "loss reached \(formatNumber(loss)) at step \(step), over "
                + "\(formatNumber(loss / Swift.max(referenceLoss, .leastNormalMagnitude)))x its starting value "
                + "\(formatNumber(referenceLoss)): \(advice)"
        case .steadilyRising:
            return
                "loss kept rising (from \(formatNumber(referenceLoss)) to \(formatNumber(loss)) by step \(step)): "
                + advice
        }
    }
}

/// Watches the per-step loss and reports the first sign of divergence. `Trainer` uses one;
/// hand-written training loops (the live playground) can feed their own losses to another.
public struct DivergenceDetector: Sendable {
    /// The thresholds applied.
    public let policy: DivergencePolicy
    private var firstLoss: Float?
    private var windowSum: Double = 0
    private var windowCount = 0
    private var windowMeans: [Float] = []

    /// Creates a detector that has seen no loss yet.
    public init(policy: DivergencePolicy = DivergencePolicy()) {
        self.policy = policy
    }

    /// Records the loss of `step` (counting from 1) and returns a divergence if this loss shows one.
    public mutating func check(loss: Float, step: Int, learningRate: Float) -> Divergence? {
        if loss.isNaN {
            return Divergence(
                kind: .notANumber, step: step, loss: loss, referenceLoss: firstLoss ?? loss,
                learningRate: learningRate)
        }
        if loss.isInfinite {
            return Divergence(
                kind: .infinite, step: step, loss: loss, referenceLoss: firstLoss ?? loss,
                learningRate: learningRate)
        }
        guard let first = firstLoss else {
            firstLoss = loss
            return nil
        }
        if first > 0, loss > first * policy.explosionFactor {
            return Divergence(
                kind: .exploded, step: step, loss: loss, referenceLoss: first, learningRate: learningRate)
        }
        windowSum += Double(loss)
        windowCount += 1
        guard windowCount >= Swift.max(policy.windowSize, 1) else { return nil }
        windowMeans.append(Float(windowSum / Double(windowCount)))
        windowSum = 0
        windowCount = 0
        return risingTrend(step: step, learningRate: learningRate)
    }

    private func risingTrend(step: Int, learningRate: Float) -> Divergence? {
        let needed = Swift.max(policy.risingWindows, 1)
        guard windowMeans.count > needed, let latest = windowMeans.last, let best = windowMeans.min() else {
            return nil
        }
        let recent = windowMeans.suffix(needed + 1)
        let rising = zip(recent, recent.dropFirst()).allSatisfy { $0 < $1 }
        let floor = (firstLoss ?? 0) * policy.minimumRise
        guard rising, best > 0, latest >= best * policy.risingFactor, latest - best >= floor else {
            return nil
        }
        return Divergence(
            kind: .steadilyRising, step: step, loss: latest, referenceLoss: best, learningRate: learningRate)
    }
}

/// A short rendering of a number for explanations: `5`, `0.5`, `2.31`, `3.2e+04`.
func formatNumber(_ value: Float) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
    if value == value.rounded(), Swift.abs(value) < 1e6 { return String(Int(value)) }
    let magnitude = Swift.abs(value)
    if magnitude >= 1e4 || magnitude < 1e-3 { return String(format: "%.2g", Double(value)) }
    return String(format: "%.3g", Double(value))
}
