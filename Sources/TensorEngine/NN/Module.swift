/// A neural-network layer or a composition of layers (type-erased, like `torch.nn.Module`).
///
/// Subclasses override `forward(_:)` and report their own trainable tensors through
/// `ownParameters`, their non-trainable state through `ownBuffers` and their sub-layers through
/// `children`; names, recursion, train/eval switching and gradient clearing come from here.
/// A module is not internally synchronised: use one from one thread at a time.
open class Module: @unchecked Sendable {
    /// Whether the module (and its children) is in training mode (dropout active, batch norm
    /// using batch statistics). New modules start in training mode, as in PyTorch.
    public private(set) var isTraining = true

    /// Creates a module in training mode.
    public init() {}

    /// Computes the module's output. The base implementation throws: subclasses override it.
    open func forward(_ input: Tensor) throws -> Tensor {
        throw TensorError.invalidArgument("\(type(of: self)) does not implement forward(_:)")
    }

    /// Trainable tensors owned directly by this module (not by its children), with local names.
    open var ownParameters: [(name: String, tensor: Tensor)] { [] }

    /// Non-trainable state owned directly by this module (batch-norm running statistics).
    open var ownBuffers: [(name: String, tensor: Tensor)] { [] }

    /// Direct sub-modules with their names, in call order.
    open var children: [(name: String, module: Module)] { [] }

    /// Called when the mode changes, after `isTraining` is updated; the default does nothing.
    open func didChangeMode() {}

    /// Applies the module: `model(x)` is `model.forward(x)`.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        try forward(input)
    }
}

extension Module {
    /// Every parameter of this module and its descendants, named by path (`"0.weight"`,
    /// `"block.conv1.bias"`), in a stable depth-first order.
    public func namedParameters() -> [(String, Tensor)] {
        collect(prefix: "") { $0.ownParameters }
    }

    /// Every parameter of this module and its descendants (the list an optimizer takes).
    public func parameters() -> [Tensor] {
        namedParameters().map { $0.1 }
    }

    /// Every buffer (running statistics) of this module and its descendants, named by path.
    public func namedBuffers() -> [(String, Tensor)] {
        collect(prefix: "") { $0.ownBuffers }
    }

    /// Total number of trainable scalars.
    public var parameterCount: Int {
        parameters().reduce(0) { $0 + $1.count }
    }

    /// Switches this module and all descendants to training (`true`) or evaluation mode.
    public func train(_ mode: Bool = true) {
        isTraining = mode
        didChangeMode()
        for child in children { child.module.train(mode) }
    }

    /// Switches this module and all descendants to evaluation mode.
    public func eval() {
        train(false)
    }

    /// Clears the gradient of every parameter.
    public func zeroGrad() {
        for parameter in parameters() { parameter.zeroGrad() }
    }

    private func collect(
        prefix: String, _ own: (Module) -> [(name: String, tensor: Tensor)]
    ) -> [(String, Tensor)] {
        var result = own(self).map { (prefix + $0.name, $0.tensor) }
        for child in children {
            result += child.module.collect(prefix: prefix + child.name + ".", own)
        }
        return result
    }
}
