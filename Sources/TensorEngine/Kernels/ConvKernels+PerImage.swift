import COpenBLAS

/// The per-image convolution path: each worker takes a share of the batch and, per image,
/// unrolls its patches into a private `[K, P]` buffer and calls one single-threaded GEMM that
/// writes straight into the NCHW output (no reordering pass, no batch-sized scratch).
extension ConvKernels {
    /// `output[n] = weight[O,K] · columns_n[K,P] (+ bias)` for every image.
    ///
    /// - Parameter savedColumns: if given (`N·K·P` floats), image n's patches are kept at
    ///   offset `n·K·P` for the weight gradient; otherwise a small per-worker buffer is reused.
    static func forwardPerImage(
        input: UnsafePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        geometry g: ConvGeometry, savedColumns: UnsafeMutablePointer<Float>?,
        output: UnsafeMutablePointer<Float>
    ) {
        let saved = savedColumns.map { SharedPointer($0) }
        let source = SharedPointer(UnsafeMutablePointer(mutating: input))
        let filters = SharedPointer(UnsafeMutablePointer(mutating: weight))
        let biasPointer = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let out = SharedPointer(output)
        let (outChannels, plane, patch) = (g.outChannels, g.outPlane, g.patchSize)
        KernelParallelism.forEachChunk(count: g.batch, totalWork: g.batch * g.gemmWorkPerImage) { images in
            let scratch = FloatBuffer(count: saved == nil ? patch * plane : 0)
            let padded = FloatBuffer(count: Im2Col.paddedImageSize(g))
            for n in images {
                let columns = saved.map { $0.base + n * patch * plane } ?? scratch.pointer
                Im2Col.unrollImage(source.base, g, image: n, into: columns, paddedScratch: padded.pointer)
                let y = out.base + n * outChannels * plane
                var beta: Float = 0
                if let b = biasPointer?.base {
                    for o in 0..<outChannels { (y + o * plane).update(repeating: b[o], count: plane) }
                    beta = 1
                }
                cblas_sgemm(
                    CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(outChannels), Int32(plane), Int32(patch),
                    1,
                    filters.base, Int32(patch), columns, Int32(plane), beta, y, Int32(plane))
            }
        }
    }

    /// Gradients on the per-image path, reading the patches saved by `forwardPerImage`. Each
    /// worker accumulates a private weight and bias gradient, summed at the end.
    static func backwardPerImage(
        gradOutput: UnsafePointer<Float>, savedColumns: UnsafePointer<Float>, weight: UnsafePointer<Float>,
        geometry g: ConvGeometry, gradInput: UnsafeMutablePointer<Float>?,
        gradWeight: UnsafeMutablePointer<Float>?, gradBias: UnsafeMutablePointer<Float>?
    ) {
        let (outChannels, plane, patch) = (g.outChannels, g.outPlane, g.patchSize)
        let totalWork = g.batch * g.gemmWorkPerImage
        let chunks = KernelParallelism.chunkCount(count: g.batch, totalWork: totalWork)
        let partialWeights = FloatBuffer(count: chunks * outChannels * patch)
        partialWeights.pointer.initialize(repeating: 0, count: partialWeights.count)
        let partialBiases = FloatBuffer(count: chunks * outChannels)
        partialBiases.pointer.initialize(repeating: 0, count: partialBiases.count)
        let dy = SharedPointer(UnsafeMutablePointer(mutating: gradOutput))
        let saved = SharedPointer(UnsafeMutablePointer(mutating: savedColumns))
        let w = SharedPointer(UnsafeMutablePointer(mutating: weight))
        let dx = gradInput.map { SharedPointer($0) }
        let (wantsWeight, wantsBias) = (gradWeight != nil, gradBias != nil)
        KernelParallelism.forEachIndexedChunk(count: g.batch, totalWork: totalWork) { chunk, images in
            let columns = FloatBuffer(count: dx == nil ? 0 : patch * plane)
            let padded = FloatBuffer(count: dx == nil ? 0 : Im2Col.paddedImageSize(g))
            let dW = partialWeights.pointer + chunk * outChannels * patch
            let dB = partialBiases.pointer + chunk * outChannels
            for n in images {
                let dyImage = dy.base + n * outChannels * plane
                if wantsWeight {
                    // dW[O,K] += dY_n[O,P] · columns_nᵀ[P,K]
                    cblas_sgemm(
                        CblasRowMajor, CblasNoTrans, CblasTrans, Int32(outChannels), Int32(patch),
                        Int32(plane),
                        1, dyImage, Int32(plane), saved.base + n * patch * plane, Int32(plane), 1, dW,
                        Int32(patch))
                }
                if wantsBias {
                    for o in 0..<outChannels { dB[o] += ShortCopy.sum(dyImage + o * plane, plane) }
                }
                if let dx {
                    // dColumns[K,P] = Wᵀ[K,O] · dY_n[O,P], folded back onto image n.
                    cblas_sgemm(
                        CblasRowMajor, CblasTrans, CblasNoTrans, Int32(patch), Int32(plane),
                        Int32(outChannels),
                        1, w.base, Int32(patch), dyImage, Int32(plane), 0, columns.pointer, Int32(plane))
                    Im2Col.foldImage(
                        columns.pointer, g, image: n, into: dx.base, paddedScratch: padded.pointer)
                }
            }
        }
        if let gradWeight {
            sumPartials(partialWeights.pointer, chunks: chunks, length: outChannels * patch, into: gradWeight)
        }
        if let gradBias {
            sumPartials(partialBiases.pointer, chunks: chunks, length: outChannels, into: gradBias)
        }
    }

    /// `result[i] = Σ_chunk partials[chunk·length + i]`.
    private static func sumPartials(
        _ partials: UnsafePointer<Float>, chunks: Int, length: Int, into result: UnsafeMutablePointer<Float>
    ) {
        result.update(from: partials, count: length)
        for chunk in 1..<max(chunks, 1) {
            let part = partials + chunk * length
            for i in 0..<length { result[i] += part[i] }
        }
    }
}
