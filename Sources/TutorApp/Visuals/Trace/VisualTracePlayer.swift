import Foundation
import Plot

/// Builds the replay player for a recorded visual trace, whichever lesson visual recorded it,
/// so `dltutor replay` can play `.vtrace` files beside the visualizer's and labs' traces.
public enum VisualTracePlayer {
    /// The visuals whose traces can be played back.
    public static let replayableVisuals =
        [
            LinearMapScreen.visualID, SVDDigitScreen.visualID, SamplingHistogramScreen.visualID,
            LikelihoodScreen.visualID, SoftmaxTemperatureScreen.visualID,
        ] + LessonVisualSettings.stages4To6Kinds

    /// The replay screen for `trace`, starting from the screen its settings describe, drawn
    /// with `theme` (monochrome under NO_COLOR).
    /// - Throws: `VisualTraceError` when the trace is for a visual this version cannot replay or
    ///   holds an action the screen does not know; `VisualError` when the digit images are missing.
    public static func player(
        for trace: VisualTrace, dataFolder: URL? = nil, theme: PlotTheme = .standard
    ) throws -> any ClosableScreen {
        let settings = trace.settings
        func replay<Screen: ThemedVisualScreen>(_ initial: Screen) throws -> VisualReplayScreen<Screen> {
            var initial = initial
            initial.theme = theme
            return try VisualReplayScreen(initial: initial, trace: trace)
        }
        switch trace.visual {
        case LinearMapScreen.visualID:
            return try replay(LinearMapScreen(traceSettings: settings))
        case SamplingHistogramScreen.visualID:
            return try replay(SamplingHistogramScreen(traceSettings: settings))
        case LikelihoodScreen.visualID:
            return try replay(LikelihoodScreen(traceSettings: settings))
        case SoftmaxTemperatureScreen.visualID:
            return try replay(SoftmaxTemperatureScreen(traceSettings: settings))
        case SVDDigitScreen.visualID:
            let images = try DigitImage.shippedDigits(dataFolder: dataFolder)
            return try replay(SVDDigitScreen(images: images, traceSettings: settings))
        case ComputationalGraphScreen.visualID:
            return try replay(ComputationalGraphScreen(traceSettings: settings))
        case SlidingKernelScreen.visualID:
            let images = try DigitImage.shippedDigits(dataFolder: dataFolder)
            return try replay(SlidingKernelScreen(images: images, traceSettings: settings))
        case AugmentationPreviewScreen.visualID:
            let images = try DigitImage.shippedDigits(dataFolder: dataFolder)
            return try replay(AugmentationPreviewScreen(images: images, traceSettings: settings))
        case ClassifierPlaygroundScreen.visualID:
            return try replay(ClassifierPlaygroundScreen(traceSettings: settings))
        // The training screens record knob and page actions only (not their training progress).
        case GradientNormsScreen.visualID:
            return try replay(GradientNormsScreen())
        case ResidualVsPlainScreen.visualID:
            return try replay(ResidualVsPlainScreen())
        case FeatureMapsScreen.visualID:
            return try replay(FeatureMapsScreen())
        case ConfusionMatrixScreen.visualID:
            return try replay(ConfusionMatrixScreen())
        default:
            throw VisualTraceError.notATrace(
                "'\(trace.visual)' sessions cannot be replayed by this version (replayable: "
                    + "\(replayableVisuals.joined(separator: ", ")))")
        }
    }
}
