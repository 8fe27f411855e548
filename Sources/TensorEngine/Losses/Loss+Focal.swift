#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Loss {
    /// Multi-class focal loss (Lin et al., 2017) from `(N, C)` logits and integer labels:
    /// the batch mean of `−α[y]·(1 − p_y)^γ·log p_y`, where `p` is the softmax. `γ = 0` and no
    /// `α` give plain cross-entropy; larger `γ` down-weights examples that are already easy,
    /// which helps with class imbalance. `alpha`, if given, holds one weight per class.
    /// - Throws: `TensorError` for bad labels, `gamma < 0`, or an `alpha` whose length is not C.
    public static func focal(logits: Tensor, labels: [Int], gamma: Float = 2, alpha: [Float]? = nil) throws
        -> Tensor
    {
        let (batch, classes) = try validateLabels(labels, scores: logits, op: "focal_loss")
        guard gamma >= 0, gamma.isFinite else {
            throw TensorError.invalidArgument("focal_loss: gamma must be a non-negative number, got \(gamma)")
        }
        if let alpha, alpha.count != classes {
            throw TensorError.invalidShape(
                "focal_loss: alpha has \(alpha.count) weight(s) but the logits have \(classes) classes")
        }
        let probabilities = Tensor.uninitialized(logits.shape)
        // Per sample, d loss / d logit_j = coefficient · (δ_jy − p_j); the coefficient is saved.
        var coefficients = [Float](repeating: 0, count: batch)
        var total: Double = 0
        let g = Double(gamma)
        for row in 0..<batch {
            let logProbability = logSoftmaxRow(
                logits.storage.pointer + row * classes, classes,
                into: probabilities.storage.pointer + row * classes)
            let label = labels[row]
            let logPt = logProbability(label)
            let pt = exp(logPt)
            let weight = Double(alpha?[label] ?? 1)
            let oneMinus = max(1 - pt, 0)
            let modulating = g == 0 ? 1 : pow(oneMinus, g)
            total -= weight * modulating * logPt
            // d/dpt [−(1−pt)^γ log pt] · pt  =  γ(1−pt)^(γ−1)·pt·log pt − (1−pt)^γ
            let decay = g == 0 || oneMinus == 0 ? 0 : g * pow(oneMinus, g - 1) * pt * logPt
            coefficients[row] = Float(weight * (decay - modulating))
        }
        let output = Tensor(scalar: Float(total / Double(batch)))
        return Tensor.record(output, inputs: [logits], name: "focal_loss") { gradOutput in
            let scale = upstream(gradOutput) / Float(batch)
            let gradLogits = Tensor.uninitialized(probabilities.shape)
            for row in 0..<batch {
                let p = probabilities.storage.pointer + row * classes
                let out = gradLogits.storage.pointer + row * classes
                let k = scale * coefficients[row]
                // coefficient·(δ_jy − p_j)
                for c in 0..<classes { out[c] = -k * p[c] }
                out[labels[row]] += k
            }
            return [gradLogits]
        }
    }
}
