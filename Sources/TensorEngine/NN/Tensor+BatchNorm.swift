extension Tensor {
    /// Batch normalisation of a `(N, C)` or `(N, C, H, W)` tensor over every axis but the
    /// channel axis (PyTorch `F.batch_norm`).
    ///
    /// In training mode the batch's own mean and biased variance normalise it, and the running
    /// statistics (if given) move towards them in place:
    /// `running = (1 − momentum)·running + momentum·batchStat`, with the unbiased variance, as
    /// PyTorch does. In eval mode the running statistics normalise instead (they are required).
    /// `weight` (γ) and `bias` (β) are optional per-channel affine parameters.
    /// - Throws: `TensorError` for a wrong rank, per-channel tensors of the wrong shape, a
    ///   missing running statistic in eval mode, or a single value per channel in training.
    public func batchNorm(
        runningMean: Tensor?, runningVar: Tensor?, weight: Tensor? = nil, bias: Tensor? = nil,
        training: Bool, momentum: Float = 0.1, eps: Float = 1e-5
    ) throws -> Tensor {
        let layout = try batchNormLayout()
        let channelShape = [layout.channels]
        for (name, tensor) in [
            ("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias),
        ] {
            if let tensor, tensor.shape != channelShape {
                throw TensorError.invalidShape(
                    "batch_norm: \(name) must have shape \(formatShape(channelShape)) for \(layout.channels) "
                        + "channel(s), got \(formatShape(tensor.shape))")
            }
        }
        guard eps > 0, eps.isFinite else {
            throw TensorError.invalidArgument("batch_norm: eps must be a positive number, got \(eps)")
        }
        let mean = FloatBuffer(count: layout.channels)
        let invStd = FloatBuffer(count: layout.channels)
        if training {
            guard layout.perChannel > 1 else {
                throw TensorError.invalidArgument(
                    "batch_norm: expected more than 1 value per channel when training, got input shape "
                        + formatShape(shape))
            }
            let variance = FloatBuffer(count: layout.channels)
            BatchNormKernels.statistics(
                storage.pointer, layout, mean: mean.pointer, variance: variance.pointer)
            for c in 0..<layout.channels { invStd.pointer[c] = 1 / (variance.pointer[c] + eps).squareRoot() }
            updateRunningStatistics(
                runningMean, runningVar, batchMean: mean, batchVariance: variance, count: layout.perChannel,
                momentum: momentum)
        } else {
            guard let runningMean, let runningVar else {
                throw TensorError.invalidArgument(
                    "batch_norm: eval mode needs running_mean and running_var")
            }
            for c in 0..<layout.channels {
                mean.pointer[c] = runningMean.storage.pointer[c]
                invStd.pointer[c] = 1 / (runningVar.storage.pointer[c] + eps).squareRoot()
            }
        }
        let output = Tensor.uninitialized(shape)
        BatchNormKernels.normalize(
            storage.pointer, layout, mean: mean.pointer, invStd: invStd.pointer,
            gamma: weight?.storage.pointer,
            beta: bias?.storage.pointer, output: output.storage.pointer)

        let inputs = [self] + [weight, bias].compactMap { $0 }
        guard Tensor.willRecord(inputs) else { return output }
        let inputValues = detached()
        let gammaValues = weight?.detached()
        let wantsInput = requiresGrad
        let wantsGamma = weight?.requiresGrad ?? false
        let wantsBeta = bias?.requiresGrad ?? false
        let hasGamma = weight != nil
        let hasBeta = bias != nil
        return Tensor.record(output, inputs: inputs, name: "batch_norm") { gradOutput in
            let gradInput = wantsInput ? Tensor.uninitialized(inputValues.shape) : nil
            let gradGamma = wantsGamma ? Tensor.uninitialized(channelShape) : nil
            let gradBeta = wantsBeta ? Tensor.uninitialized(channelShape) : nil
            BatchNormKernels.backward(
                gradOutput: gradOutput.storage.pointer, input: inputValues.storage.pointer, layout,
                mean: mean.pointer, invStd: invStd.pointer, gamma: gammaValues?.storage.pointer,
                training: training, gradInput: gradInput?.storage.pointer,
                gradGamma: gradGamma?.storage.pointer, gradBeta: gradBeta?.storage.pointer)
            return [gradInput] + (hasGamma ? [gradGamma] : []) + (hasBeta ? [gradBeta] : [])
        }
    }

    /// The `[N, C, S]` view batch norm works on, or an error for an unsupported rank.
    private func batchNormLayout() throws -> BatchNormKernels.Layout {
        guard ndim == 2 || ndim == 4 else {
            throw TensorError.invalidShape(
                "batch_norm: expected a 2-D (N, C) or 4-D (N, C, H, W) input, got shape \(formatShape(shape))"
            )
        }
        guard !shape.contains(0) else {
            throw TensorError.invalidShape("batch_norm: empty input of shape \(formatShape(shape))")
        }
        return BatchNormKernels.Layout(
            batch: shape[0], channels: shape[1], spatial: ndim == 4 ? shape[2] * shape[3] : 1)
    }

    /// Moves the running statistics towards the batch statistics, in place and untracked.
    private func updateRunningStatistics(
        _ runningMean: Tensor?, _ runningVar: Tensor?, batchMean: FloatBuffer, batchVariance: FloatBuffer,
        count: Int, momentum: Float
    ) {
        // PyTorch keeps the unbiased variance in the running estimate.
        let unbias = Float(count) / Float(count - 1)
        for c in 0..<batchMean.count {
            if let runningMean {
                let old = runningMean.storage.pointer[c]
                runningMean.storage.pointer[c] = (1 - momentum) * old + momentum * batchMean.pointer[c]
            }
            if let runningVar {
                let old = runningVar.storage.pointer[c]
                runningVar.storage.pointer[c] =
                    (1 - momentum) * old + momentum * batchVariance.pointer[c] * unbias
            }
        }
    }
}
