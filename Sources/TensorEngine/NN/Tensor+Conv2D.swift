extension Tensor {
    /// 2-D convolution (cross-correlation, as in PyTorch) of an NCHW batch with an OIHW weight.
    ///
    /// The output has shape `(N, O, (H + 2p − kH)/s + 1, (W + 2p − kW)/s + 1)`. Computed as
    /// im2col + one SGEMM over the whole batch; differentiable in the input, weight and bias.
    /// - Throws: `TensorError` for wrong ranks, channel mismatch, a kernel larger than the padded
    ///   input, `stride < 1`, `padding < 0` or a bias that is not `(O,)`.
    public func conv2d(weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws
        -> Tensor
    {
        let g = try ConvGeometry.validated(
            input: shape, weight: weight.shape, bias: bias?.shape, stride: stride, padding: padding)
        let output = Tensor.uninitialized([g.batch, g.outChannels, g.outHeight, g.outWidth])
        let inputs = [self, weight] + (bias.map { [$0] } ?? [])
        let columns = FloatBuffer(count: g.patchSize * g.columnCount)
        let product = FloatBuffer(count: g.outChannels * g.columnCount)
        ConvKernels.forward(
            input: storage.pointer, weight: weight.storage.pointer, bias: bias?.storage.pointer,
            geometry: g, columns: columns.pointer, product: product.pointer, output: output.storage.pointer)
        guard Tensor.willRecord(inputs) else { return output }

        // The backward pass needs the unrolled input (kept in `columns`) and the weight values;
        // the input tensor itself is not captured.
        let weightValues = weight.detached()
        let wantsInput = requiresGrad
        let wantsWeight = weight.requiresGrad
        let wantsBias = bias?.requiresGrad ?? false
        let hasBias = bias != nil
        let inputShape = shape
        return Tensor.record(output, inputs: inputs, name: "conv2d") { gradOutput in
            let gradProduct = FloatBuffer(count: g.outChannels * g.columnCount)
            let gradColumns = wantsInput ? FloatBuffer(count: g.patchSize * g.columnCount) : nil
            let gradInput = wantsInput ? Tensor.uninitialized(inputShape) : nil
            let gradWeight = wantsWeight ? Tensor.uninitialized(weightValues.shape) : nil
            let gradBias = wantsBias ? Tensor.uninitialized([g.outChannels]) : nil
            ConvKernels.backward(
                gradOutput: gradOutput.storage.pointer, columns: columns.pointer,
                weight: weightValues.storage.pointer, geometry: g, gradProduct: gradProduct.pointer,
                gradColumns: gradColumns?.pointer, gradInput: gradInput?.storage.pointer,
                gradWeight: gradWeight?.storage.pointer, gradBias: gradBias?.storage.pointer)
            return [gradInput, gradWeight] + (hasBias ? [gradBias] : [])
        }
    }
}
