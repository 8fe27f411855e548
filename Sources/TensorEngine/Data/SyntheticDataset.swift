import Foundation

/// The 2-D toy classification sets of the backpropagation stage. Every set is generated from a
/// seed, so the same arguments always give the same points; `noise` is the standard deviation
/// of Gaussian jitter added to each coordinate (the shapes themselves span about [-1, 1]).
public enum SyntheticDataset: Sendable, Equatable, Hashable {
    /// `arms` interleaved spiral arms, one class per arm, each turning 1.5 times around.
    case spirals(arms: Int)
    /// Two interleaving half circles.
    case moons
    /// A small circle inside a large one.
    case circles
    /// Four quadrants; a point's class is whether x and y have different signs.
    case xor
    /// `centers` Gaussian clusters evenly spaced on a circle, one class per cluster.
    case blobs(centers: Int)

    /// The standard sets by name: two-arm spirals, moons, circles, xor, three blobs.
    public static let standard: [SyntheticDataset] = [
        .spirals(arms: 2), .moons, .circles, .xor, .blobs(centers: 3),
    ]

    /// The set's name, e.g. `"spirals"`.
    public var name: String {
        switch self {
        case .spirals: return "spirals"
        case .moons: return "moons"
        case .circles: return "circles"
        case .xor: return "xor"
        case .blobs: return "blobs"
        }
    }

    /// The standard set called `name` (case-insensitive), or nil.
    public static func named(_ name: String) -> SyntheticDataset? {
        standard.first { $0.name == name.lowercased() }
    }

    /// Number of classes.
    public var classCount: Int {
        switch self {
        case .spirals(let arms): return arms
        case .blobs(let centers): return centers
        case .moons, .circles, .xor: return 2
        }
    }

    /// Generates `pointsPerClass` points of every class: inputs of shape `[2]`, labels
    /// `0..<classCount`, classes one after another.
    /// - Throws: `DataError.invalidArgument` for a non-positive count, fewer than two arms or
    ///   centers, or a negative or non-finite noise.
    public func generate(pointsPerClass: Int, noise: Float, seed: UInt64) throws -> LabeledDataset {
        guard pointsPerClass > 0 else {
            throw DataError.invalidArgument("\(name): pointsPerClass must be positive, got \(pointsPerClass)")
        }
        guard classCount >= 2, classCount <= 64 else {
            throw DataError.invalidArgument("\(name): needs 2 to 64 classes, got \(classCount)")
        }
        guard noise >= 0, noise.isFinite else {
            throw DataError.invalidArgument("\(name): noise must be a non-negative number, got \(noise)")
        }
        var generator = RandomGenerator(seed: seed)
        var features: [Float] = []
        features.reserveCapacity(2 * pointsPerClass * classCount)
        var labels: [Int] = []
        for label in 0..<classCount {
            for index in 0..<pointsPerClass {
                let (x, y) = point(label: label, index: index, of: pointsPerClass, using: &generator)
                features.append(Float(x) + noise * generator.normal())
                features.append(Float(y) + noise * generator.normal())
                labels.append(label)
            }
        }
        return try LabeledDataset(
            name: name, features: features, sampleShape: [2], labels: labels,
            classNames: (0..<classCount).map { "class \($0)" })
    }

    /// The noise-free position of one point.
    private func point(
        label: Int, index: Int, of perClass: Int, using generator: inout RandomGenerator
    ) -> (Double, Double) {
        switch self {
        case .spirals(let arms):
            // Evenly spaced along the arm from near the centre outwards.
            let t = (Double(index) + 0.5) / Double(perClass)
            let angle = 3 * Double.pi * t + 2 * Double.pi * Double(label) / Double(arms)
            return (t * cos(angle), t * sin(angle))
        case .moons:
            let angle = Double.pi * generator.uniformDouble()
            // The lower moon is the upper one flipped and shifted so the two interlock.
            let raw = label == 0 ? (cos(angle), sin(angle)) : (1 - cos(angle), 0.5 - sin(angle))
            return ((raw.0 - 0.5) * 0.8, (raw.1 - 0.25) * 0.8)
        case .circles:
            let angle = 2 * Double.pi * generator.uniformDouble()
            let radius = label == 0 ? 0.4 : 0.9
            return (radius * cos(angle), radius * sin(angle))
        case .xor:
            // Draw a magnitude per axis, then choose signs that put the point in its class's quadrants.
            let x = 0.05 + 0.95 * generator.uniformDouble()
            let y = 0.05 + 0.95 * generator.uniformDouble()
            let xPositive = generator.int(in: 0..<2) == 0
            let yPositive = label == 0 ? xPositive : !xPositive
            return (xPositive ? x : -x, yPositive ? y : -y)
        case .blobs(let centers):
            let angle = 2 * Double.pi * Double(label) / Double(centers)
            let spread = 0.15
            return (
                0.7 * cos(angle) + spread * Double(generator.normal()),
                0.7 * sin(angle) + spread * Double(generator.normal())
            )
        }
    }
}
