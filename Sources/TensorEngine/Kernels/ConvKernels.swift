import COpenBLAS

/// Convolution forward and backward as im2col + one batched SGEMM.
enum ConvKernels {
    /// `output[N,O,P] = weight[O,K] · columns[K,N·P] (+ bias)`.
    ///
    /// - Parameters:
    ///   - columns: receives the im2col matrix (`K·N·P` floats); keep it for the backward pass.
    ///   - product: scratch of `O·N·P` floats for the GEMM result before it is reordered to NCHW.
    static func forward(
        input: UnsafePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        geometry g: ConvGeometry, columns: UnsafeMutablePointer<Float>,
        product: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        Im2Col.unroll(input, g, into: columns)
        let columnCount = g.columnCount
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(g.outChannels), Int32(columnCount),
            Int32(g.patchSize), 1, weight, Int32(g.patchSize), columns, Int32(columnCount), 0,
            product, Int32(columnCount))
        scatterToNCHW(product, g, bias: bias, into: output)
    }

    /// Reorders a `[O, N·P]` GEMM result into NCHW `[N, O, P]`, adding the bias on the way.
    static func scatterToNCHW(
        _ product: UnsafePointer<Float>, _ g: ConvGeometry, bias: UnsafePointer<Float>?,
        into output: UnsafeMutablePointer<Float>
    ) {
        let plane = g.outPlane
        let columnCount = g.columnCount
        let out = SharedPointer(output)
        let src = SharedPointer(UnsafeMutablePointer(mutating: product))
        let biasPointer = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        KernelParallelism.forEachChunk(count: g.batch, totalWork: g.outChannels * columnCount) { images in
            for n in images {
                for o in 0..<g.outChannels {
                    let from = src.base + o * columnCount + n * plane
                    let to = out.base + (n * g.outChannels + o) * plane
                    if let b = biasPointer?.base[o] {
                        for p in 0..<plane { to[p] = from[p] + b }
                    } else {
                        to.update(from: from, count: plane)
                    }
                }
            }
        }
    }

    /// Reorders an NCHW `[N, O, P]` gradient into the `[O, N·P]` layout the GEMMs need.
    static func gatherFromNCHW(
        _ gradOutput: UnsafePointer<Float>, _ g: ConvGeometry, into product: UnsafeMutablePointer<Float>
    ) {
        let plane = g.outPlane
        let columnCount = g.columnCount
        let out = SharedPointer(product)
        let src = SharedPointer(UnsafeMutablePointer(mutating: gradOutput))
        KernelParallelism.forEachChunk(count: g.outChannels, totalWork: g.outChannels * columnCount) {
            channels in
            for o in channels {
                for n in 0..<g.batch {
                    (out.base + o * columnCount + n * plane).update(
                        from: src.base + (n * g.outChannels + o) * plane, count: plane)
                }
            }
        }
    }

    /// Gradients of a convolution given the im2col matrix saved by `forward`.
    ///
    /// - Parameters:
    ///   - gradProduct: scratch of `O·N·P` floats (the output gradient reordered to `[O, N·P]`).
    ///   - gradColumns: scratch of `K·N·P` floats; only used when `gradInput` is requested.
    ///   - gradInput: if non-nil, receives `∂L/∂input` (NCHW, overwritten).
    ///   - gradWeight: receives `∂L/∂weight` `[O, K]` (overwritten).
    ///   - gradBias: if non-nil, receives `∂L/∂bias` `[O]` (overwritten).
    static func backward(
        gradOutput: UnsafePointer<Float>, columns: UnsafePointer<Float>, weight: UnsafePointer<Float>,
        geometry g: ConvGeometry, gradProduct: UnsafeMutablePointer<Float>,
        gradColumns: UnsafeMutablePointer<Float>?, gradInput: UnsafeMutablePointer<Float>?,
        gradWeight: UnsafeMutablePointer<Float>?, gradBias: UnsafeMutablePointer<Float>?
    ) {
        gatherFromNCHW(gradOutput, g, into: gradProduct)
        let columnCount = g.columnCount
        let outChannels = Int32(g.outChannels)
        let patch = Int32(g.patchSize)
        if let gradWeight {
            // dW[O,K] = dY[O,NP] · colsᵀ[NP,K]
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, outChannels, patch, Int32(columnCount), 1,
                gradProduct, Int32(columnCount), columns, Int32(columnCount), 0, gradWeight, patch)
        }
        if let gradBias {
            for o in 0..<g.outChannels {
                // Double accumulation: a channel sums N·P terms (50K for LeNet's first layer).
                var sum: Double = 0
                let row = gradProduct + o * columnCount
                for i in 0..<columnCount { sum += Double(row[i]) }
                gradBias[o] = Float(sum)
            }
        }
        if let gradInput, let gradColumns {
            // dCols[K,NP] = Wᵀ[K,O] · dY[O,NP], then fold back onto the input grid.
            cblas_sgemm(
                CblasRowMajor, CblasTrans, CblasNoTrans, patch, Int32(columnCount), outChannels, 1,
                weight, patch, gradProduct, Int32(columnCount), 0, gradColumns, Int32(columnCount))
            gradInput.update(repeating: 0, count: g.batch * g.inChannels * g.inPlane)
            Im2Col.fold(gradColumns, g, into: gradInput)
        }
    }
}
