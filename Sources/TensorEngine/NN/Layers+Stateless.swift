/// Inverted dropout with its own seeded generator (identity in eval mode).
public final class Dropout: Module, @unchecked Sendable {
    /// Probability of zeroing an element during training.
    public let p: Float
    private var generator: RandomGenerator

    /// Creates a dropout layer; `seed` makes the masks reproducible.
    /// - Throws: `TensorError.invalidArgument` unless `0 <= p <= 1`.
    public init(p: Float = 0.5, seed: UInt64 = 0) throws {
        guard p >= 0, p <= 1 else {
            throw TensorError.invalidArgument("Dropout: probability has to be between 0 and 1, but got \(p)")
        }
        self.p = p
        generator = RandomGenerator(seed: seed)
    }

    /// Drops elements in training mode; returns the input unchanged in eval mode.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try input.dropout(p: p, training: isTraining, using: &generator)
    }
}

/// Flattens every axis after the batch axis: `(N, ...)` becomes `(N, rest)`.
public final class Flatten: Module, @unchecked Sendable {
    /// Creates a flatten layer.
    public override init() {}

    /// Merges axes 1... into one.
    public override func forward(_ input: Tensor) throws -> Tensor {
        guard input.ndim >= 1 else {
            throw TensorError.invalidShape("Flatten: expected at least a batch axis, got a scalar")
        }
        return try input.reshape([input.shape[0], input.count / Swift.max(input.shape[0], 1)])
    }
}

/// The rectified linear unit `max(x, 0)`.
public final class ReLU: Module, @unchecked Sendable {
    /// Creates the activation.
    public override init() {}

    /// Applies ReLU element-wise.
    public override func forward(_ input: Tensor) throws -> Tensor { input.reluLayer() }
}

/// The logistic sigmoid `1 / (1 + e^(−x))`.
public final class Sigmoid: Module, @unchecked Sendable {
    /// Creates the activation.
    public override init() {}

    /// Applies the sigmoid element-wise.
    public override func forward(_ input: Tensor) throws -> Tensor { input.sigmoid() }
}

/// The hyperbolic tangent.
public final class Tanh: Module, @unchecked Sendable {
    /// Creates the activation.
    public override init() {}

    /// Applies tanh element-wise.
    public override func forward(_ input: Tensor) throws -> Tensor { input.tanh() }
}

/// Max pooling with a square window (stride defaults to the window size).
public final class MaxPool2d: Module, @unchecked Sendable {
    /// Window size.
    public let kernelSize: Int
    /// Step between windows.
    public let stride: Int

    /// Creates the layer; arguments are checked when it is applied.
    public init(kernelSize: Int, stride: Int? = nil) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
    }

    /// Pools an `(N, C, H, W)` batch.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try input.maxPool2d(kernelSize: kernelSize, stride: stride)
    }
}

/// Average pooling with a square window (stride defaults to the window size).
public final class AvgPool2d: Module, @unchecked Sendable {
    /// Window size.
    public let kernelSize: Int
    /// Step between windows.
    public let stride: Int

    /// Creates the layer; arguments are checked when it is applied.
    public init(kernelSize: Int, stride: Int? = nil) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
    }

    /// Pools an `(N, C, H, W)` batch.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try input.avgPool2d(kernelSize: kernelSize, stride: stride)
    }
}
