/// The 3x3 kernels the sliding-kernel visual offers, each a classic image filter.
public enum KernelPreset: String, Sendable, Hashable, CaseIterable {
    /// A Laplacian: responds where brightness changes in any direction.
    case edge
    /// The 3x3 box blur: the average of the window.
    case blur
    /// Identity plus edges: crisper strokes.
    case sharpen
    /// Sobel in x: responds to vertical edges (left dark, right bright is positive).
    case sobelX = "sobel-x"
    /// Sobel in y: responds to horizontal edges.
    case sobelY = "sobel-y"

    /// The weights, row-major.
    public var weights: [[Double]] {
        switch self {
        case .edge: [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]
        case .blur: Array(repeating: Array(repeating: 1.0 / 9, count: 3), count: 3)
        case .sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
        case .sobelX: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
        case .sobelY: [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]
        }
    }

    /// What the output shows, for the learner.
    public var meaning: String {
        switch self {
        case .edge: "edges in every direction: flat regions give 0"
        case .blur: "a smoothed copy: each output is the window's mean"
        case .sharpen: "the digit with its strokes' borders emphasised"
        case .sobelX: "vertical edges: + where it gets brighter to the right"
        case .sobelY: "horizontal edges: + where it gets brighter downwards"
        }
    }
}
