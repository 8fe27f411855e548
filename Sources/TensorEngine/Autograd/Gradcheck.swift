/// Compares autograd's gradients of `f` with central finite differences and returns the
/// largest error found, `|analytic - numeric| / max(1, |analytic|, |numeric|)` (relative
/// for large gradients, absolute for small ones, so values near zero do not explode it).
///
/// `f` may return any shape: a non-scalar output is reduced to the scalar
/// `sum(output * weights)` with fixed pseudo-random weights, which checks the full
/// vector-Jacobian product. Inputs are copied, so the caller's tensors are untouched. The
/// float32 forward passes are differenced in Double; with the default `epsilon` of 1e-2
/// a correct gradient on inputs of order 1 gives errors around 1e-3, a wrong one near 1.
public func gradcheck(
    _ f: ([Tensor]) throws -> Tensor, inputs: [Tensor], epsilon: Float = 1e-2
) throws -> Float {
    guard epsilon > 0, epsilon.isFinite else {
        throw TensorError.invalidArgument("gradcheck: epsilon must be a positive finite number")
    }
    let copies = inputs.map { input -> Tensor in
        let copy = input.copy()
        copy.requiresGrad = true
        return copy
    }
    var weights: Tensor?
    func scalarOutput() throws -> Tensor {
        let output = try f(copies)
        if output.count == 1 { return output }
        if weights == nil || weights?.shape != output.shape {
            var generator = RandomGenerator(seed: 0x5EED)
            weights = try Tensor.uniform(output.shape, low: 0.5, high: 1.5, using: &generator)
        }
        return try output.mul(weights ?? output).sum()
    }
    let output = try GradMode.withGrad { try scalarOutput() }
    guard output.requiresGrad else {
        throw TensorError.invalidArgument("gradcheck: the function's output does not depend on its inputs")
    }
    try output.backward()
    var worst: Float = 0
    try GradMode.withoutGrad {
        for input in copies {
            let analytic = input.grad?.toArray() ?? [Float](repeating: 0, count: input.count)
            for index in 0..<input.count {
                let original = input.storage.pointer[index]
                input.storage.pointer[index] = original + epsilon
                let plus = Double(try scalarOutput().item())
                input.storage.pointer[index] = original - epsilon
                let minus = Double(try scalarOutput().item())
                input.storage.pointer[index] = original
                let numeric = (plus - minus) / (2 * Double(epsilon))
                let exact = Double(analytic[index])
                let error = Swift.abs(exact - numeric) / Swift.max(1, Swift.abs(exact), Swift.abs(numeric))
                if error.isNaN {
                    worst = .nan
                    return
                }
                worst = Swift.max(worst, Float(error))
            }
        }
    }
    return worst
}
