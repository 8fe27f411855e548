import Foundation

/// Turns final accuracies into a fit verdict and a learner-readable explanation.
public enum FitAnalysis {
    /// The verdict for a training accuracy and a held-out accuracy.
    public static func diagnose(training: Float?, validation: Float?, thresholds: FitThresholds)
        -> FitDiagnosis
    {
        guard let training else { return .undetermined }
        if training < thresholds.underfitAccuracy { return .underfit }
        guard let validation else { return .undetermined }
        return training - validation > thresholds.overfitGap ? .overfit : .goodFit
    }

    /// Whether a run learned nothing: training accuracy at chance for `classCount` classes and
    /// the last tenth of the training losses at ln(classCount), the loss of a uniform guess.
    /// That is what a too-large learning rate leaves behind once it has killed the ReLUs or
    /// saturated the units, which the plain underfit advice ("raise the rate") would make worse.
    public static func isStuckAtChance(training: Float?, losses: [Float], classCount: Int) -> Bool {
        guard let training, classCount >= 2, !losses.isEmpty else { return false }
        let chance = 1 / Float(classCount)
        let uniformLoss = Float(log(Double(classCount)))
        let tail = losses.suffix(Swift.max(1, losses.count / 10))
        let recent = tail.reduce(0, +) / Float(tail.count)
        return training < 1.5 * chance && abs(recent - uniformLoss) < 0.05 * uniformLoss
    }

    /// Whether the training losses show a learning rate that is too large without a divergence:
    /// an early jump to more than twice the starting loss, or a loss that still jumps about by
    /// more than a quarter of its size over the last tenth of the run. Returns the sentence for
    /// the learner, with the numbers, or nil when neither shows.
    public static func unstableLoss(_ losses: [Float]) -> String? {
        guard let first = losses.first, first.isFinite, first > 0, losses.count >= 10 else { return nil }
        let peak = losses.prefix(Swift.max(1, losses.count / 2)).max() ?? first
        if peak > 2 * first {
            return "The loss jumped from \(formatNumber(first)) to \(formatNumber(peak)) "
                + "in the first half of the run: the learning rate is too large for this network. Lower it "
                + "(about tenfold) rather than training longer."
        }
        let tail = losses.suffix(Swift.max(10, losses.count / 10))
        let mean = tail.reduce(0, +) / Float(tail.count)
        let spread = (tail.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(tail.count)).squareRoot()
        if mean > 0, spread > 0.25 * mean {
            return "The loss still jumps about at the end (around \(formatNumber(mean)), "
                + "give or take \(formatNumber(spread))): the steps are too large to settle. "
                + "Lower the learning rate."
        }
        return nil
    }

    /// A sentence or two on how the run ended and, for a poor fit, what to try. `stuckAtChance`
    /// (see `isStuckAtChance`) and `unstable` (see `unstableLoss`) turn the underfit advice
    /// toward a smaller learning rate. A run that reached its target gets no advice.
    public static func explain(
        stopReason: StopReason, diagnosis: FitDiagnosis, training: Float?, validation: Float?, steps: Int,
        stuckAtChance: Bool = false, unstable: String? = nil, classCount: Int = 10
    ) -> String {
        var parts: [String] = []
        switch stopReason {
        case .budgetReached: parts.append("Training used its whole budget (\(steps) steps).")
        case .targetReached(let accuracy):
            parts.append("Reached the target: \(percent(accuracy)) held-out accuracy after \(steps) steps.")
        case .stopped: parts.append("Training was stopped after \(steps) steps.")
        case .diverged(let divergence): return "Training diverged: " + divergence.explanation + "."
        }
        let measured =
            [
                training.map { "training accuracy \(percent($0))" },
                validation.map { "held-out accuracy \(percent($0))" },
            ]
            .compactMap { $0 }
        if !measured.isEmpty {
            parts.append(
                measured.joined(separator: ", ").prefix(1).uppercased()
                    + measured.joined(separator: ", ").dropFirst() + ".")
        }
        if case .targetReached = stopReason { return parts.joined(separator: " ") }
        switch diagnosis {
        case .underfit where stuckAtChance:
            let uniformLoss = log(Double(Swift.max(2, classCount)))
            parts.append(
                "The network learned nothing: its loss sits at ln \(classCount) ≈ \(String(format: "%.2f", uniformLoss)), "
                    + "the loss of guessing every class equally, and its accuracy is at chance. A learning rate "
                    + "that is too large does this (it kills the ReLUs or saturates the units in the first "
                    + "steps): lower it about tenfold. Only if the rate is already small, train longer.")
        case .underfit where unstable != nil:
            parts.append(unstable ?? "")
        case .underfit:
            parts.append(
                "The model underfits: it cannot even fit its training data. If its loss fell steadily "
                    + "but slowly, train longer or raise the learning rate a little; if the loss jumped "
                    + "about, the rate is too high: lower it. A larger model also fits more.")
        case .overfit:
            parts.append(
                "The model overfits: it does much better on its training data than on unseen data. Use more "
                    + "data or augmentation, add weight decay or dropout, or stop earlier.")
        case .goodFit:
            parts.append("Training and held-out accuracy agree: the model generalises.")
        case .diverged, .undetermined:
            break
        }
        return parts.joined(separator: " ")
    }

    /// `0.9712` as `"97.1%"`.
    static func percent(_ fraction: Float) -> String {
        let tenths = (Double(fraction) * 1000).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }
}
