extension Tensor {
    /// 2-D max pooling over an NCHW batch with a square window (PyTorch `max_pool2d`,
    /// no padding, floor mode). `stride` defaults to `kernelSize`. The gradient flows to the
    /// first maximum of each window.
    public func maxPool2d(kernelSize: Int, stride: Int? = nil) throws -> Tensor {
        let g = try poolGeometry(op: "max_pool2d", kernelSize: kernelSize, stride: stride ?? kernelSize)
        let output = Tensor.uninitialized([shape[0], shape[1], g.outHeight, g.outWidth])
        let indices = IndexBuffer(count: g.planes * g.outPlane)
        PoolKernels.maxForward(
            storage.pointer, g, output: output.storage.pointer, indices: indices.pointer)
        let inputShape = shape
        return Tensor.record(output, inputs: [self], name: "max_pool2d") { gradOutput in
            let gradInput = Tensor.uninitialized(inputShape)
            PoolKernels.maxBackward(
                gradOutput.storage.pointer, indices: indices.pointer, g, gradInput: gradInput.storage.pointer)
            return [gradInput]
        }
    }

    /// 2-D average pooling over an NCHW batch with a square window (PyTorch `avg_pool2d`,
    /// no padding, floor mode). `stride` defaults to `kernelSize`.
    public func avgPool2d(kernelSize: Int, stride: Int? = nil) throws -> Tensor {
        let g = try poolGeometry(op: "avg_pool2d", kernelSize: kernelSize, stride: stride ?? kernelSize)
        let output = Tensor.uninitialized([shape[0], shape[1], g.outHeight, g.outWidth])
        PoolKernels.averageForward(storage.pointer, g, output: output.storage.pointer)
        let inputShape = shape
        return Tensor.record(output, inputs: [self], name: "avg_pool2d") { gradOutput in
            let gradInput = Tensor.uninitialized(inputShape)
            PoolKernels.averageBackward(gradOutput.storage.pointer, g, gradInput: gradInput.storage.pointer)
            return [gradInput]
        }
    }

    /// Validates a pooling call on this tensor and returns its geometry.
    private func poolGeometry(op: String, kernelSize: Int, stride: Int) throws -> PoolGeometry {
        guard ndim == 4 else {
            throw TensorError.invalidShape(
                "\(op): expected a 4-D input (N, C, H, W), got shape \(formatShape(shape))")
        }
        guard kernelSize >= 1 else {
            throw TensorError.invalidArgument("\(op): kernel size must be at least 1, got \(kernelSize)")
        }
        guard stride >= 1 else {
            throw TensorError.invalidArgument("\(op): stride must be at least 1, got \(stride)")
        }
        guard !shape.contains(0) else {
            throw TensorError.invalidShape("\(op): empty input of shape \(formatShape(shape))")
        }
        guard kernelSize <= shape[2], kernelSize <= shape[3] else {
            throw TensorError.invalidShape(
                "\(op): kernel size \(kernelSize) is larger than the input's spatial size "
                    + "(\(shape[2]), \(shape[3]))")
        }
        return PoolGeometry(
            planes: shape[0] * shape[1], inHeight: shape[2], inWidth: shape[3], kernelHeight: kernelSize,
            kernelWidth: kernelSize, strideHeight: stride, strideWidth: stride)
    }
}
