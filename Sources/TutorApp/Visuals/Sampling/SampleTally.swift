import Foundation

/// Samples of one distribution kept as bin counts and running sums, so a million samples
/// cost a few hundred bytes.
public struct SampleTally: Sendable, Hashable {
    /// The counts per bin of the distribution's range.
    public private(set) var counts: [Int]
    /// Samples outside the range (counted in n, not drawn).
    public private(set) var outside: Int
    /// The number of samples.
    public private(set) var count: Int
    private var sum: Double
    private var sumOfSquares: Double
    private let lower: Double
    private let binWidth: Double

    /// An empty tally for `distribution`.
    public init(for distribution: SamplingDistribution) {
        counts = [Int](repeating: 0, count: distribution.binCount)
        outside = 0
        count = 0
        sum = 0
        sumOfSquares = 0
        lower = distribution.range.lowerBound
        binWidth =
            (distribution.range.upperBound - distribution.range.lowerBound) / Double(distribution.binCount)
    }

    /// Adds one sample.
    public mutating func add(_ value: Double) {
        count += 1
        sum += value
        sumOfSquares += value * value
        let position = (value - lower) / binWidth
        guard position.isFinite, position >= 0, position < Double(counts.count) else {
            outside += 1
            return
        }
        counts[Int(position)] += 1
    }

    /// The sample mean (0 when empty).
    public var mean: Double { count > 0 ? sum / Double(count) : 0 }

    /// The sample variance with Bessel's correction (0 below two samples).
    public var variance: Double {
        guard count > 1 else { return 0 }
        return max(0, (sumOfSquares - sum * sum / Double(count)) / Double(count - 1))
    }

    /// Each bin's count as a density: count / (n · bin width), comparable with p(x).
    public var densities: [Double] {
        guard count > 0 else { return counts.map { _ in 0 } }
        return counts.map { Double($0) / (Double(count) * binWidth) }
    }

    /// Each bin's share of the samples.
    public var frequencies: [Double] {
        guard count > 0 else { return counts.map { _ in 0 } }
        return counts.map { Double($0) / Double(count) }
    }
}
