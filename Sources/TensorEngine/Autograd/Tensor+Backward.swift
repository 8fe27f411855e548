extension Tensor {
    /// Back-propagates from this one-element tensor (usually a loss): every leaf that
    /// requires grad and contributed to it gets `d self / d leaf` added to its `.grad`.
    /// Gradients accumulate across calls until `zeroGrad()`; the graph is kept, so calling
    /// `backward()` twice adds the gradient twice.
    public func backward() throws {
        guard count == 1 else { throw TensorError.notScalar(shape: shape) }
        try backward(gradient: Tensor.onesLike(self))
    }

    /// Back-propagates a given output gradient (same shape as this tensor), i.e. computes a
    /// vector-Jacobian product into the leaves' `.grad`.
    public func backward(gradient: Tensor) throws {
        guard requiresGrad else {
            throw TensorError.invalidArgument(
                "backward: this tensor does not require grad and has no graph; set requiresGrad = true "
                    + "on the inputs (parameters) before computing it")
        }
        guard gradient.shape == shape else {
            throw TensorError.shapeMismatch(op: "backward", lhs: shape, rhs: gradient.shape)
        }
        let order = topologicalOrder()
        var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): gradient.detached()]
        try GradMode.withoutGrad {
            // Reverse topological order: every consumer of a tensor runs before the tensor.
            for node in order.reversed() {
                guard let outputGrad = pending.removeValue(forKey: ObjectIdentifier(node)) else { continue }
                guard let function = node.gradFn else {
                    node.accumulateGrad(outputGrad)
                    continue
                }
                if node.retainsGrad { node.accumulateGrad(outputGrad) }
                let inputGrads = try function.backward(outputGrad)
                for (input, maybeGrad) in zip(function.inputs, inputGrads) {
                    guard input.requiresGrad, let inputGrad = maybeGrad else { continue }
                    guard inputGrad.shape == input.shape else {
                        throw TensorError.invalidShape(
                            "internal autograd error in \(function.name): gradient shape "
                                + "\(formatShape(inputGrad.shape)) does not match input shape "
                                + "\(formatShape(input.shape))")
                    }
                    let key = ObjectIdentifier(input)
                    if let existing = pending[key] {
                        pending[key] = existing.adding(inputGrad)
                    } else {
                        pending[key] = inputGrad
                    }
                }
            }
        }
    }

    /// The tensors this one was computed from (empty for leaves and untracked tensors).
    public var graphInputs: [Tensor] { gradFn?.inputs ?? [] }

    /// Every tensor of the recorded graph that ends here and requires grad, inputs before
    /// the tensors computed from them (this tensor last). For drawing and stepping through
    /// a computational graph.
    public func graphNodes() -> [Tensor] { topologicalOrder() }

    /// Tensors reachable from this one through grad-requiring graph edges, each after all of
    /// its inputs. Iterative depth-first search, so very deep graphs do not overflow the stack.
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        // (tensor, whether its inputs were already pushed)
        var stack: [(Tensor, Bool)] = [(self, false)]
        while let (tensor, expanded) = stack.popLast() {
            if expanded {
                order.append(tensor)
                continue
            }
            guard visited.insert(ObjectIdentifier(tensor)).inserted else { continue }
            stack.append((tensor, true))
            for input in tensor.gradFn?.inputs ?? [] where input.requiresGrad {
                if !visited.contains(ObjectIdentifier(input)) { stack.append((input, false)) }
            }
        }
        return order
    }

    /// Adds a gradient into `.grad` (a leaf's accumulator).
    private func accumulateGrad(_ gradient: Tensor) {
        if let existing = grad, existing.shape == gradient.shape {
            grad = existing.adding(gradient)
        } else {
            // Always a private copy: optimizers may edit `.grad` in place (clipping), and the
            // incoming gradient can share storage with other tensors.
            grad = gradient.copy()
        }
    }

    /// A tensor sharing this one's values but with no graph and `requiresGrad == false`.
    public func detached() -> Tensor {
        Tensor(shape: shape, storage: storage)
    }

    /// Clears the accumulated gradient.
    public func zeroGrad() {
        grad = nil
    }

    /// Element-wise sum of two same-shape tensors without recording (gradient accumulation).
    fileprivate func adding(_ other: Tensor) -> Tensor {
        let result = Tensor.uninitialized(shape)
        let a = storage.pointer
        let b = other.storage.pointer
        let out = result.storage.pointer
        for index in 0..<count { out[index] = a[index] + b[index] }
        return result
    }
}
