import TensorEngine

/// How strongly the augmentation preview transforms its digit: one level per transformation,
/// each from a short list of readable values, and the engine augmentation those levels make.
public struct AugmentationStrengths: Sendable, Hashable, CustomStringConvertible {
    /// The transformations, in the order the engine applies them.
    public enum Transformation: String, CaseIterable, Sendable {
        /// A random rotation about the centre.
        case rotation
        /// A random shift by whole pixels.
        case translation
        /// Gaussian noise added to every pixel.
        case noise

        /// The name the learner reads.
        public var label: String {
            switch self {
            case .rotation: "rotation"
            case .translation: "shift"
            case .noise: "noise"
            }
        }
    }

    /// The largest rotations to choose from, in degrees either way.
    public static let rotationDegrees: [Float] = [0, 5, 10, 20, 45]
    /// The largest shifts to choose from, in pixels on each axis.
    public static let translationPixels: [Int] = [0, 1, 2, 3, 4]
    /// The noise standard deviations to choose from (pixels run from 0 to 1).
    public static let noiseDeviations: [Float] = [0, 0.1, 0.2, 0.4]

    /// The index into `rotationDegrees`.
    public private(set) var rotationLevel: Int
    /// The index into `translationPixels`.
    public private(set) var translationLevel: Int
    /// The index into `noiseDeviations`.
    public private(set) var noiseLevel: Int

    /// The levels closest to the given strengths.
    public init(
        rotationDegrees degrees: Float, translationPixels pixels: Int, noiseDeviation deviation: Float
    ) {
        rotationLevel = Self.closest(degrees, in: Self.rotationDegrees)
        translationLevel = Self.closest(Float(pixels), in: Self.translationPixels.map(Float.init))
        noiseLevel = Self.closest(deviation, in: Self.noiseDeviations)
    }

    /// The strengths of an engine augmentation (a transformation it lacks is off), rounded to
    /// the nearest levels.
    public init(_ augmentation: ImageAugmentation) {
        var (degrees, pixels, deviation): (Float, Int, Float) = (0, 0, 0)
        for step in augmentation.steps {
            switch step {
            case .rotation(let maxDegrees): degrees = maxDegrees
            case .translation(let maxPixels): pixels = maxPixels
            case .gaussianNoise(let standardDeviation): deviation = standardDeviation
            }
        }
        self.init(rotationDegrees: degrees, translationPixels: pixels, noiseDeviation: deviation)
    }

    /// What the augmentation lab trains with: `ImageAugmentation.digits`.
    public static let lab = AugmentationStrengths(ImageAugmentation.digits)

    /// No transformation at all.
    public static let off = AugmentationStrengths(
        rotationDegrees: 0, translationPixels: 0, noiseDeviation: 0)

    /// The largest rotation in degrees.
    public var rotationDegrees: Float { Self.rotationDegrees[rotationLevel] }
    /// The largest shift in pixels.
    public var translationPixels: Int { Self.translationPixels[translationLevel] }
    /// The noise standard deviation.
    public var noiseDeviation: Float { Self.noiseDeviations[noiseLevel] }

    /// The engine augmentation with these strengths. Transformations at zero are left out, so
    /// the lab's strengths give exactly `ImageAugmentation.digits` (the same random draws) and
    /// all zeros give an augmentation that returns the image unchanged.
    public var augmentation: ImageAugmentation {
        var steps: [ImageAugmentation.Step] = []
        if rotationDegrees > 0 { steps.append(.rotation(maxDegrees: rotationDegrees)) }
        if translationPixels > 0 { steps.append(.translation(maxPixels: translationPixels)) }
        if noiseDeviation > 0 { steps.append(.gaussianNoise(standardDeviation: noiseDeviation)) }
        return ImageAugmentation(steps)
    }

    /// The current level of `transformation`.
    public func level(of transformation: Transformation) -> Int {
        switch transformation {
        case .rotation: rotationLevel
        case .translation: translationLevel
        case .noise: noiseLevel
        }
    }

    /// The values `transformation` can take, as text ("0", "0.1", ...).
    public static func levelTexts(of transformation: Transformation) -> [String] {
        switch transformation {
        case .rotation: rotationDegrees.map { Self.number($0) }
        case .translation: translationPixels.map(String.init)
        case .noise: noiseDeviations.map { Self.number($0) }
        }
    }

    /// Moves `transformation` `delta` levels up or down, stopping at the ends. Returns whether
    /// the level changed.
    @discardableResult
    public mutating func adjust(_ transformation: Transformation, by delta: Int) -> Bool {
        let count = Self.levelTexts(of: transformation).count
        let old = level(of: transformation)
        let new = min(max(0, old + delta), count - 1)
        switch transformation {
        case .rotation: rotationLevel = new
        case .translation: translationLevel = new
        case .noise: noiseLevel = new
        }
        return new != old
    }

    /// One transformation's strength in words: "rotation ±10°", "shift ±2 px", "noise σ 0.2".
    public func words(for transformation: Transformation) -> String {
        switch transformation {
        case .rotation: "rotation ±\(Self.number(rotationDegrees))°"
        case .translation: "shift ±\(translationPixels) px"
        case .noise: "noise σ \(Self.number(noiseDeviation))"
        }
    }

    /// All three in words: "rotation ±10° · shift ±2 px · noise σ 0".
    public var description: String {
        Transformation.allCases.map { words(for: $0) }.joined(separator: " · ")
    }

    /// The transformations that are on, in words ("rotation ±10° and shift ±2 px"), or "nothing".
    public var wordsForActive: String {
        let active = Transformation.allCases.filter { level(of: $0) > 0 }.map { words(for: $0) }
        switch active.count {
        case 0: return "nothing"
        case 1: return active[0]
        default: return active.dropLast().joined(separator: ", ") + " and " + active[active.count - 1]
        }
    }

    /// A level value without a needless ".0".
    private static func number(_ value: Float) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func closest(_ value: Float, in levels: [Float]) -> Int {
        guard value.isFinite else { return 0 }
        return levels.indices.min { abs(levels[$0] - value) < abs(levels[$1] - value) } ?? 0
    }
}
