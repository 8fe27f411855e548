/// Batch normalisation over an input viewed as `[N, C, S]` (S = H·W, or 1 for `[N, C]`),
/// normalising each channel over its `N·S` values. Parallel over channels.
enum BatchNormKernels {
    /// The `[N, C, S]` view of a batch-norm input.
    struct Layout: Sendable, Equatable {
        /// Batch size N.
        var batch: Int
        /// Channels C (one mean and variance each).
        var channels: Int
        /// Values per channel per sample, S.
        var spatial: Int

        /// Values that share one channel's statistics, `N·S`.
        var perChannel: Int { batch * spatial }
    }

    /// Per-channel mean and biased variance (two passes, Double accumulators, so large
    /// batches with a large mean do not lose the variance to cancellation).
    static func statistics(
        _ input: UnsafePointer<Float>, _ layout: Layout, mean: UnsafeMutablePointer<Float>,
        variance: UnsafeMutablePointer<Float>
    ) {
        let x = SharedPointer(UnsafeMutablePointer(mutating: input))
        let meanOut = SharedPointer(mean)
        let varianceOut = SharedPointer(variance)
        let total = layout.batch * layout.channels * layout.spatial
        KernelParallelism.forEachChunk(count: layout.channels, totalWork: 2 * total) { channels in
            for c in channels {
                var sum: Double = 0
                for n in 0..<layout.batch {
                    let row = x.base + (n * layout.channels + c) * layout.spatial
                    for s in 0..<layout.spatial { sum += Double(row[s]) }
                }
                let mu = sum / Double(layout.perChannel)
                var squares: Double = 0
                for n in 0..<layout.batch {
                    let row = x.base + (n * layout.channels + c) * layout.spatial
                    for s in 0..<layout.spatial {
                        let d = Double(row[s]) - mu
                        squares += d * d
                    }
                }
                meanOut.base[c] = Float(mu)
                varianceOut.base[c] = Float(squares / Double(layout.perChannel))
            }
        }
    }

    /// `y = (x − mean)·invStd·γ + β` per channel; a nil γ or β means 1 or 0.
    static func normalize(
        _ input: UnsafePointer<Float>, _ layout: Layout, mean: UnsafePointer<Float>,
        invStd: UnsafePointer<Float>, gamma: UnsafePointer<Float>?, beta: UnsafePointer<Float>?,
        output: UnsafeMutablePointer<Float>
    ) {
        let x = SharedPointer(UnsafeMutablePointer(mutating: input))
        let y = SharedPointer(output)
        let params = ChannelParameters(mean: mean, invStd: invStd, gamma: gamma, beta: beta)
        let total = layout.batch * layout.channels * layout.spatial
        KernelParallelism.forEachChunk(count: layout.channels, totalWork: 2 * total) { channels in
            for c in channels {
                let scale = params.invStd.base[c] * (params.gamma?.base[c] ?? 1)
                let shift = (params.beta?.base[c] ?? 0) - params.mean.base[c] * scale
                for n in 0..<layout.batch {
                    let offset = (n * layout.channels + c) * layout.spatial
                    let src = x.base + offset
                    let dst = y.base + offset
                    for s in 0..<layout.spatial { dst[s] = src[s] * scale + shift }
                }
            }
        }
    }

    /// Gradients of batch norm.
    ///
    /// With `training == true` the statistics depended on the batch, so
    /// `dx = γ·invStd·(dy − mean(dy) − x̂·mean(dy·x̂))`; in eval mode they were constants and
    /// `dx = γ·invStd·dy`. `dγ = Σ dy·x̂`, `dβ = Σ dy` either way.
    static func backward(
        gradOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, _ layout: Layout,
        mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>, gamma: UnsafePointer<Float>?,
        training: Bool, gradInput: UnsafeMutablePointer<Float>?, gradGamma: UnsafeMutablePointer<Float>?,
        gradBeta: UnsafeMutablePointer<Float>?
    ) {
        let dy = SharedPointer(UnsafeMutablePointer(mutating: gradOutput))
        let x = SharedPointer(UnsafeMutablePointer(mutating: input))
        let dx = gradInput.map { SharedPointer($0) }
        let dGamma = gradGamma.map { SharedPointer($0) }
        let dBeta = gradBeta.map { SharedPointer($0) }
        let params = ChannelParameters(mean: mean, invStd: invStd, gamma: gamma, beta: nil)
        let total = layout.batch * layout.channels * layout.spatial
        KernelParallelism.forEachChunk(count: layout.channels, totalWork: 3 * total) { channels in
            for c in channels {
                let mu = params.mean.base[c]
                let inv = params.invStd.base[c]
                var sumDy: Double = 0
                var sumDyXhat: Double = 0
                for n in 0..<layout.batch {
                    let offset = (n * layout.channels + c) * layout.spatial
                    for s in 0..<layout.spatial {
                        let g = Double(dy.base[offset + s])
                        sumDy += g
                        sumDyXhat += g * Double((x.base[offset + s] - mu) * inv)
                    }
                }
                dGamma?.base[c] = Float(sumDyXhat)
                dBeta?.base[c] = Float(sumDy)
                guard let dx else { continue }
                let scale = (params.gamma?.base[c] ?? 1) * inv
                let count = Double(layout.perChannel)
                let meanDy = training ? Float(sumDy / count) : 0
                let meanDyXhat = training ? Float(sumDyXhat / count) : 0
                for n in 0..<layout.batch {
                    let offset = (n * layout.channels + c) * layout.spatial
                    for s in 0..<layout.spatial {
                        let xhat = (x.base[offset + s] - mu) * inv
                        dx.base[offset + s] = scale * (dy.base[offset + s] - meanDy - xhat * meanDyXhat)
                    }
                }
            }
        }
    }
}

/// Per-channel vectors a batch-norm kernel reads from several workers at once (read-only).
private struct ChannelParameters: @unchecked Sendable {
    let mean: SharedPointer<Float>
    let invStd: SharedPointer<Float>
    let gamma: SharedPointer<Float>?
    let beta: SharedPointer<Float>?

    init(
        mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>, gamma: UnsafePointer<Float>?,
        beta: UnsafePointer<Float>?
    ) {
        self.mean = SharedPointer(UnsafeMutablePointer(mutating: mean))
        self.invStd = SharedPointer(UnsafeMutablePointer(mutating: invStd))
        self.gamma = gamma.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        self.beta = beta.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
    }
}
