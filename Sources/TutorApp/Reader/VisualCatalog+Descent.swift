import Plot

extension VisualCatalog {
    /// The starting settings of a lesson's `gradient-descent` visual: the surface's suggested
    /// ones, with the block's `lr` (SGD, momentum, Nesterov, yours), `adaptive_lr` (RMSProp,
    /// Adam) and `momentum` (μ) when given and within the range the keys allow.
    static func descentSettings(_ parameters: Parameters, surface: LossSurface) -> DescentSettings {
        var settings = DescentSettings(for: surface)
        if let rate = parameters.number("lr").flatMap(Self.allowedRate) { settings.gradientRate = rate }
        if let rate = parameters.number("adaptive_lr").flatMap(Self.allowedRate) {
            settings.adaptiveRate = rate
        }
        if let momentum = parameters.number("momentum"), (0..<1).contains(momentum) {
            settings.momentum = momentum
        }
        return settings
    }

    private static func allowedRate(_ rate: Double) -> Double? {
        DescentSettings.rateLimits.contains(rate) ? rate : nil
    }
}

extension VisualCatalog.Parameters {
    /// A number value; nil when absent or not a number.
    func number(_ key: String) -> Double? { self[key].flatMap { Double($0) } }

    /// A point written as `[x, y]`; nil for anything else.
    func point(_ key: String) -> PlotPoint? {
        let coordinates = list(key).compactMap { Double($0) }
        guard coordinates.count == 2, list(key).count == 2 else { return nil }
        return PlotPoint(x: coordinates[0], y: coordinates[1])
    }
}
