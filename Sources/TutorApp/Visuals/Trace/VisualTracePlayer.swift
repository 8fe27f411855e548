import Foundation

/// Builds the replay player for a recorded visual trace, whichever lesson visual recorded it,
/// so `dltutor replay` can play `.vtrace` files beside the visualizer's and labs' traces.
public enum VisualTracePlayer {
    /// The visuals whose traces can be played back.
    public static let replayableVisuals =
        [
            LinearMapScreen.visualID, SVDDigitScreen.visualID, SamplingHistogramScreen.visualID,
            LikelihoodScreen.visualID, SoftmaxTemperatureScreen.visualID,
        ] + LessonVisualSettings.stages4To6Kinds

    /// The replay screen for `trace`, starting from the screen its settings describe.
    /// - Throws: `VisualTraceError` when the trace is for a visual this version cannot replay or
    ///   holds an action the screen does not know; `VisualError` when the digit images are missing.
    public static func player(for trace: VisualTrace, dataFolder: URL? = nil) throws -> any ClosableScreen {
        let settings = trace.settings
        switch trace.visual {
        case LinearMapScreen.visualID:
            return try VisualReplayScreen(initial: LinearMapScreen(traceSettings: settings), trace: trace)
        case SamplingHistogramScreen.visualID:
            return try VisualReplayScreen(
                initial: SamplingHistogramScreen(traceSettings: settings), trace: trace)
        case LikelihoodScreen.visualID:
            return try VisualReplayScreen(initial: LikelihoodScreen(traceSettings: settings), trace: trace)
        case SoftmaxTemperatureScreen.visualID:
            return try VisualReplayScreen(
                initial: SoftmaxTemperatureScreen(traceSettings: settings), trace: trace)
        case SVDDigitScreen.visualID:
            let images = try DigitImage.shippedDigits(dataFolder: dataFolder)
            return try VisualReplayScreen(
                initial: SVDDigitScreen(images: images, traceSettings: settings), trace: trace)
        case ComputationalGraphScreen.visualID:
            return try VisualReplayScreen(
                initial: ComputationalGraphScreen(traceSettings: settings), trace: trace)
        case SlidingKernelScreen.visualID:
            let images = try DigitImage.shippedDigits(dataFolder: dataFolder)
            return try VisualReplayScreen(
                initial: SlidingKernelScreen(images: images, traceSettings: settings), trace: trace)
        case AugmentationPreviewScreen.visualID:
            let images = try DigitImage.shippedDigits(dataFolder: dataFolder)
            return try VisualReplayScreen(
                initial: AugmentationPreviewScreen(images: images, traceSettings: settings), trace: trace)
        case ClassifierPlaygroundScreen.visualID:
            return try VisualReplayScreen(
                initial: ClassifierPlaygroundScreen(traceSettings: settings), trace: trace)
        // The training screens record knob and page actions only (not their training progress).
        case GradientNormsScreen.visualID:
            return try VisualReplayScreen(initial: GradientNormsScreen(), trace: trace)
        case ResidualVsPlainScreen.visualID:
            return try VisualReplayScreen(initial: ResidualVsPlainScreen(), trace: trace)
        case FeatureMapsScreen.visualID:
            return try VisualReplayScreen(initial: FeatureMapsScreen(), trace: trace)
        case ConfusionMatrixScreen.visualID:
            return try VisualReplayScreen(initial: ConfusionMatrixScreen(), trace: trace)
        default:
            throw VisualTraceError.notATrace(
                "'\(trace.visual)' sessions cannot be replayed by this version (replayable: "
                    + "\(replayableVisuals.joined(separator: ", ")))")
        }
    }
}
