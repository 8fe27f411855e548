#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Loss {
    /// Cross-entropy of `(N, C)` logits against integer class labels, averaged over the batch
    /// (PyTorch `F.cross_entropy`). Uses a max-shifted log-softmax, so huge logits stay finite.
    /// - Throws: `TensorError` when `labels.count != N` or a label is outside `0..<C`.
    public static func crossEntropy(logits: Tensor, labels: [Int]) throws -> Tensor {
        let (batch, classes) = try validateLabels(labels, scores: logits, op: "cross_entropy")
        // Saved for backward: the softmax probabilities.
        let probabilities = Tensor.uninitialized(logits.shape)
        var total: Double = 0
        for row in 0..<batch {
            let logProbability = logSoftmaxRow(
                logits.storage.pointer + row * classes, classes,
                into: probabilities.storage.pointer + row * classes)
            total -= logProbability(labels[row])
        }
        let output = Tensor(scalar: Float(total / Double(batch)))
        return Tensor.record(output, inputs: [logits], name: "cross_entropy") { gradOutput in
            let scale = upstream(gradOutput) / Float(batch)
            let gradLogits = Tensor.uninitialized(probabilities.shape)
            for row in 0..<batch {
                let p = probabilities.storage.pointer + row * classes
                let g = gradLogits.storage.pointer + row * classes
                for c in 0..<classes { g[c] = scale * p[c] }
                g[labels[row]] -= scale
            }
            return [gradLogits]
        }
    }

    /// Cross-entropy with the labels given as a 1-D tensor of integer-valued floats.
    public static func crossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
        try crossEntropy(logits: logits, labels: integerLabels(labels, op: "cross_entropy"))
    }

    /// Writes the softmax of one row into `probabilities` and returns a function giving the
    /// log-probability of a class, computed as `x − max − log Σ exp(x − max)` in Double.
    static func logSoftmaxRow(
        _ row: UnsafePointer<Float>, _ classes: Int, into probabilities: UnsafeMutablePointer<Float>
    ) -> (Int) -> Double {
        var maximum = row[0]
        for c in 1..<max(classes, 1) where row[c] > maximum || row[c].isNaN { maximum = row[c] }
        var sum: Double = 0
        for c in 0..<classes {
            let e = exp(Double(row[c] - maximum))
            probabilities[c] = Float(e)
            sum += e
        }
        let logSum = log(sum)
        for c in 0..<classes { probabilities[c] = Float(Double(probabilities[c]) / sum) }
        let shift = Double(maximum)
        return { c in Double(row[c]) - shift - logSum }
    }
}
