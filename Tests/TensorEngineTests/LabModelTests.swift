import TensorEngine
import Testing

@Suite("Lab models and evaluation helpers")
struct LabModelTests {
    @Test("LeNet-5, the small ResNet and the plain CNN map 28x28 images to 10 scores")
    func imageModels() throws {
        var generator = RandomGenerator(seed: 2)
        let images = try Tensor.uniform([2, 1, 28, 28], using: &generator)
        for model in [
            try Models.lenet5(seed: 1), try Models.smallResNet(widths: [4, 8], seed: 1),
            try Models.plainCNN(widths: [4, 8], seed: 1),
        ] {
            #expect(try model(images).shape == [2, 10])
        }
        let resnet = try Models.smallResNet(widths: [4, 8], blocksPerStage: 2, seed: 1)
        let plain = try Models.plainCNN(widths: [4, 8], blocksPerStage: 2, seed: 1)
        // Equal depth; the residual one only adds the 1x1 projection where the width changes.
        let convolutions = { (model: Module) in
            model.namedParameters().filter { $0.1.ndim == 4 && $0.1.shape[2] == 3 }.count
        }
        #expect(convolutions(resnet) == convolutions(plain))
        #expect(resnet.parameterCount > plain.parameterCount)
        #expect(
            try Models.lenet5(seed: 3)(images).toArray() == (try Models.lenet5(seed: 3)(images).toArray()))
        #expect(throws: TensorError.self) { try Models.smallResNet(widths: []) }
    }

    @Test("the MLP builder stacks the requested layers")
    func mlp() throws {
        let model = try Models.mlp(inputs: 2, hidden: [8, 4], outputs: 3, activation: .tanh, seed: 1)
        #expect(model.layers.count == 5)
        #expect(model.layers[1] is Tanh)
        #expect(try model(try Tensor.zeros([5, 2])).shape == [5, 3])
    }

    @Test("accuracy, confusion matrix and misclassified indices")
    func evaluationHelpers() throws {
        let predictions = [0, 1, 2, 2, 1]
        let labels = [0, 1, 1, 2, 0]
        #expect(Evaluation.accuracy(predictions: predictions, labels: labels) == 0.6)
        #expect(
            Evaluation.confusionMatrix(predictions: predictions, labels: labels, classCount: 3)
                == [[1, 1, 0], [0, 1, 1], [0, 0, 1]])
        #expect(Evaluation.misclassifiedIndices(predictions: predictions, labels: labels) == [2, 4])
        let scores = try Tensor(shape: [2, 3], data: [0.1, 0.7, 0.2, 3, -1, 2])
        #expect(try Evaluation.argmaxRows(scores) == [1, 0])
    }

    @Test("evaluate reports loss, accuracy and predictions and restores the training mode")
    func evaluate() throws {
        let data = try SyntheticDataset.blobs(centers: 3).generate(pointsPerClass: 10, noise: 0, seed: 1)
        let model = try Models.mlp(inputs: 2, hidden: [4], outputs: 3)
        let report = try Evaluation.evaluate(model, on: data, batchSize: 7)
        #expect(report.predictions.count == 30)
        #expect(report.loss.isFinite && report.loss > 0)
        #expect(report.accuracy == Evaluation.accuracy(predictions: report.predictions, labels: data.labels))
        #expect(model.isTraining)
    }
}
