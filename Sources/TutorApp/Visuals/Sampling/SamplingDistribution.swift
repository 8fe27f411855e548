import Foundation
import TensorEngine

/// The distributions the sampling visual draws from, each with its exact density (or mass)
/// so the histogram can be compared with the truth.
public enum SamplingDistribution: String, Sendable, Hashable, CaseIterable {
    /// The standard normal N(0, 1).
    case gaussian
    /// Uniform on [0, 1].
    case uniform
    /// Exponential with rate 1.
    case exponential
    /// 1 with probability 0.3, else 0.
    case bernoulli
    /// 0, 1, 2, 3 with probabilities 0.1, 0.2, 0.4, 0.3.
    case categorical

    /// The categorical distribution's probabilities over 0, 1, 2, 3.
    public static let categoricalProbabilities = [0.1, 0.2, 0.4, 0.3]
    /// The Bernoulli distribution's p.
    public static let bernoulliP = 0.3

    /// The name with its parameters.
    public var title: String {
        switch self {
        case .gaussian: "Gaussian N(0, 1)"
        case .uniform: "Uniform U(0, 1)"
        case .exponential: "Exponential λ = 1"
        case .bernoulli: "Bernoulli p = 0.3"
        case .categorical: "Categorical (0.1, 0.2, 0.4, 0.3)"
        }
    }

    /// The density or mass formula.
    public var formula: String {
        switch self {
        case .gaussian: "p(x) = e^(−x²/2) / √(2π)"
        case .uniform: "p(x) = 1 on [0, 1]"
        case .exponential: "p(x) = e^(−x), x ≥ 0"
        case .bernoulli: "P(1) = 0.3, P(0) = 0.7"
        case .categorical: "P(k) = pₖ, k = 0…3"
        }
    }

    /// Whether samples take a few integer values (bars per value, not bins).
    public var isDiscrete: Bool { self == .bernoulli || self == .categorical }

    /// The x range shown; continuous samples outside it are counted but not drawn.
    public var range: ClosedRange<Double> {
        switch self {
        case .gaussian: -4...4
        case .uniform: -0.5...1.5
        case .exponential: 0...6
        case .bernoulli: -0.5...1.5
        case .categorical: -0.5...3.5
        }
    }

    /// The number of bins (one per value for discrete distributions).
    public var binCount: Int {
        switch self {
        case .gaussian: 40
        case .uniform: 40
        case .exponential: 36
        case .bernoulli: 2
        case .categorical: 4
        }
    }

    /// The true mean.
    public var mean: Double {
        switch self {
        case .gaussian: 0
        case .uniform: 0.5
        case .exponential: 1
        case .bernoulli: Self.bernoulliP
        case .categorical:
            Self.categoricalProbabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        }
    }

    /// The true variance.
    public var variance: Double {
        switch self {
        case .gaussian: 1
        case .uniform: 1.0 / 12
        case .exponential: 1
        case .bernoulli: Self.bernoulliP * (1 - Self.bernoulliP)
        case .categorical:
            Self.categoricalProbabilities.enumerated().reduce(0) {
                $0 + (Double($1.offset) - mean) * (Double($1.offset) - mean) * $1.element
            }
        }
    }

    /// The density at x (continuous) or the probability of the value x (discrete).
    public func density(at x: Double) -> Double {
        switch self {
        case .gaussian: exp(-x * x / 2) / (2 * Double.pi).squareRoot()
        case .uniform: (0...1).contains(x) ? 1 : 0
        case .exponential: x >= 0 ? exp(-x) : 0
        case .bernoulli: x == 1 ? Self.bernoulliP : (x == 0 ? 1 - Self.bernoulliP : 0)
        case .categorical:
            x == x.rounded() && Self.categoricalProbabilities.indices.contains(Int(x))
                ? Self.categoricalProbabilities[Int(x)] : 0
        }
    }

    /// The probability that one sample lands in bin `index` (exact, for the distance shown).
    public func binProbability(_ index: Int) -> Double {
        let width = (range.upperBound - range.lowerBound) / Double(binCount)
        let low = range.lowerBound + Double(index) * width
        let high = low + width
        switch self {
        case .gaussian: return normalCDF(high) - normalCDF(low)
        case .uniform: return max(0, min(high, 1) - max(low, 0))
        case .exponential: return max(0, exp(-max(low, 0)) - exp(-max(high, 0)))
        case .bernoulli, .categorical: return density(at: (low + high) / 2)
        }
    }

    private func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// One sample drawn with the engine's generator.
    public func sample(using generator: inout RandomGenerator) -> Double {
        switch self {
        case .gaussian: return Double(generator.normal())
        case .uniform: return generator.uniformDouble()
        case .exponential:
            // Inverse CDF; 1 − u lies in (0, 1], so the logarithm is finite.
            return -log(1 - generator.uniformDouble())
        case .bernoulli: return generator.uniformDouble() < Self.bernoulliP ? 1 : 0
        case .categorical:
            let u = generator.uniformDouble()
            var cumulative = 0.0
            for (value, probability) in Self.categoricalProbabilities.enumerated() {
                cumulative += probability
                if u < cumulative { return Double(value) }
            }
            return Double(Self.categoricalProbabilities.count - 1)
        }
    }
}
