import Plot

/// The hyper-parameters shared by every racer, as the learner sets them with keys.
public struct DescentSettings: Sendable, Hashable {
    /// The learning rate of SGD, momentum and Nesterov (and the learner's rule).
    public var gradientRate: Double
    /// The learning rate of RMSProp and Adam.
    public var adaptiveRate: Double
    /// Momentum μ of the momentum and Nesterov racers.
    public var momentum: Double
    /// Adam's β₁.
    public var beta1: Double
    /// Adam's β₂.
    public var beta2: Double
    /// RMSProp's smoothing constant α.
    public var alpha: Double

    /// The surface's suggested rates with PyTorch's default betas and μ = 0.9.
    public init(for surface: LossSurface) {
        gradientRate = surface.gradientRate
        adaptiveRate = surface.adaptiveRate
        momentum = 0.9
        beta1 = 0.9
        beta2 = 0.999
        alpha = 0.99
    }

    /// The learning rate `optimizer` uses.
    public func learningRate(for optimizer: DescentOptimizer) -> Double {
        optimizer.isAdaptive ? adaptiveRate : gradientRate
    }

    /// The momentum values the `m`/`M` keys step through.
    public static let momentumChoices: [Double] = [0, 0.5, 0.8, 0.9, 0.95, 0.99]
    /// The β₁ values the `b` key cycles through.
    public static let beta1Choices: [Double] = [0, 0.5, 0.8, 0.9, 0.95, 0.99]
    /// The β₂ values the `B` key cycles through.
    public static let beta2Choices: [Double] = [0.9, 0.99, 0.999, 0.9999]
    /// The smallest and largest learning rate the keys allow.
    public static let rateLimits: ClosedRange<Double> = 1e-6...100

    /// `value` multiplied by `factor`, kept within `rateLimits`.
    static func scaled(_ value: Double, by factor: Double) -> Double {
        min(max(value * factor, rateLimits.lowerBound), rateLimits.upperBound)
    }

    /// The next (or previous) choice after `value` in `choices`, stopping at the ends.
    static func stepped(_ value: Double, in choices: [Double], by delta: Int) -> Double {
        let nearest = choices.indices.min { abs(choices[$0] - value) < abs(choices[$1] - value) } ?? 0
        let index = min(max(nearest + delta, 0), choices.count - 1)
        return choices[index]
    }

    /// The next choice after `value` in `choices`, wrapping round.
    static func cycled(_ value: Double, in choices: [Double]) -> Double {
        let nearest = choices.indices.min { abs(choices[$0] - value) < abs(choices[$1] - value) } ?? 0
        return choices[(nearest + 1) % choices.count]
    }
}
