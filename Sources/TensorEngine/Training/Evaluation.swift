/// The result of running a model over a whole dataset.
public struct EvaluationReport: Sendable, Equatable {
    /// Mean loss over all examples.
    public let loss: Float
    /// Fraction of examples classified correctly, in [0, 1].
    public let accuracy: Float
    /// The predicted class of every example, in dataset order.
    public let predictions: [Int]
}

/// Measuring classifiers: predictions, accuracy, confusion matrices, misclassified examples.
public enum Evaluation {
    /// Runs `model` in evaluation mode without recording gradients over `dataset` in batches,
    /// and returns the mean cross-entropy, the accuracy and every prediction. The model's
    /// previous train/eval mode is restored afterwards.
    /// - Throws: the model's errors (e.g. a shape that does not fit it).
    public static func evaluate(_ model: Module, on dataset: LabeledDataset, batchSize: Int = 256) throws
        -> EvaluationReport
    {
        let wasTraining = model.isTraining
        model.eval()
        defer { model.train(wasTraining) }
        var predictions: [Int] = []
        predictions.reserveCapacity(dataset.count)
        var totalLoss: Double = 0
        let size = Swift.max(1, batchSize)
        try GradMode.withoutGrad {
            for start in stride(from: 0, to: dataset.count, by: size) {
                let indices = Array(start..<Swift.min(start + size, dataset.count))
                let labels = indices.map { dataset.labels[$0] }
                let logits = try model(dataset.gatherInputs(indices))
                let loss = try Loss.crossEntropy(logits: logits, labels: labels)
                totalLoss += Double(try loss.item()) * Double(indices.count)
                predictions += try argmaxRows(logits)
            }
        }
        let count = Swift.max(dataset.count, 1)
        return EvaluationReport(
            loss: Float(totalLoss / Double(count)),
            accuracy: accuracy(predictions: predictions, labels: dataset.labels),
            predictions: predictions)
    }

    /// The index of the largest value in each row of `(N, C)` scores (the first on ties; a row
    /// containing NaN predicts the NaN's column, so broken models never look accurate).
    /// - Throws: `TensorError.invalidShape` unless `scores` is 2-D with at least one column.
    public static func argmaxRows(_ scores: Tensor) throws -> [Int] {
        guard scores.ndim == 2, scores.shape[1] > 0 else {
            throw TensorError.invalidShape(
                "argmaxRows: expected (N, C) scores, got \(formatShape(scores.shape))")
        }
        let (rows, columns) = (scores.shape[0], scores.shape[1])
        return scores.withUnsafeBufferPointer { values in
            (0..<rows).map { row in
                var best = 0
                for column in 1..<Swift.max(columns, 1) {
                    let candidate = values[row * columns + column]
                    if candidate > values[row * columns + best] || candidate.isNaN { best = column }
                }
                return best
            }
        }
    }

    /// Fraction of positions where prediction equals label (0 for empty or mismatched input).
    public static func accuracy(predictions: [Int], labels: [Int]) -> Float {
        guard !labels.isEmpty, predictions.count == labels.count else { return 0 }
        let correct = zip(predictions, labels).filter { $0 == $1 }.count
        return Float(correct) / Float(labels.count)
    }

    /// `matrix[true][predicted]` counts over `classCount` classes; out-of-range values are skipped.
    public static func confusionMatrix(predictions: [Int], labels: [Int], classCount: Int) -> [[Int]] {
        let size = Swift.max(classCount, 0)
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
        for (predicted, actual) in zip(predictions, labels)
        where (0..<size).contains(predicted) && (0..<size).contains(actual) {
            matrix[actual][predicted] += 1
        }
        return matrix
    }

    /// Positions where the prediction differs from the label, in order.
    public static func misclassifiedIndices(predictions: [Int], labels: [Int]) -> [Int] {
        zip(predictions, labels).enumerated().compactMap { $0.element.0 == $0.element.1 ? nil : $0.offset }
    }

    /// The L2 norm of each parameter's gradient, named by parameter path (for the per-layer
    /// gradient view); parameters without a gradient report 0.
    public static func gradientNorms(of model: Module) -> [(name: String, norm: Float)] {
        model.namedParameters().map { name, parameter in
            guard let gradient = parameter.grad else { return (name, 0) }
            let sum = gradient.withUnsafeBufferPointer { values in
                values.reduce(Double(0)) { $0 + Double($1) * Double($1) }
            }
            return (name, Float(sum.squareRoot()))
        }
    }
}
