extension Tensor {
    /// 2-D convolution (cross-correlation, as in PyTorch) of an NCHW batch with an OIHW weight.
    ///
    /// The output has shape `(N, O, (H + 2p − kH)/s + 1, (W + 2p − kW)/s + 1)`. Computed as
    /// im2col + SGEMM (per image on two workers for small layers, one batched GEMM for large
    /// ones); differentiable in the input, weight and bias.
    /// - Throws: `TensorError` for wrong ranks, channel mismatch, a kernel larger than the padded
    ///   input, `stride < 1`, `padding < 0` or a bias that is not `(O,)`.
    public func conv2d(weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws
        -> Tensor
    {
        let g = try ConvGeometry.validated(
            input: shape, weight: weight.shape, bias: bias?.shape, stride: stride, padding: padding)
        let inputs = [self, weight] + (bias.map { [$0] } ?? [])
        if g.prefersPerImageGemm {
            return conv2dPerImage(weight: weight, bias: bias, geometry: g, inputs: inputs)
        }
        return conv2dBatched(weight: weight, bias: bias, geometry: g, inputs: inputs)
    }

    /// Small convolutions: per-image GEMMs; the patches are kept for the weight gradient.
    private func conv2dPerImage(weight: Tensor, bias: Tensor?, geometry g: ConvGeometry, inputs: [Tensor])
        -> Tensor
    {
        let output = Tensor.uninitialized([g.batch, g.outChannels, g.outHeight, g.outWidth])
        let recording = Tensor.willRecord(inputs)
        // Keeping every image's patches costs N·K·P floats but saves redoing im2col for dW.
        let columns =
            recording && weight.requiresGrad ? FloatBuffer(count: g.batch * g.patchSize * g.outPlane) : nil
        ConvKernels.forwardPerImage(
            input: storage.pointer, weight: weight.storage.pointer, bias: bias?.storage.pointer, geometry: g,
            savedColumns: columns?.pointer, output: output.storage.pointer)
        guard recording else { return output }
        let savedColumns = columns ?? FloatBuffer(count: 0)
        let weightValues = weight.detached()
        let wants = (input: requiresGrad, weight: weight.requiresGrad, bias: bias?.requiresGrad ?? false)
        let hasBias = bias != nil
        let inputShape = shape
        return Tensor.record(output, inputs: inputs, name: "conv2d") { gradOutput in
            let gradInput = wants.input ? Tensor.uninitialized(inputShape) : nil
            let gradWeight = wants.weight ? Tensor.uninitialized(weightValues.shape) : nil
            let gradBias = wants.bias ? Tensor.uninitialized([g.outChannels]) : nil
            ConvKernels.backwardPerImage(
                gradOutput: gradOutput.storage.pointer, savedColumns: savedColumns.pointer,
                weight: weightValues.storage.pointer, geometry: g, gradInput: gradInput?.storage.pointer,
                gradWeight: gradWeight?.storage.pointer, gradBias: gradBias?.storage.pointer)
            return [gradInput, gradWeight] + (hasBias ? [gradBias] : [])
        }
    }

    /// Large convolutions: one batched GEMM; the unrolled input is kept for backward.
    private func conv2dBatched(weight: Tensor, bias: Tensor?, geometry g: ConvGeometry, inputs: [Tensor])
        -> Tensor
    {
        let output = Tensor.uninitialized([g.batch, g.outChannels, g.outHeight, g.outWidth])
        let columns = FloatBuffer(count: g.patchSize * g.columnCount)
        let product = FloatBuffer(count: g.outChannels * g.columnCount)
        ConvKernels.forward(
            input: storage.pointer, weight: weight.storage.pointer, bias: bias?.storage.pointer,
            geometry: g, columns: columns.pointer, product: product.pointer, output: output.storage.pointer)
        guard Tensor.willRecord(inputs) else { return output }
        // The backward pass needs the unrolled input (kept in `columns`) and the weight values;
        // the input tensor itself is not captured.
        let weightValues = weight.detached()
        let wants = (input: requiresGrad, weight: weight.requiresGrad, bias: bias?.requiresGrad ?? false)
        let hasBias = bias != nil
        let inputShape = shape
        return Tensor.record(output, inputs: inputs, name: "conv2d") { gradOutput in
            let gradProduct = FloatBuffer(count: g.outChannels * g.columnCount)
            let gradColumns = wants.input ? FloatBuffer(count: g.patchSize * g.columnCount) : nil
            let gradInput = wants.input ? Tensor.uninitialized(inputShape) : nil
            let gradWeight = wants.weight ? Tensor.uninitialized(weightValues.shape) : nil
            let gradBias = wants.bias ? Tensor.uninitialized([g.outChannels]) : nil
            ConvKernels.backward(
                gradOutput: gradOutput.storage.pointer, columns: columns.pointer,
                weight: weightValues.storage.pointer, geometry: g, gradProduct: gradProduct.pointer,
                gradColumns: gradColumns?.pointer, gradInput: gradInput?.storage.pointer,
                gradWeight: gradWeight?.storage.pointer, gradBias: gradBias?.storage.pointer)
            return [gradInput, gradWeight] + (hasBias ? [gradBias] : [])
        }
    }
}
