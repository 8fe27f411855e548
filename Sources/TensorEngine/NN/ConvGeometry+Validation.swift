extension ConvGeometry {
    /// Checks a conv2d call and builds its geometry, throwing a learner-readable error for
    /// anything the kernels cannot handle (wrong ranks, channel mismatch, kernel larger than
    /// the padded input, non-positive stride, negative padding, empty tensors).
    static func validated(
        input: [Int], weight: [Int], bias: [Int]?, stride: Int, padding: Int
    ) throws -> ConvGeometry {
        guard input.count == 4 else {
            throw TensorError.invalidShape(
                "conv2d: expected a 4-D input (N, C, H, W), got shape \(formatShape(input))")
        }
        guard weight.count == 4 else {
            throw TensorError.invalidShape(
                "conv2d: expected a 4-D weight (out_channels, in_channels, kH, kW), got shape "
                    + formatShape(weight))
        }
        guard stride >= 1 else {
            throw TensorError.invalidArgument("conv2d: stride must be at least 1, got \(stride)")
        }
        guard padding >= 0 else {
            throw TensorError.invalidArgument("conv2d: padding must be non-negative, got \(padding)")
        }
        guard !input.contains(0), !weight.contains(0) else {
            throw TensorError.invalidShape(
                "conv2d: empty tensors are not supported (input \(formatShape(input)), weight "
                    + "\(formatShape(weight)))")
        }
        guard input[1] == weight[1] else {
            throw TensorError.invalidShape(
                "conv2d: input has \(input[1]) channel(s) but the weight \(formatShape(weight)) expects "
                    + "\(weight[1])")
        }
        if let bias, bias != [weight[0]] {
            throw TensorError.invalidShape(
                "conv2d: bias must have shape (\(weight[0]),) to match \(weight[0]) filters, got "
                    + formatShape(bias))
        }
        let paddedHeight = input[2] + 2 * padding
        let paddedWidth = input[3] + 2 * padding
        guard weight[2] <= paddedHeight, weight[3] <= paddedWidth else {
            throw TensorError.invalidShape(
                "conv2d: kernel size (\(weight[2]), \(weight[3])) is larger than the padded input "
                    + "(\(paddedHeight), \(paddedWidth))")
        }
        let geometry = ConvGeometry(
            batch: input[0], inChannels: input[1], inHeight: input[2], inWidth: input[3],
            outChannels: weight[0], kernelHeight: weight[2], kernelWidth: weight[3],
            strideHeight: stride, strideWidth: stride, padHeight: padding, padWidth: padding)
        // The unrolled patches are the largest buffer (K·N·P floats); refuse sizes that would
        // exhaust memory or overflow BLAS's 32-bit dimensions instead of crashing.
        let (patch, columns) = geometry.patchSize.multipliedReportingOverflow(by: geometry.columnCount)
        guard !columns, patch <= maximumUnrolledFloats else {
            throw TensorError.invalidArgument(
                "conv2d: input \(formatShape(input)) with kernel \(formatShape(weight)) would unroll into more than "
                    + "\(maximumUnrolledFloats) values; use a smaller batch, input or kernel")
        }
        return geometry
    }

    /// Upper bound on `K·N·P`, the im2col buffer (1 GiB of floats).
    static let maximumUnrolledFloats = 1 << 28
}
