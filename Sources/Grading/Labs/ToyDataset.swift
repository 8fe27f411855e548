import Foundation

/// Small synthetic 2-D classification sets for the MLP lab (and the tutor's playground),
/// generated deterministically from a seed.
public struct ToyDataset: Sendable, Equatable {
    /// Point coordinates, `count` rows of (x, y).
    public let points: [(Double, Double)]
    /// The class of each point (0 or 1).
    public let labels: [Int]

    /// The dataset names labs may use.
    public static let names = ["spirals", "moons", "circles", "xor"]

    /// Compares points and labels.
    public static func == (lhs: ToyDataset, rhs: ToyDataset) -> Bool {
        lhs.labels == rhs.labels && lhs.points.elementsEqual(rhs.points) { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// Generates `name` with `perClass` points per class and Gaussian `noise`, or nil for an unknown name.
    public static func make(_ name: String, perClass: Int, noise: Double, seed: UInt64) -> ToyDataset? {
        guard perClass > 0 else { return nil }
        var random = SeededRandom(seed: seed)
        var points: [(Double, Double)] = []
        var labels: [Int] = []
        for label in 0..<2 {
            for index in 0..<perClass {
                let t = Double(index) / Double(max(perClass - 1, 1))
                let point: (Double, Double)
                switch name {
                case "spirals":
                    // Two interleaved arms, each turning 1.25 times around the origin.
                    let radius = 0.1 + 0.9 * t
                    let angle = 2.5 * Double.pi * t + Double(label) * Double.pi
                    point = (radius * sin(angle), radius * cos(angle))
                case "moons":
                    // sklearn's make_moons, shifted and scaled to about [-1, 1]².
                    let angle = Double.pi * t
                    let raw = label == 0 ? (cos(angle), sin(angle)) : (1 - cos(angle), 0.5 - sin(angle))
                    point = ((raw.0 - 0.5) / 1.5, (raw.1 - 0.25) / 1.5)
                case "circles":
                    let angle = 2 * Double.pi * t
                    let radius = label == 0 ? 0.4 : 0.9
                    point = (radius * cos(angle), radius * sin(angle))
                case "xor":
                    let x = random.nextUnit() * 2 - 1
                    let y = random.nextUnit() * 2 - 1
                    // Keep the quadrant consistent with the label: x·y > 0 is class 0.
                    let flip = (x * y > 0) == (label == 0) ? 1.0 : -1.0
                    point = (x, y * flip)
                default:
                    return nil
                }
                points.append((point.0 + noise * random.nextNormal(), point.1 + noise * random.nextNormal()))
                labels.append(label)
            }
        }
        return ToyDataset(points: points, labels: labels)
    }
}
