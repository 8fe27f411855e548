import Foundation
import Plot

extension LessonVisualSettings {
    /// The stage 4-6 kinds `makeStages4To6Screen` knows.
    ///
    /// Lesson keys per kind: `computational-graph`: `example: 0` (index into
    /// `ComputationalGraph.examples`); `sliding-kernel`: `image: 0`, `kernel: sobel-x`
    /// (edge, blur, sharpen, sobel-x, sobel-y); `augmentation-preview`: `image: 0`;
    /// `classifier-playground`: `dataset: moons` (spirals, moons, circles, xor, blobs);
    /// `gradient-norms`, `residual-vs-plain`, `feature-maps`, `confusion-matrix`: none (the last
    /// two read the MNIST subset when training starts).
    public static let stages4To6Kinds = [
        ComputationalGraphScreen.visualID, SlidingKernelScreen.visualID, AugmentationPreviewScreen.visualID,
        ClassifierPlaygroundScreen.visualID, GradientNormsScreen.visualID, ResidualVsPlainScreen.visualID,
        FeatureMapsScreen.visualID, ConfusionMatrixScreen.visualID,
    ]

    /// The stage 4-6 screen these settings describe, drawn with `theme` and recording to `sink`
    /// when given. `digits` supplies the sliding-kernel and augmentation images (by default the
    /// shipped MNIST subset, read when needed). `makeScreen` can delegate here for the kinds in
    /// `stages4To6Kinds`.
    /// - Throws: `VisualError` for an unknown kind, an unknown kernel, a bad index or missing data.
    public func makeStages4To6Screen(
        recordingTo sink: (any VisualTraceSink)? = nil, theme: PlotTheme = .standard,
        digits: () throws -> [DigitImage] = { try DigitImage.shippedDigits() }
    ) throws -> AnyVisualScreen {
        switch kind {
        case ComputationalGraphScreen.visualID:
            let example = try nonNegative("example", default: 0)
            guard example < ComputationalGraph.examples.count else {
                throw VisualError.invalidParameter(key: "example", value: String(example))
            }
            return themed(ComputationalGraphScreen(example: example, recordingTo: sink), theme)
        case SlidingKernelScreen.visualID:
            let index = try nonNegative("image", default: 0)
            let kernelName = values["kernel"] ?? KernelPreset.sobelX.rawValue
            guard let preset = KernelPreset(rawValue: kernelName) else {
                throw VisualError.invalidParameter(key: "kernel", value: kernelName)
            }
            return themed(
                try SlidingKernelScreen(images: digits(), index: index, preset: preset, recordingTo: sink),
                theme)
        case AugmentationPreviewScreen.visualID:
            let index = try nonNegative("image", default: 0)
            return themed(
                try AugmentationPreviewScreen(images: digits(), index: index, recordingTo: sink), theme)
        case ClassifierPlaygroundScreen.visualID:
            var settings = PlaygroundSettings()
            if let name = values["dataset"] {
                guard let index = PlaygroundSettings.datasets.firstIndex(where: { $0.name == name }) else {
                    throw VisualError.invalidParameter(key: "dataset", value: name)
                }
                settings.adjust(
                    .dataset, by: index - settings.choices[PlaygroundSettings.Knob.dataset.rawValue])
            }
            return themed(ClassifierPlaygroundScreen(settings: settings, recordingTo: sink), theme)
        case GradientNormsScreen.visualID:
            return themed(GradientNormsScreen(recordingTo: sink), theme)
        case ResidualVsPlainScreen.visualID:
            return themed(ResidualVsPlainScreen(recordingTo: sink), theme)
        case FeatureMapsScreen.visualID:
            return themed(FeatureMapsScreen(recordingTo: sink, shelf: .shared), theme)
        case ConfusionMatrixScreen.visualID:
            return themed(ConfusionMatrixScreen(recordingTo: sink, shelf: .shared), theme)
        default:
            throw VisualError.unknownKind(kind, known: Self.stages4To6Kinds)
        }
    }

    /// `screen` drawn with `theme`, behind the common type.
    private func themed<Screen: ThemedVisualScreen>(_ screen: Screen, _ theme: PlotTheme) -> AnyVisualScreen {
        var screen = screen
        screen.theme = theme
        return AnyVisualScreen(screen)
    }

    private func nonNegative(_ key: String, default fallback: Int) throws -> Int {
        guard let text = values[key] else { return fallback }
        guard let value = Int(text), value >= 0 else {
            throw VisualError.invalidParameter(key: key, value: text)
        }
        return value
    }
}
