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

    /// A sentence or two on how the run ended and, for a poor fit, what to try.
    public static func explain(
        stopReason: StopReason, diagnosis: FitDiagnosis, training: Float?, validation: Float?, steps: Int
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
