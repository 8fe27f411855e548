import Foundation

/// The grader's random source: SplitMix64 seeded from an FNV-1a hash of the exercise id and the
/// case index, so every case of every exercise is reproducible on every machine and independent
/// of the order in which exercises are graded.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    private var spareNormal: Double?

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The generator for case `caseIndex` of exercise `exerciseID`.
    public init(exerciseID: String, caseIndex: Int) {
        self.init(seed: Self.hash("\(exerciseID)#\(caseIndex)"))
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `text`.
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The next 64 random bits (SplitMix64).
    public mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A standard normal sample (Box-Muller; the second sample of each pair is kept for the next call).
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        // 1 - u lies in (0, 1], so the logarithm is finite.
        let radius = (-2 * Foundation.log(1 - nextUnit())).squareRoot()
        let angle = 2 * Double.pi * nextUnit()
        spareNormal = radius * Foundation.sin(angle)
        return radius * Foundation.cos(angle)
    }

    /// A whole number uniform in `lower...upper` (`lower` when the range is empty).
    public mutating func nextInt(in lower: Int, _ upper: Int) -> Int {
        guard upper > lower else { return lower }
        return lower + Int(next() % UInt64(upper - lower + 1))
    }
}
