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

    /// A sentence or two on how the run ended and, for a poor fit, what to try. `stuckAtChance`
    /// (see `isStuckAtChance`) turns the underfit advice toward a smaller learning rate.
    public static func explain(
        stopReason: StopReason, diagnosis: FitDiagnosis, training: Float?, validation: Float?, steps: Int,
        stuckAtChance: Bool = false, classCount: Int = 10
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
        switch diagnosis {
        case .underfit where stuckAtChance:
            let uniformLoss = log(Double(Swift.max(2, classCount)))
            parts.append(
                "The network learned nothing: its loss sits at ln \(classCount) ≈ \(String(format: "%.2f", uniformLoss)), "
                    + "the loss of guessing every class equally, and its accuracy is at chance. A learning rate "
                    + "that is too large does this (it kills the ReLUs or saturates the units in the first "
                    + "steps): lower it about tenfold. Only if the rate is already small, train longer.")
        case .underfit:
            parts.append(
                "The model underfits: it cannot even fit its training data. Train longer, raise the "
                    + "learning rate a little, or use a larger model.")
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
