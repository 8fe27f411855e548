/// The activation functions the model builders offer.
public enum Activation: String, Sendable, CaseIterable {
    /// `max(x, 0)`.
    case relu
    /// The hyperbolic tangent.
    case tanh
    /// The logistic sigmoid.
    case sigmoid

    /// A fresh layer applying this activation.
    public func makeLayer() -> Module {
        switch self {
        case .relu: return ReLU()
        case .tanh: return Tanh()
        case .sigmoid: return Sigmoid()
        }
    }

    /// The weight initialisation that suits it: He for ReLU, Xavier for the saturating ones.
    var initializer: Initializer { self == .relu ? .heUniform : .xavierUniform() }
}

/// The networks the labs train. Every builder takes a seed, so the same seed gives the same
/// initial weights.
public enum Models {
    /// A multi-layer perceptron: `inputs -> hidden[0] -> ... -> outputs`, with `activation`
    /// after every hidden layer and raw scores (logits) out.
    /// - Throws: `TensorError.invalidArgument` for a non-positive size.
    public static func mlp(
        inputs: Int, hidden: [Int], outputs: Int, activation: Activation = .relu, seed: UInt64 = 0
    ) throws -> Sequential {
        var generator = RandomGenerator(seed: seed)
        var layers: [Module] = []
        var width = inputs
        for size in hidden {
            layers.append(
                try Linear(
                    inFeatures: width, outFeatures: size, initializer: activation.initializer,
                    using: &generator))
            layers.append(activation.makeLayer())
            width = size
        }
        layers.append(
            try Linear(
                inFeatures: width, outFeatures: outputs, initializer: .xavierUniform(), using: &generator))
        return Sequential(layers)
    }

    /// LeNet-5 for `[1, 28, 28]` images: conv 5x5x6 (pad 2), max-pool 2, conv 5x5x16, max-pool 2,
    /// fc 120, fc 84, fc `classes`, ReLU between (the variant of the benchmarks).
    public static func lenet5(classes: Int = 10, seed: UInt64 = 0) throws -> Sequential {
        var generator = RandomGenerator(seed: seed)
        return Sequential(
            try Conv2d(inChannels: 1, outChannels: 6, kernelSize: 5, padding: 2, using: &generator), ReLU(),
            MaxPool2d(kernelSize: 2),
            try Conv2d(inChannels: 6, outChannels: 16, kernelSize: 5, using: &generator), ReLU(),
            MaxPool2d(kernelSize: 2), Flatten(),
            try Linear(inFeatures: 400, outFeatures: 120, using: &generator), ReLU(),
            try Linear(inFeatures: 120, outFeatures: 84, using: &generator), ReLU(),
            try Linear(inFeatures: 84, outFeatures: classes, using: &generator))
    }

    /// A small ResNet for `[1, 28, 28]` images: a 3x3 stem convolution with batch norm and ReLU,
    /// then for each entry of `widths` a stage of `blocksPerStage` `BasicBlock`s (every stage
    /// after the first halves the resolution), global average pooling and a linear classifier.
    /// Its depth in weight layers is `2 + 2 * widths.count * blocksPerStage`.
    /// - Throws: `TensorError.invalidArgument` for empty widths or a non-positive size.
    public static func smallResNet(
        widths: [Int] = [8, 16, 32], blocksPerStage: Int = 1, classes: Int = 10, seed: UInt64 = 0
    ) throws -> Sequential {
        try convolutionalNetwork(
            widths: widths, blocksPerStage: blocksPerStage, classes: classes, seed: seed
        ) { inChannels, outChannels, stride, generator in
            try BasicBlock(
                inChannels: inChannels, outChannels: outChannels, stride: stride, using: &generator)
        }
    }

    /// The same network as `smallResNet` with every shortcut removed (`PlainBlock`s), for
    /// comparing how plain and residual networks of equal depth train.
    public static func plainCNN(
        widths: [Int] = [8, 16, 32], blocksPerStage: Int = 1, classes: Int = 10, seed: UInt64 = 0
    ) throws -> Sequential {
        try convolutionalNetwork(
            widths: widths, blocksPerStage: blocksPerStage, classes: classes, seed: seed
        ) { inChannels, outChannels, stride, generator in
            try PlainBlock(
                inChannels: inChannels, outChannels: outChannels, stride: stride, using: &generator)
        }
    }

    /// Stem, stages of blocks made by `makeBlock`, pooling and classifier.
    private static func convolutionalNetwork(
        widths: [Int], blocksPerStage: Int, classes: Int, seed: UInt64,
        makeBlock: (Int, Int, Int, inout RandomGenerator) throws -> Module
    ) throws -> Sequential {
        guard let first = widths.first, widths.allSatisfy({ $0 > 0 }), blocksPerStage > 0, classes > 0 else {
            throw TensorError.invalidArgument(
                "residual/plain network: need positive widths, blocks per stage and classes, got widths "
                    + "\(widths), \(blocksPerStage) block(s) per stage, \(classes) classes")
        }
        var generator = RandomGenerator(seed: seed)
        var layers: [Module] = [
            try Conv2d(
                inChannels: 1, outChannels: first, kernelSize: 3, padding: 1, bias: false, using: &generator),
            try BatchNorm2d(features: first), ReLU(),
        ]
        var channels = first
        for (stage, width) in widths.enumerated() {
            for block in 0..<blocksPerStage {
                let stride = stage > 0 && block == 0 ? 2 : 1
                layers.append(try makeBlock(channels, width, stride, &generator))
                channels = width
            }
        }
        layers.append(GlobalAveragePool())
        layers.append(try Linear(inFeatures: channels, outFeatures: classes, using: &generator))
        return Sequential(layers)
    }
}
