import TensorEngine
import Testing

@Suite("training")
struct TrainingTests {
    /// Trains a 2-8-2 tanh MLP on XOR with Adam and returns the loss after every step.
    private func trainXOR(steps: Int, seed: UInt64) throws -> (losses: [Float], predictions: [Int]) {
        var generator = RandomGenerator(seed: seed)
        let model = Sequential(
            try Linear(inFeatures: 2, outFeatures: 8, initializer: .xavierUniform(), using: &generator),
            Tanh(),
            try Linear(inFeatures: 8, outFeatures: 2, initializer: .xavierUniform(), using: &generator))
        let optimizer = try Adam(parameters: model.parameters(), learningRate: 0.05)
        let inputs = try Tensor(shape: [4, 2], data: [0, 0, 0, 1, 1, 0, 1, 1])
        let labels = [0, 1, 1, 0]
        var losses: [Float] = []
        for _ in 0..<steps {
            optimizer.zeroGrad()
            let loss = try Loss.crossEntropy(logits: model(inputs), labels: labels)
            try loss.backward()
            try optimizer.step()
            losses.append(try loss.item())
        }
        let logits = try GradMode.withoutGrad { try model(inputs) }
        let predictions = try logits.argmax(axis: 1).toArray().map { Int($0) }
        return (losses, predictions)
    }

    @Test("an MLP learns XOR to 100% accuracy in 300 steps")
    func learnsXOR() throws {
        let run = try trainXOR(steps: 300, seed: 2024)
        #expect(run.predictions == [0, 1, 1, 0])
        #expect(try #require(run.losses.last) < 0.05)
    }

    @Test("the same seed gives a bit-identical loss sequence")
    func deterministic() throws {
        let first = try trainXOR(steps: 50, seed: 77)
        let second = try trainXOR(steps: 50, seed: 77)
        #expect(first.losses.map(\.bitPattern) == second.losses.map(\.bitPattern))
        let other = try trainXOR(steps: 50, seed: 78)
        #expect(first.losses != other.losses)
    }

    @Test("a small CNN with batch norm and dropout trains deterministically on a toy image task")
    func smallConvNet() throws {
        func run() throws -> [Float] {
            var generator = RandomGenerator(seed: 31)
            let model = Sequential(
                try Conv2d(inChannels: 1, outChannels: 4, kernelSize: 3, padding: 1, using: &generator),
                try BatchNorm2d(features: 4), ReLU(), MaxPool2d(kernelSize: 2), Flatten(),
                try Dropout(p: 0.1, seed: 3),
                try Linear(inFeatures: 4 * 4 * 4, outFeatures: 2, using: &generator))
            let optimizer = try SGD(parameters: model.parameters(), learningRate: 0.1, momentum: 0.9)
            // Class 0: bright top half; class 1: bright bottom half.
            var images = [Float](repeating: 0, count: 8 * 64)
            var labels: [Int] = []
            for n in 0..<8 {
                let label = n % 2
                labels.append(label)
                for r in 0..<8 where (r < 4) == (label == 0) {
                    for c in 0..<8 { images[n * 64 + r * 8 + c] = 1 + generator.uniform() }
                }
            }
            let x = try Tensor(shape: [8, 1, 8, 8], data: images)
            var losses: [Float] = []
            for _ in 0..<30 {
                optimizer.zeroGrad()
                let loss = try Loss.crossEntropy(logits: model(x), labels: labels)
                try loss.backward()
                try optimizer.step()
                losses.append(try loss.item())
            }
            model.eval()
            let predictions = try model(x).argmax(axis: 1).toArray().map { Int($0) }
            #expect(predictions == labels)
            return losses
        }
        let first = try run()
        #expect(try #require(first.last) < first[0])
        #expect(first.map(\.bitPattern) == (try run()).map(\.bitPattern))
    }

    @Test("10,000 training steps leave no graph, loss or activation alive")
    func memoryStaysFlat() throws {
        // Weak references instead of the global TensorStorage.liveCount: other suites create
        // tensors in parallel, so a process-wide count would not be deterministic.
        final class WeakTensor {
            weak var tensor: Tensor?
            init(_ tensor: Tensor) { self.tensor = tensor }
        }
        var generator = RandomGenerator(seed: 5)
        let model = Sequential(
            try Conv2d(inChannels: 1, outChannels: 2, kernelSize: 3, padding: 1, using: &generator),
            try BatchNorm2d(features: 2), ReLU(), MaxPool2d(kernelSize: 2), Flatten(),
            try Linear(inFeatures: 8, outFeatures: 2, using: &generator))
        let optimizer = try Adam(parameters: model.parameters(), learningRate: 0.01)
        let x = try Tensor.randn([2, 1, 4, 4], using: &generator)
        var watched: [WeakTensor] = []
        for step in 0..<10_000 {
            optimizer.zeroGrad()
            let logits = try model(x)
            let loss = try Loss.crossEntropy(logits: logits, labels: [0, 1])
            try loss.backward()
            try optimizer.step()
            if step % 10 == 0 {
                watched.append(WeakTensor(loss))
                watched.append(WeakTensor(logits))
            }
        }
        #expect(watched.count == 2_000)
        #expect(watched.allSatisfy { $0.tensor == nil })
    }
}
