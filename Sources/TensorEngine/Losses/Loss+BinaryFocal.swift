#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Loss {
    /// Binary focal loss from logits (as torchvision's `sigmoid_focal_loss`, mean reduction):
    /// the mean of `−α_t·(1 − p_t)^γ·log p_t`, where `p_t = σ(x)` for a positive target and
    /// `1 − σ(x)` for a negative one, and `α_t = α` or `1 − α` likewise (no `α`: weight 1).
    /// Computed from `log σ` in a stable form, so large logits stay finite.
    /// - Throws: `TensorError` for a shape mismatch, targets other than 0 and 1, `gamma < 0` or
    ///   `alpha` outside [0, 1].
    public static func binaryFocal(_ logits: Tensor, _ target: Tensor, gamma: Float = 2, alpha: Float? = nil)
        throws -> Tensor
    {
        try requireSameShape(logits, target, op: "sigmoid_focal_loss")
        guard gamma >= 0, gamma.isFinite else {
            throw TensorError.invalidArgument(
                "sigmoid_focal_loss: gamma must be a non-negative number, got \(gamma)")
        }
        if let alpha, !(alpha >= 0 && alpha <= 1) {
            throw TensorError.invalidArgument("sigmoid_focal_loss: alpha must lie in [0, 1], got \(alpha)")
        }
        let n = logits.count
        let g = Double(gamma)
        // Per element, d loss / d x is saved (scaled by 1/n at backward time).
        let derivative = Tensor.uninitialized(logits.shape)
        var total: Double = 0
        for i in 0..<n {
            let t = target.storage.pointer[i]
            guard t == 0 || t == 1 else {
                throw TensorError.invalidArgument("sigmoid_focal_loss: targets must be 0 or 1, found \(t)")
            }
            // z is the logit of the true class: p_t = σ(z).
            let sign: Double = t == 1 ? 1 : -1
            let z = sign * Double(logits.storage.pointer[i])
            let logPt = z >= 0 ? -log1p(exp(-z)) : z - log1p(exp(z))
            let pt = exp(logPt)
            let weight = alpha.map { Double(t == 1 ? $0 : 1 - $0) } ?? 1
            let modulating = g == 0 ? 1 : pow(1 - pt, g)
            total -= weight * modulating * logPt
            // d/dz [−(1−p)^γ log p] = (1−p)^γ (γ·p·log p − (1 − p)) with dp/dz = p(1−p).
            derivative.storage.pointer[i] = Float(sign * weight * modulating * (g * pt * logPt - (1 - pt)))
        }
        let output = Tensor(scalar: Float(total / Double(n)))
        return Tensor.record(output, inputs: [logits], name: "sigmoid_focal_loss") { gradOutput in
            let scale = upstream(gradOutput) / Float(n)
            let gradInput = Tensor.uninitialized(derivative.shape)
            for i in 0..<n { gradInput.storage.pointer[i] = scale * derivative.storage.pointer[i] }
            return [gradInput]
        }
    }
}
