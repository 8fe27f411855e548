import Foundation

/// The parameters a lesson's visual block may give, already read from its YAML, and the
/// screen they describe. Unknown kinds and bad values are reported, never trapped on.
///
/// Lesson keys per kind: `linear-map`: `matrix: [[a, b], [c, d]]` or `preset: shear`;
/// `svd-digit`: `image: 0`, `rank: 3`; `sampling-histogram`: `distribution: gaussian`,
/// `seed`; `likelihood`: `model: bernoulli` (or `gaussian-mean`), `seed`;
/// `softmax-temperature`: none.
public struct LessonVisualSettings: Sendable, Hashable {
    /// The visual's kind as the lesson names it.
    public var kind: String
    /// Scalar parameters by key (`preset`, `image`, `rank`, `distribution`, `model`, `seed`).
    public var values: [String: String]
    /// The `matrix` parameter, when given.
    public var matrix: [[Double]]?

    /// Settings for `kind`.
    public init(kind: String, values: [String: String] = [:], matrix: [[Double]]? = nil) {
        self.kind = kind
        self.values = values
        self.matrix = matrix
    }

    /// The kinds `makeScreen` knows.
    public static let kinds = [
        LinearMapScreen.visualID, SVDDigitScreen.visualID, SamplingHistogramScreen.visualID,
        LikelihoodScreen.visualID, SoftmaxTemperatureScreen.visualID,
    ]

    /// The screen these settings describe, recording to `sink` when given. `digits` supplies
    /// the SVD visual's images (by default the shipped MNIST subset, read when needed).
    /// - Throws: `VisualError` for an unknown kind, an unknown named value, a bad matrix or
    ///   missing digit data.
    public func makeScreen(
        recordingTo sink: (any VisualTraceSink)? = nil,
        digits: () throws -> [DigitImage] = { try DigitImage.shippedDigits() }
    ) throws -> AnyVisualScreen {
        switch kind {
        case LinearMapScreen.visualID:
            if let matrix { return AnyVisualScreen(try LinearMapScreen(matrix: matrix, recordingTo: sink)) }
            let preset = try named("preset", LinearMapPreset.init(rawValue:), default: .shear)
            return AnyVisualScreen(LinearMapScreen(preset: preset, recordingTo: sink))
        case SVDDigitScreen.visualID:
            let index = try integer("image", default: 0)
            let rank = try integer("rank", default: 3)
            return AnyVisualScreen(
                try SVDDigitScreen(images: digits(), index: index, rank: rank, recordingTo: sink))
        case SamplingHistogramScreen.visualID:
            let distribution = try named(
                "distribution", SamplingDistribution.init(rawValue:), default: .gaussian)
            let seed = UInt64(try integer("seed", default: 7))
            return AnyVisualScreen(
                SamplingHistogramScreen(distribution: distribution, seed: seed, recordingTo: sink))
        case LikelihoodScreen.visualID:
            let model = try named("model", LikelihoodModel.init(rawValue:), default: .gaussianMean)
            let seed = UInt64(try integer("seed", default: 11))
            return AnyVisualScreen(LikelihoodScreen(model: model, seed: seed, recordingTo: sink))
        case SoftmaxTemperatureScreen.visualID:
            return AnyVisualScreen(SoftmaxTemperatureScreen(recordingTo: sink))
        case _ where Self.stages4To6Kinds.contains(kind):
            return try makeStages4To6Screen(recordingTo: sink, digits: digits)
        default:
            throw VisualError.unknownKind(kind, known: Self.kinds + Self.stages4To6Kinds)
        }
    }

    private func named<T>(_ key: String, _ make: (String) -> T?, default fallback: T) throws -> T {
        guard let text = values[key] else { return fallback }
        guard let value = make(text) else { throw VisualError.invalidParameter(key: key, value: text) }
        return value
    }

    private func integer(_ key: String, default fallback: Int) throws -> Int {
        guard let text = values[key] else { return fallback }
        guard let value = Int(text), value >= 0 else {
            throw VisualError.invalidParameter(key: key, value: text)
        }
        return value
    }
}
