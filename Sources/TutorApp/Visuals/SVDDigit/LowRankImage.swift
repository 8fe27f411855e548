import Foundation
import TensorEngine

/// A grayscale image with its singular value decomposition from the engine, rebuilt from its
/// top k singular values: A_k = ∑_{i<k} σᵢ uᵢ vᵢᵀ, the best rank-k approximation in the
/// Frobenius norm (Eckart-Young).
public struct LowRankImage: Sendable {
    /// Width in pixels (columns of A).
    public let width: Int
    /// Height in pixels (rows of A).
    public let height: Int
    /// The pixels, row-major.
    public let pixels: [Double]
    /// σ₁ ≥ σ₂ ≥ ... (min(width, height) values).
    public let singularValues: [Double]
    /// ‖A − A_k‖_F / ‖A‖_F for k = 1 ... rank count (index k − 1), measured on the actual
    /// reconstructions.
    public let relativeErrors: [Double]
    private let u: [Double]
    private let vt: [Double]

    /// Decomposes `pixels` (row-major, `height` x `width`).
    /// - Throws: `VisualError.invalidImage` for a size that does not match, or the engine's
    ///   error when the SVD fails (non-finite pixels).
    public init(pixels: [Double], width: Int, height: Int) throws {
        guard width > 0, height > 0, pixels.count == width * height else {
            throw VisualError.invalidImage("\(pixels.count) pixels cannot be a \(width)x\(height) image")
        }
        self.width = width
        self.height = height
        self.pixels = pixels
        let matrix = try Tensor(shape: [height, width], data: pixels.map { Float($0) })
        let (u, s, vt) = try matrix.svd()
        self.u = u.toArray().map(Double.init)
        self.vt = vt.toArray().map(Double.init)
        singularValues = s.toArray().map(Double.init)
        let total = pixels.reduce(0) { $0 + $1 * $1 }.squareRoot()
        var errors: [Double] = []
        var partial = [Double](repeating: 0, count: width * height)
        for k in 0..<singularValues.count {
            LowRankImage.addTerm(
                k, u: self.u, s: singularValues, vt: self.vt, width: width, height: height, to: &partial)
            var residual = 0.0
            for index in pixels.indices {
                let difference = pixels[index] - partial[index]
                residual += difference * difference
            }
            // An all-black image has nothing to approximate: call every rank exact.
            errors.append(total > 0 ? residual.squareRoot() / total : 0)
        }
        relativeErrors = errors
    }

    /// The number of singular values (the largest useful k).
    public var maximumRank: Int { singularValues.count }

    /// A_k, row-major; k is clamped to 0 ... `maximumRank`.
    public func reconstruction(rank k: Int) -> [Double] {
        var result = [Double](repeating: 0, count: width * height)
        for term in 0..<min(max(0, k), maximumRank) {
            LowRankImage.addTerm(
                term, u: u, s: singularValues, vt: vt, width: width, height: height, to: &result)
        }
        return result
    }

    /// The relative error of the rank-k image (1 for k = 0).
    public func relativeError(rank k: Int) -> Double {
        guard k >= 1 else { return 1 }
        return relativeErrors[min(k, relativeErrors.count) - 1]
    }

    /// Adds σ_term · u_term v_termᵀ to `image`.
    private static func addTerm(
        _ term: Int, u: [Double], s: [Double], vt: [Double], width: Int, height: Int, to image: inout [Double]
    ) {
        let rank = s.count
        for row in 0..<height {
            let weight = s[term] * u[row * rank + term]
            guard weight != 0 else { continue }
            for column in 0..<width {
                image[row * width + column] += weight * vt[term * width + column]
            }
        }
    }
}
