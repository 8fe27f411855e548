extension ComputationalGraphScreen {
    /// The starting screen a trace's settings describe (unknown values fall back to defaults).
    public init(traceSettings settings: [String: String]) {
        self.init(example: settings["example"].flatMap { Int($0) } ?? 0)
    }
}

extension SlidingKernelScreen {
    /// The starting screen a trace's settings describe, on `images`.
    /// - Throws: `VisualError.invalidImage` when `images` is empty or the recorded index is
    ///   out of range.
    public init(images: [DigitImage], traceSettings settings: [String: String]) throws {
        let preset = settings["kernel"].flatMap(KernelPreset.init(rawValue:)) ?? .sobelX
        try self.init(images: images, index: settings["image"].flatMap { Int($0) } ?? 0, preset: preset)
    }
}

extension AugmentationPreviewScreen {
    /// The starting screen a trace's settings describe, on `images` (unknown strengths and seeds
    /// fall back to the lab's strengths and seed 1).
    /// - Throws: `VisualError.invalidImage` when `images` is empty or the recorded index is
    ///   out of range.
    public init(images: [DigitImage], traceSettings settings: [String: String]) throws {
        var strengths = AugmentationStrengths.off
        for transformation in AugmentationStrengths.Transformation.allCases {
            let level = settings[transformation.rawValue].flatMap { Int($0) }
            strengths.adjust(transformation, by: level ?? AugmentationStrengths.lab.level(of: transformation))
        }
        try self.init(
            images: images, index: settings["image"].flatMap { Int($0) } ?? 0, strengths: strengths,
            seed: settings["seed"].flatMap { UInt64($0) } ?? 1)
    }
}

extension ClassifierPlaygroundScreen {
    /// The starting screen a trace's settings describe (unknown values fall back to defaults).
    public init(traceSettings settings: [String: String]) {
        self.init(settings: PlaygroundSettings(recordedChoices: settings["choices"] ?? ""))
    }
}
