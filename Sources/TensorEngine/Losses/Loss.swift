/// Loss functions. Each returns a scalar (shape `[]`) tensor, averaged over the batch as
/// PyTorch's default `reduction="mean"`, and is differentiable in its prediction input.
public enum Loss {}

extension Loss {
    /// Checks integer class labels against a `(N, C)` score tensor and returns `(N, C)`.
    static func validateLabels(_ labels: [Int], scores: Tensor, op: String) throws -> (Int, Int) {
        guard scores.ndim == 2 else {
            throw TensorError.invalidShape(
                "\(op): expected logits of shape (N, C), got \(formatShape(scores.shape))")
        }
        let (batch, classes) = (scores.shape[0], scores.shape[1])
        guard batch > 0, classes > 0 else {
            throw TensorError.invalidShape("\(op): empty logits of shape \(formatShape(scores.shape))")
        }
        guard labels.count == batch else {
            throw TensorError.invalidShape(
                "\(op): got \(labels.count) label(s) for a batch of \(batch) (logits \(formatShape(scores.shape)))"
            )
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= classes }) {
            throw TensorError.invalidArgument(
                "\(op): label \(bad) is out of range for \(classes) classes (valid labels are 0...\(classes - 1))"
            )
        }
        return (batch, classes)
    }

    /// Converts a tensor of class indices (stored as floats) to integers, rejecting non-integers.
    static func integerLabels(_ labels: Tensor, op: String) throws -> [Int] {
        guard labels.ndim == 1 else {
            throw TensorError.invalidShape(
                "\(op): labels must be a 1-D tensor of class indices, got shape \(formatShape(labels.shape))")
        }
        return try labels.toArray().map { value in
            // The magnitude bound keeps Int(value) from trapping; any such label is out of range anyway.
            guard value.isFinite, value == value.rounded(), Swift.abs(value) < 0x1p31 else {
                throw TensorError.invalidArgument("\(op): label \(value) is not a valid integer class index")
            }
            return Int(value)
        }
    }

    /// Throws unless prediction and target have the same shape and are not empty.
    static func requireSameShape(_ input: Tensor, _ target: Tensor, op: String) throws {
        guard input.shape == target.shape else {
            throw TensorError.shapeMismatch(op: op, lhs: input.shape, rhs: target.shape)
        }
        guard input.count > 0 else {
            throw TensorError.invalidShape("\(op): empty input of shape \(formatShape(input.shape))")
        }
    }

    /// The scalar that scales a loss's gradient (the upstream gradient of the scalar loss).
    @inline(__always)
    static func upstream(_ gradOutput: Tensor) -> Float {
        gradOutput.storage.pointer[0]
    }
}
