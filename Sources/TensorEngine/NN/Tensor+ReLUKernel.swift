extension Tensor {
    /// ReLU for the `ReLU` layer: the same values and gradient as `relu()`, with both loops
    /// written out so they vectorise and split over the kernel workers for large activations
    /// (the generic element-wise op calls its derivative closure per element, which showed up
    /// at ~8% of a LeNet-5 training step).
    func reluLayer() -> Tensor {
        let output = Tensor.uninitialized(shape)
        let x = SharedPointer(storage.pointer)
        let y = SharedPointer(output.storage.pointer)
        KernelParallelism.forEachChunk(count: count, totalWork: 2 * count) { range in
            for index in range { y.base[index] = Swift.max(x.base[index], 0) }
        }
        guard Tensor.willRecord([self]) else { return output }
        let outputValues = output.detached()
        return Tensor.record(output, inputs: [self], name: "relu") { gradOutput in
            let gradInput = Tensor.uninitialized(outputValues.shape)
            let g = SharedPointer(gradOutput.storage.pointer)
            let kept = SharedPointer(outputValues.storage.pointer)
            let dx = SharedPointer(gradInput.storage.pointer)
            KernelParallelism.forEachChunk(count: gradInput.count, totalWork: 3 * gradInput.count) { range in
                for index in range { dx.base[index] = kept.base[index] > 0 ? g.base[index] : 0 }
            }
            return [gradInput]
        }
    }
}
