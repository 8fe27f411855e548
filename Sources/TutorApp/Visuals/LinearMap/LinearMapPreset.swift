import Foundation

/// The matrices the linear-map screen can jump to, each showing one kind of map.
public enum LinearMapPreset: String, Sendable, Hashable, CaseIterable {
    /// [[1, 0], [0, 1]]: nothing moves.
    case identity
    /// A rotation by 30 degrees counter-clockwise.
    case rotation
    /// [[1, 1], [0, 1]]: x stays, y slides sideways.
    case shear
    /// [[2, 0], [0, 0.5]]: stretch x, squash y.
    case scaling
    /// [[1, 0], [0, 0]]: onto the x axis.
    case projection
    /// [[0, 1], [1, 0]]: the mirror in the line y = x.
    case reflection

    /// The entries (a, b, c, d) of [[a, b], [c, d]].
    public var entries: [Double] {
        switch self {
        case .identity: [1, 0, 0, 1]
        // 30 degrees counter-clockwise.
        case .rotation: [cos(Double.pi / 6), -0.5, 0.5, cos(Double.pi / 6)]
        case .shear: [1, 1, 0, 1]
        case .scaling: [2, 0, 0, 0.5]
        case .projection: [1, 0, 0, 0]
        case .reflection: [0, 1, 1, 0]
        }
    }

    /// The key that selects it.
    public var key: Character {
        switch self {
        case .identity: "1"
        case .rotation: "2"
        case .shear: "3"
        case .scaling: "4"
        case .projection: "5"
        case .reflection: "6"
        }
    }

    /// One sentence on what to notice.
    public var lesson: String {
        switch self {
        case .identity: "identity: nothing moves; every vector is an eigenvector"
        case .rotation: "rotation by 30°: no real direction stays put, so the eigenvalues are complex"
        case .shear: "shear: x-axis stays put (λ = 1 twice), area is preserved (det 1)"
        case .scaling: "scaling: the axes are the eigenvectors, stretched by 2 and squashed by 0.5"
        case .projection: "projection onto x: y collapses (λ = 0, det 0), the plane becomes a line"
        case .reflection: "reflection in y = x: (1,1) stays, (1,-1) flips (λ = -1), det -1"
        }
    }
}
