import Foundation
import TensorEngine

/// One real eigenvalue with a unit eigenvector (x, y).
public struct Eigenpair: Sendable, Hashable {
    /// λ.
    public var value: Double
    /// The eigenvector's first component (the vector has length 1).
    public var x: Double
    /// The eigenvector's second component.
    public var y: Double
}

/// What the numbers of a 2x2 matrix say: determinant, trace and eigen-structure, with the
/// determinant (and, for symmetric matrices, the eigen-decomposition) from the engine.
public struct LinearMapAnalysis: Sendable, Hashable {
    /// The shape of the eigen-structure.
    public enum Kind: Sendable, Hashable {
        /// Two distinct real eigenvalues, each with its own eigen-direction.
        case twoReal
        /// One repeated eigenvalue with a single eigen-direction (a shear-like map).
        case repeated
        /// A multiple of the identity: every vector is an eigenvector.
        case scalar
        /// A complex pair a ± bi: the map rotates (by `angle`) and scales (by `modulus`).
        case complex(real: Double, imaginary: Double)
    }

    /// The determinant (area scale factor, negative when orientation flips).
    public let determinant: Double
    /// The trace a + d.
    public let trace: Double
    /// The eigen-structure.
    public let kind: Kind
    /// The real eigenpairs, largest eigenvalue first (empty for complex eigenvalues).
    public let eigenpairs: [Eigenpair]
    /// Whether the matrix is symmetric (then the engine's `eigh` found the eigenpairs).
    public let isSymmetric: Bool

    /// The rotation angle in degrees for complex eigenvalues (nil otherwise).
    public var rotationDegrees: Double? {
        guard case .complex(let real, let imaginary) = kind else { return nil }
        return atan2(imaginary, real) * 180 / Double.pi
    }

    /// The scale |λ| for complex eigenvalues (nil otherwise).
    public var modulus: Double? {
        guard case .complex(let real, let imaginary) = kind else { return nil }
        return hypot(real, imaginary)
    }

    /// Analyses [[a, b], [c, d]].
    public init(a: Double, b: Double, c: Double, d: Double) {
        trace = a + d
        isSymmetric = abs(b - c) < 1e-12
        let matrix = try? Tensor(shape: [2, 2], data: [Float(a), Float(b), Float(c), Float(d)])
        // The engine works in Float; the closed form in Double is the fallback should it refuse.
        let engineDeterminant = (try? matrix?.det().item()).map { Double($0) }
        determinant = engineDeterminant ?? (a * d - b * c)
        let scale = max(abs(a), abs(b), abs(c), abs(d), 1)
        let tolerance = 1e-9 * scale * scale
        let discriminant = trace * trace - 4 * (a * d - b * c)
        if abs(b) < 1e-12, abs(c) < 1e-12, abs(a - d) < 1e-12 {
            kind = .scalar
            eigenpairs = [Eigenpair(value: a, x: 1, y: 0), Eigenpair(value: a, x: 0, y: 1)]
        } else if isSymmetric, let matrix, let (values, vectors) = try? matrix.eigh() {
            // eigh returns ascending eigenvalues with eigenvectors as columns.
            let lambda = values.toArray().map(Double.init)
            let v = vectors.toArray().map(Double.init)
            let pairs = (0..<2).map { column in
                LinearMapAnalysis.unit(value: lambda[column], x: v[column], y: v[2 + column])
            }
            kind = abs(lambda[1] - lambda[0]) <= 1e-6 * scale ? .scalar : .twoReal
            eigenpairs = pairs.reversed()
        } else if discriminant < -tolerance {
            kind = .complex(real: trace / 2, imaginary: (-discriminant).squareRoot() / 2)
            eigenpairs = []
        } else if discriminant <= tolerance {
            let lambda = trace / 2
            kind = .repeated
            eigenpairs = [LinearMapAnalysis.eigenvector(a: a, b: b, c: c, d: d, lambda: lambda)]
        } else {
            let root = discriminant.squareRoot()
            kind = .twoReal
            eigenpairs = [(trace + root) / 2, (trace - root) / 2].map {
                LinearMapAnalysis.eigenvector(a: a, b: b, c: c, d: d, lambda: $0)
            }
        }
    }

    /// A unit vector spanning the null space of A − λI: from the larger of its two rows, so
    /// the direction stays accurate when one row nearly vanishes.
    static func eigenvector(a: Double, b: Double, c: Double, d: Double, lambda: Double) -> Eigenpair {
        // Row (a−λ, b) is orthogonal to v, so v ∥ (b, λ−a); likewise from row (c, d−λ).
        let first = (x: b, y: lambda - a)
        let second = (x: lambda - d, y: c)
        let chosen = hypot(first.x, first.y) >= hypot(second.x, second.y) ? first : second
        if hypot(chosen.x, chosen.y) < 1e-12 { return Eigenpair(value: lambda, x: 1, y: 0) }
        return unit(value: lambda, x: chosen.x, y: chosen.y)
    }

    /// The pair with (x, y) scaled to length 1 and pointing right (or up when vertical).
    static func unit(value: Double, x: Double, y: Double) -> Eigenpair {
        let length = hypot(x, y)
        guard length > 0, length.isFinite else { return Eigenpair(value: value, x: 1, y: 0) }
        let sign: Double = (x < -1e-12 || (abs(x) <= 1e-12 && y < 0)) ? -1 : 1
        return Eigenpair(value: value, x: sign * x / length, y: sign * y / length)
    }
}
