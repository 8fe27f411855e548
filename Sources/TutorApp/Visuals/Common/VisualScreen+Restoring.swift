extension LinearMapScreen {
    /// The starting screen a trace's settings describe (unknown values fall back to defaults).
    public init(traceSettings settings: [String: String]) {
        let values = settings["matrix"]?.split(separator: ",").compactMap { Double($0) } ?? []
        if values.count == 4,
            let screen = try? LinearMapScreen(matrix: [Array(values[0..<2]), Array(values[2..<4])])
        {
            self = screen
        } else {
            self.init(preset: settings["preset"].flatMap(LinearMapPreset.init(rawValue:)) ?? .shear)
        }
    }
}

extension SamplingHistogramScreen {
    /// The starting screen a trace's settings describe (unknown values fall back to defaults).
    public init(traceSettings settings: [String: String]) {
        self.init(
            distribution: settings["distribution"].flatMap(SamplingDistribution.init(rawValue:)) ?? .gaussian,
            seed: settings["seed"].flatMap { UInt64($0) } ?? 7)
    }
}

extension LikelihoodScreen {
    /// The starting screen a trace's settings describe (unknown values fall back to defaults).
    public init(traceSettings settings: [String: String]) {
        self.init(
            model: settings["model"].flatMap(LikelihoodModel.init(rawValue:)) ?? .gaussianMean,
            seed: settings["seed"].flatMap { UInt64($0) } ?? 11)
    }
}

extension SoftmaxTemperatureScreen {
    /// The starting screen a trace's settings describe (it has none: always the default).
    public init(traceSettings settings: [String: String]) {
        self.init()
    }
}

extension SVDDigitScreen {
    /// The starting screen a trace's settings describe, over `images` (the same list the
    /// session used, e.g. `DigitImage.shippedDigits()`).
    /// - Throws: as `init(images:index:rank:recordingTo:)`.
    public init(images: [DigitImage], traceSettings settings: [String: String]) throws {
        try self.init(
            images: images, index: settings["image"].flatMap { Int($0) } ?? 0,
            rank: settings["rank"].flatMap { Int($0) } ?? 3)
    }
}
