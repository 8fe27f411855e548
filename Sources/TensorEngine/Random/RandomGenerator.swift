/// The engine's one seeded random number generator.
///
/// Algorithm: xoshiro256** (Blackman and Vigna, 2018) whose 256-bit state is filled from the
/// 64-bit seed by SplitMix64. Uniform floats take the top 24 bits of a draw (so every value
/// is an exact multiple of 2^-24 in [0, 1)); normal floats use the Box-Muller transform,
/// computed in Double and caching the second value of each pair. Everything is integer or
/// IEEE arithmetic, so the same seed gives bit-identical sequences on every run.
public struct RandomGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    private var spareNormal: Double?

    /// Creates a generator; equal seeds give equal sequences.
    public init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
        spareNormal = nil
    }

    /// The next 64 random bits.
    public mutating func nextUInt64() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// `RandomNumberGenerator` conformance, so Swift's `shuffled(using:)` etc. work too.
    public mutating func next() -> UInt64 { nextUInt64() }

    /// A uniform float in [0, 1).
    public mutating func uniform() -> Float {
        Float(nextUInt64() >> 40) * 0x1p-24
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniformDouble() -> Double {
        Double(nextUInt64() >> 11) * 0x1p-53
    }

    /// A standard normal sample (mean 0, standard deviation 1).
    public mutating func normal() -> Float {
        if let spare = spareNormal {
            spareNormal = nil
            return Float(spare)
        }
        // 1 - u lies in (0, 1], so the logarithm is finite.
        let radius = (-2 * Math.log(1 - uniformDouble())).squareRoot()
        let angle = 2 * Double.pi * uniformDouble()
        spareNormal = radius * Math.sin(angle)
        return Float(radius * Math.cos(angle))
    }

    /// A uniform integer in `range` (unbiased, by rejection). An empty range returns its lower bound.
    public mutating func int(in range: Range<Int>) -> Int {
        guard !range.isEmpty else { return range.lowerBound }
        // Wrapping arithmetic: the span of any non-empty Int range fits in UInt64.
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound)
        let limit = UInt64.max - UInt64.max % span
        var draw = nextUInt64()
        while draw >= limit { draw = nextUInt64() }
        return range.lowerBound &+ Int(truncatingIfNeeded: draw % span)
    }

    /// Shuffles an array in place (Fisher-Yates with this generator).
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            let other = int(in: 0..<(index + 1))
            values.swapAt(index, other)
        }
    }

    /// A random permutation of `0..<n`.
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<max(n, 0))
        shuffle(&values)
        return values
    }
}

private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
}
