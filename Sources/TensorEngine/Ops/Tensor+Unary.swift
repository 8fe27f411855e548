// Element-wise unary functions. Each records `grad * f'(x)`, with the derivative written in
// terms of the input `x` and the output `y` (whichever is cheaper).

extension Tensor {
    /// Applies `forward` element-wise and records the backward `grad * derivative(x, y)`.
    /// Engine code (activations, losses) can build new differentiable element-wise ops on it.
    ///
    /// When recording, the local derivative is evaluated right away (both closures are then
    /// inlined into tight loops) and the backward pass is a plain element-wise product.
    @inline(__always)
    func unaryOp(
        _ name: String, _ forward: (Float) -> Float, derivative: (_ x: Float, _ y: Float) -> Float
    ) -> Tensor {
        let result = mapKernel(forward)
        guard Tensor.willRecord([self]) else { return result }
        let local = Tensor.uninitialized(shape)
        let (x, y, slope) = (storage.pointer, result.storage.pointer, local.storage.pointer)
        for index in 0..<count { slope[index] = derivative(x[index], y[index]) }
        return Tensor.record(result, inputs: [self], name: name) { grad in
            [try Tensor.broadcastKernel(grad, local, op: name, *)]
        }
    }

    /// e^x.
    public func exp() -> Tensor { unaryOp("exp", Math.exp, derivative: { _, y in y }) }

    /// Natural logarithm (nan for negative inputs, -inf at 0, like NumPy).
    public func log() -> Tensor { unaryOp("log", Math.log, derivative: { x, _ in 1 / x }) }

    /// Square root.
    public func sqrt() -> Tensor { unaryOp("sqrt", { $0.squareRoot() }, derivative: { _, y in 0.5 / y }) }

    /// Absolute value (gradient 0 at 0).
    public func abs() -> Tensor {
        unaryOp("abs", { Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) })
    }

    /// x².
    public func square() -> Tensor { unaryOp("square", { $0 * $0 }, derivative: { x, _ in 2 * x }) }

    /// Hyperbolic tangent.
    public func tanh() -> Tensor { unaryOp("tanh", Math.tanh, derivative: { _, y in 1 - y * y }) }

    /// The logistic function 1/(1+e^-x), computed without overflow for large |x|.
    public func sigmoid() -> Tensor {
        unaryOp("sigmoid", Tensor.stableSigmoid, derivative: { _, y in y * (1 - y) })
    }

    /// max(x, 0) (gradient 0 at 0).
    public func relu() -> Tensor {
        unaryOp("relu", { $0 > 0 ? $0 : 0 }, derivative: { x, _ in x > 0 ? 1 : 0 })
    }

    /// Sine.
    public func sin() -> Tensor { unaryOp("sin", Math.sin, derivative: { x, _ in Math.cos(x) }) }

    /// Cosine.
    public func cos() -> Tensor { unaryOp("cos", Math.cos, derivative: { x, _ in -Math.sin(x) }) }

    /// Sigmoid that never evaluates e^x for large positive x.
    static func stableSigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + Math.exp(-x)) }
        let e = Math.exp(x)
        return e / (1 + e)
    }
}
