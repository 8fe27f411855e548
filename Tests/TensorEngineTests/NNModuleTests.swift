import TensorEngine
import Testing

@Suite("nn modules")
struct NNModuleTests {
    @Test("Sequential names parameters hierarchically and switches modes recursively")
    func namesAndModes() throws {
        var generator = RandomGenerator(seed: 1)
        let model = Sequential(
            try Linear(inFeatures: 4, outFeatures: 3, using: &generator), ReLU(), try Dropout(p: 0.5),
            Sequential(
                try Linear(inFeatures: 3, outFeatures: 2, bias: false, using: &generator),
                try BatchNorm1d(features: 2)))
        #expect(
            model.namedParameters().map { $0.0 } == [
                "0.weight", "0.bias", "3.0.weight", "3.1.weight", "3.1.bias",
            ])
        #expect(model.parameterCount == 12 + 3 + 6 + 2 + 2)
        #expect(model.namedBuffers().map { $0.0 } == ["3.1.running_mean", "3.1.running_var"])
        #expect(model.parameters().allSatisfy { $0.requiresGrad })
        model.eval()
        #expect(model.layers.allSatisfy { !$0.isTraining })
        #expect(try #require(model.layers.last as? Sequential).layers.allSatisfy { !$0.isTraining })
        model.train()
        #expect(model.layers.allSatisfy { $0.isTraining })
        let output = try model(Tensor.ones([5, 4]))
        #expect(output.shape == [5, 2])
    }

    @Test("Linear computes x·Wᵀ + b and its gradients")
    func linearLayer() throws {
        let layer = try Linear(inFeatures: 3, outFeatures: 2, seed: 4)
        let x = try Tensor(shape: [2, 3], data: [1, 2, 3, 4, 5, 6])
        let expected = try x.matmul(layer.weight.transpose()).add(layer.bias ?? Tensor.zeros([2]))
        #expect(try layer(x).allClose(expected))
        var generator = RandomGenerator(seed: 8)
        let error = try gradcheck(
            { try $0[0].linear(weight: $0[1], bias: $0[2]) },
            inputs: [
                Tensor.randn([2, 3, 4], using: &generator), Tensor.randn([5, 4], using: &generator),
                Tensor.randn([5], using: &generator),
            ])
        #expect(error < 1e-2)
        #expect(throws: TensorError.self) { try layer(Tensor.zeros([2, 4])) }
    }

    @Test("He and Xavier initialisation have the documented spread and are seeded")
    func initialisation() throws {
        var first = RandomGenerator(seed: 3)
        var second = RandomGenerator(seed: 3)
        let he = try Initializer.heNormal.makeTensor([256, 400], fanIn: 400, fanOut: 256, using: &first)
        let again = try Initializer.heNormal.makeTensor([256, 400], fanIn: 400, fanOut: 256, using: &second)
        #expect(he.toArray() == again.toArray())
        let heStd = try he.std().item()
        #expect(Swift.abs(heStd - (2.0 / 400).squareRoot()) < 0.003)
        let xavier = try Initializer.xavierUniform().makeTensor(
            [200, 300], fanIn: 300, fanOut: 200, using: &first)
        let bound = (6 / Float(500)).squareRoot()
        #expect(try xavier.max().item() <= bound)
        #expect(try xavier.min().item() >= -bound)
        #expect(Swift.abs(try xavier.std().item() - bound / Float(3).squareRoot()) < 0.003)
    }

    @Test("BasicBlock keeps shape with an identity shortcut and projects when needed")
    func basicBlock() throws {
        var generator = RandomGenerator(seed: 6)
        let same = try BasicBlock(inChannels: 4, outChannels: 4, using: &generator)
        #expect(same.projection == nil)
        let down = try BasicBlock(inChannels: 4, outChannels: 8, stride: 2, using: &generator)
        #expect(down.projection != nil)
        #expect(BasicBlock.needsProjection(inChannels: 4, outChannels: 4, stride: 2))
        #expect(!BasicBlock.needsProjection(inChannels: 4, outChannels: 4, stride: 1))
        let x = try Tensor.randn([2, 4, 8, 8], using: &generator)
        #expect(try same(x).shape == [2, 4, 8, 8])
        let y = try down(x)
        #expect(y.shape == [2, 8, 4, 4])
        #expect(try y.min().item() >= 0)
        #expect(down.namedParameters().map { $0.0 }.contains("shortcut.0.weight"))
        try y.sum().backward()
        #expect(down.parameters().allSatisfy { $0.grad != nil })
    }

    @Test("dropout is seeded, scales survivors and is the identity in eval mode")
    func dropout() throws {
        let x = try Tensor.ones([1000])
        let first = try Dropout(p: 0.3, seed: 42)
        let second = try Dropout(p: 0.3, seed: 42)
        let a = try first(x).toArray()
        #expect(a == (try second(x).toArray()))
        #expect(Set(a) == [0, Float(1) / 0.7])
        let kept = a.filter { $0 != 0 }.count
        #expect(kept > 620 && kept < 780)
        first.eval()
        #expect(try first(x).toArray() == x.toArray())
        #expect(throws: TensorError.self) { try Dropout(p: 1.5) }
        var generator = RandomGenerator(seed: 1)
        let input = try Tensor.randn([20], using: &generator)
        input.requiresGrad = true
        let output = try input.dropout(p: 0.5, training: true, using: &generator)
        try output.sum().backward()
        let mask = try #require(input.grad).toArray()
        #expect(zip(mask, output.toArray()).allSatisfy { $0 == 0 ? $1 == 0 : $0 == 2 })
    }

    @Test("Flatten and the activation layers")
    func statelessLayers() throws {
        let x = try Tensor(shape: [2, 1, 2, 2], data: [-1, 2, -3, 4, 5, -6, 7, -8])
        #expect(try Flatten()(x).shape == [2, 4])
        #expect(try ReLU()(x).toArray() == [0, 2, 0, 4, 5, 0, 7, 0])
        #expect(try Sigmoid()(x).allClose(x.sigmoid()))
        #expect(try Tanh()(x).allClose(x.tanh()))
        let error = try gradcheck(
            { try ReLU()($0[0]) }, inputs: [TorchCheck.distinctValues([3, 4], seed: 2)])
        #expect(error < 1e-2)
    }

    @Test("a module without forward throws instead of trapping")
    func baseModuleThrows() throws {
        #expect(throws: TensorError.self) { try Module()(Tensor.zeros([1])) }
    }
}
