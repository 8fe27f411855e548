import COpenBLAS

extension Tensor {
    /// The affine map of a fully connected layer, `y = x·Wᵀ + b` (PyTorch `F.linear`), with
    /// `x` of shape `(..., in)`, `weight` `(out, in)` and `bias` `(out,)`. One SGEMM forward and
    /// at most three backward, without materialising `Wᵀ`.
    public func linear(weight: Tensor, bias: Tensor? = nil) throws -> Tensor {
        guard weight.ndim == 2 else {
            throw TensorError.invalidShape(
                "linear: weight must be 2-D (out_features, in_features), got \(formatShape(weight.shape))")
        }
        let (outFeatures, inFeatures) = (weight.shape[0], weight.shape[1])
        guard ndim >= 1, shape[ndim - 1] == inFeatures else {
            throw TensorError.shapeMismatch(op: "linear", lhs: shape, rhs: weight.shape)
        }
        if let bias, bias.shape != [outFeatures] {
            throw TensorError.invalidShape(
                "linear: bias must have shape (\(outFeatures),), got \(formatShape(bias.shape))")
        }
        let rows = count / Swift.max(inFeatures, 1)
        let outputShape = Array(shape.dropLast()) + [outFeatures]
        let output = Tensor.uninitialized(outputShape)
        LinearKernels.forward(
            input: storage.pointer, weight: weight.storage.pointer, bias: bias?.storage.pointer, rows: rows,
            inFeatures: inFeatures, outFeatures: outFeatures, output: output.storage.pointer)
        let inputs = [self, weight] + (bias.map { [$0] } ?? [])
        guard Tensor.willRecord(inputs) else { return output }
        let inputValues = detached()
        let weightValues = weight.detached()
        let wants = (input: requiresGrad, weight: weight.requiresGrad, bias: bias?.requiresGrad ?? false)
        let hasBias = bias != nil
        return Tensor.record(output, inputs: inputs, name: "linear") { gradOutput in
            let gradInput = wants.input ? Tensor.uninitialized(inputValues.shape) : nil
            let gradWeight = wants.weight ? Tensor.uninitialized(weightValues.shape) : nil
            let gradBias = wants.bias ? Tensor.uninitialized([outFeatures]) : nil
            LinearKernels.backward(
                gradOutput: gradOutput.storage.pointer, input: inputValues.storage.pointer,
                weight: weightValues.storage.pointer, rows: rows, inFeatures: inFeatures,
                outFeatures: outFeatures, gradInput: gradInput?.storage.pointer,
                gradWeight: gradWeight?.storage.pointer, gradBias: gradBias?.storage.pointer)
            return [gradInput, gradWeight] + (hasBias ? [gradBias] : [])
        }
    }
}

/// SGEMM-based kernels of the fully connected layer (row-major, `rows × in` inputs).
enum LinearKernels {
    /// `y[rows, out] = x[rows, in] · W[out, in]ᵀ + b`.
    static func forward(
        input: UnsafePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>?, rows: Int,
        inFeatures: Int, outFeatures: Int, output: UnsafeMutablePointer<Float>
    ) {
        guard rows > 0, outFeatures > 0 else { return }
        var beta: Float = 0
        if let bias {
            // Start from the bias in every row and let the GEMM accumulate onto it.
            for row in 0..<rows { (output + row * outFeatures).update(from: bias, count: outFeatures) }
            beta = 1
        }
        guard inFeatures > 0 else {
            if bias == nil { output.update(repeating: 0, count: rows * outFeatures) }
            return
        }
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(outFeatures), Int32(inFeatures), 1,
            input, Int32(inFeatures), weight, Int32(inFeatures), beta, output, Int32(outFeatures))
    }

    /// `dx = dy·W`, `dW = dyᵀ·x`, `db = Σ_rows dy`; each only when its pointer is given.
    static func backward(
        gradOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
        rows: Int, inFeatures: Int, outFeatures: Int, gradInput: UnsafeMutablePointer<Float>?,
        gradWeight: UnsafeMutablePointer<Float>?, gradBias: UnsafeMutablePointer<Float>?
    ) {
        let empty = rows == 0 || inFeatures == 0 || outFeatures == 0
        if let gradInput {
            if empty {
                gradInput.update(repeating: 0, count: rows * inFeatures)
            } else {
                cblas_sgemm(
                    CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(inFeatures),
                    Int32(outFeatures), 1, gradOutput, Int32(outFeatures), weight, Int32(inFeatures), 0,
                    gradInput, Int32(inFeatures))
            }
        }
        if let gradWeight {
            if empty {
                gradWeight.update(repeating: 0, count: outFeatures * inFeatures)
            } else {
                cblas_sgemm(
                    CblasRowMajor, CblasTrans, CblasNoTrans, Int32(outFeatures), Int32(inFeatures),
                    Int32(rows),
                    1, gradOutput, Int32(outFeatures), input, Int32(inFeatures), 0, gradWeight,
                    Int32(inFeatures))
            }
        }
        if let gradBias {
            gradBias.update(repeating: 0, count: outFeatures)
            for row in 0..<rows {
                let g = gradOutput + row * outFeatures
                for j in 0..<outFeatures { gradBias[j] += g[j] }
            }
        }
    }
}
