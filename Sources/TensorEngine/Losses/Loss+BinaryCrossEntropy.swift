#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Loss {
    /// Binary cross-entropy of probabilities in `[0, 1]` against targets of the same shape,
    /// averaged over all elements (PyTorch `F.binary_cross_entropy`). Each log is clamped at
    /// −100 as PyTorch does, so a probability of exactly 0 or 1 gives a finite loss.
    /// - Throws: `TensorError` for a shape mismatch or a probability outside `[0, 1]` (or NaN).
    public static func binaryCrossEntropy(_ probabilities: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape(probabilities, target, op: "binary_cross_entropy")
        let n = probabilities.count
        let p = probabilities.storage.pointer
        let t = target.storage.pointer
        var total: Double = 0
        for i in 0..<n {
            guard p[i] >= 0, p[i] <= 1 else {
                throw TensorError.invalidArgument(
                    "binary_cross_entropy: all elements of input should be between 0 and 1, found \(p[i])")
            }
            let logP = max(log(Double(p[i])), -100)
            let logNotP = max(log(1 - Double(p[i])), -100)
            total -= Double(t[i]) * logP + (1 - Double(t[i])) * logNotP
        }
        let output = Tensor(scalar: Float(total / Double(n)))
        let savedP = probabilities.detached()
        let savedT = target.detached()
        return Tensor.record(output, inputs: [probabilities], name: "binary_cross_entropy") { gradOutput in
            let scale = upstream(gradOutput) / Float(n)
            let gradInput = Tensor.uninitialized(savedP.shape)
            for i in 0..<n {
                let pi = savedP.storage.pointer[i]
                // PyTorch's epsilon keeps the gradient finite at p = 0 or 1.
                let denominator = max((1 - pi) * pi, 1e-12)
                gradInput.storage.pointer[i] = scale * (pi - savedT.storage.pointer[i]) / denominator
            }
            return [gradInput]
        }
    }

    /// Binary cross-entropy computed from logits (PyTorch `binary_cross_entropy_with_logits`),
    /// in the stable form `max(x, 0) − x·t + log(1 + e^(−|x|))`, averaged over all elements.
    public static func binaryCrossEntropyWithLogits(_ logits: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape(logits, target, op: "binary_cross_entropy_with_logits")
        let n = logits.count
        let x = logits.storage.pointer
        let t = target.storage.pointer
        var total: Double = 0
        for i in 0..<n {
            let xi = Double(x[i])
            total += max(xi, 0) - xi * Double(t[i]) + log1p(exp(-abs(xi)))
        }
        let output = Tensor(scalar: Float(total / Double(n)))
        let savedX = logits.detached()
        let savedT = target.detached()
        return Tensor.record(output, inputs: [logits], name: "binary_cross_entropy_with_logits") {
            gradOutput in
            let scale = upstream(gradOutput) / Float(n)
            let gradInput = Tensor.uninitialized(savedX.shape)
            for i in 0..<n {
                let sigmoid = stableSigmoid(savedX.storage.pointer[i])
                gradInput.storage.pointer[i] = scale * (sigmoid - savedT.storage.pointer[i])
            }
            return [gradInput]
        }
    }

    /// `1 / (1 + e^(−x))` without overflow for large negative `x`.
    static func stableSigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + expf(-x)) }
        let e = expf(x)
        return e / (1 + e)
    }
}
