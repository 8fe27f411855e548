/// JAX-style functional gradient: returns a function that evaluates `f` on fresh copies of
/// its arguments and returns the gradients of `f`'s one-element result with respect to the
/// arguments at positions `argnums` (in that order). The caller's tensors are not modified.
public func grad(
    _ f: @escaping ([Tensor]) throws -> Tensor, argnums: [Int] = [0]
) -> ([Tensor]) throws -> [Tensor] {
    return { arguments in
        for position in argnums where position < 0 || position >= arguments.count {
            throw TensorError.invalidArgument(
                "grad: argnums contains \(position) but the function got \(arguments.count) argument(s)")
        }
        let copies = arguments.enumerated().map { position, argument in
            let copy = argument.copy()
            copy.requiresGrad = argnums.contains(position)
            return copy
        }
        let output = try GradMode.withGrad { try f(copies) }
        guard output.count == 1 else { throw TensorError.notScalar(shape: output.shape) }
        if output.requiresGrad { try output.backward() }
        return argnums.map { copies[$0].grad ?? Tensor.zerosLike(copies[$0]) }
    }
}
