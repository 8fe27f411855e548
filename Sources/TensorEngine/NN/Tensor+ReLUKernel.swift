extension Tensor {
    /// ReLU for the `ReLU` layer: the same values and gradient as `relu()`, with both loops
    /// written out so they vectorise (the generic element-wise op calls its derivative closure
    /// per element, which showed up at ~8% of a LeNet-5 training step).
    func reluLayer() -> Tensor {
        let output = Tensor.uninitialized(shape)
        let (x, y) = (storage.pointer, output.storage.pointer)
        for index in 0..<count { y[index] = x[index] > 0 ? x[index] : 0 }
        guard Tensor.willRecord([self]) else { return output }
        let outputValues = output.detached()
        return Tensor.record(output, inputs: [self], name: "relu") { gradOutput in
            let gradInput = Tensor.uninitialized(outputValues.shape)
            let (g, y, dx) = (
                gradOutput.storage.pointer, outputValues.storage.pointer, gradInput.storage.pointer
            )
            for index in 0..<outputValues.count { dx[index] = y[index] > 0 ? g[index] : 0 }
            return [gradInput]
        }
    }
}
