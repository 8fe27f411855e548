import Foundation
import TensorEngine

/// Why a lab run that neither reached its target nor diverged fell short, in one short
/// sentence with the measured numbers, when its losses can tell: still falling when the budget
/// ran out (the settings are too slow for it), or levelled off while the training accuracy is
/// low enough for the engine's `FitAnalysis` to call it underfitting.
///
/// Jobs with a loop of their own (`optimize-2d`, `mlp-2d`) use it; jobs on the `Trainer` get
/// the trainer's explanation instead.
public enum LabShortfall {
    /// The last stretch of the run, as a share of its steps, compared with the stretch before.
    static let tailShare = 0.1
    /// A change of at most this share of the loss across the last stretch counts as level.
    static let levelChange = 0.01

    /// The sentence for a run with `losses` (one per step, in order) and, for classifiers, its
    /// `trainingAccuracy`; nil when the losses say nothing clear (too short, not finite, or
    /// bouncing up and down).
    public static func explain(losses: [Double], trainingAccuracy: Double? = nil) -> String? {
        let count = losses.count
        let window = max(2, Int(Double(count) * tailShare))
        guard count >= 2 * window, losses.allSatisfy(\.isFinite) else { return nil }
        // An early jump or a loss that never settles is the learning rate's doing, whatever
        // the end looks like: say so first.
        if let unstable = FitAnalysis.unstableLoss(losses.map { Float($0) }) { return unstable }
        let earlier = mean(losses[(count - 2 * window)..<(count - window)])
        let recent = mean(losses[(count - window)..<count])
        let scale = max(abs(earlier), .leastNormalMagnitude)
        let start = losses[count - window - 1]
        let end = losses[count - 1]
        if earlier - recent > levelChange * scale, end < start {
            return "Still improving when the budget ran out: the loss fell from \(short(start)) "
                + "(step \(count - window)) to \(short(end)) (step \(count))."
        }
        guard abs(earlier - recent) <= levelChange * scale else { return nil }
        let level = "the loss levelled off near \(short(recent)) over the last \(window) steps"
        if let accuracy = trainingAccuracy, accuracy.isFinite,
            FitAnalysis.diagnose(training: Float(accuracy), validation: nil, thresholds: FitThresholds())
                == .underfit
        {
            return "Underfitting: \(level) and training accuracy is only \(short(accuracy))."
        }
        return "Stuck: " + level + "."
    }

    private static func mean(_ values: ArraySlice<Double>) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// Three significant digits: `0.693`, `14.4`, `3.2e-05`.
    static func short(_ value: Double) -> String {
        String(format: "%.3g", value)
    }
}
