import Foundation
import TensorEngine

/// The parameter estimated in the likelihood visual.
public enum LikelihoodModel: String, Sendable, Hashable, CaseIterable {
    /// The mean μ of a Gaussian with known σ = 1.
    case gaussianMean = "gaussian-mean"
    /// The probability p of a Bernoulli variable.
    case bernoulli

    /// The value data are drawn from (the learner sees the estimate approach it).
    public var trueParameter: Double {
        switch self {
        case .gaussianMean: 1.5
        case .bernoulli: 0.7
        }
    }

    /// The parameter's name.
    public var parameterName: String {
        switch self {
        case .gaussianMean: "μ"
        case .bernoulli: "p"
        }
    }

    /// The parameter range plotted.
    public var parameterRange: ClosedRange<Double> {
        switch self {
        case .gaussianMean: -1.5...4.5
        case .bernoulli: 0...1
        }
    }

    /// A title with the model.
    public var title: String {
        switch self {
        case .gaussianMean: "Gaussian mean μ, σ = 1 known"
        case .bernoulli: "Bernoulli p"
        }
    }

    /// The log-likelihood formula.
    public var formula: String {
        switch self {
        case .gaussianMean: "ℓ(μ) = −n/2·log 2π − ½∑(xᵢ−μ)²"
        case .bernoulli: "ℓ(p) = k·log p + (n−k)·log(1−p)"
        }
    }

    /// The closed-form maximum-likelihood estimate, or nil without data.
    public func maximumLikelihoodEstimate(_ data: [Double]) -> Double? {
        guard !data.isEmpty else { return nil }
        // Both are the sample mean: x̄ for the Gaussian, k/n for 0/1 data.
        return data.reduce(0, +) / Double(data.count)
    }

    /// The log-likelihood of `parameter` for `data` (0 for no data: every value fits equally).
    public func logLikelihood(_ parameter: Double, data: [Double]) -> Double {
        switch self {
        case .gaussianMean:
            let squares = data.reduce(0) { $0 + ($1 - parameter) * ($1 - parameter) }
            return -Double(data.count) / 2 * log(2 * Double.pi) - squares / 2
        case .bernoulli:
            let ones = data.reduce(0, +)
            let zeros = Double(data.count) - ones
            // 0·log 0 = 0: a p of 0 is perfectly likely when there are no ones.
            let fromOnes = ones > 0 ? ones * log(parameter) : 0
            let fromZeros = zeros > 0 ? zeros * log(1 - parameter) : 0
            return fromOnes + fromZeros
        }
    }

    /// One observation drawn with the engine's generator.
    public func sample(using generator: inout RandomGenerator) -> Double {
        switch self {
        case .gaussianMean: trueParameter + Double(generator.normal())
        case .bernoulli: generator.uniformDouble() < trueParameter ? 1 : 0
        }
    }
}
