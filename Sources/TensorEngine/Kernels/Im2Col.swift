/// Unrolling of convolution receptive fields into a matrix (im2col) and its adjoint (col2im).
///
/// The column matrix is batched: `[K, N·P]` with row `k = (c·kH + ki)·kW + kj` and column
/// `n·P + oh·outW + ow`, so one GEMM covers the whole batch instead of N small ones.
enum Im2Col {
    /// The range of output columns `ow` whose input column `ow·stride − pad + offset` lies inside
    /// `0..<extent`; every other output column reads zero padding.
    @inline(__always)
    static func validRange(
        outExtent: Int, inExtent: Int, stride: Int, pad: Int, offset: Int
    ) -> Range<Int> {
        // Smallest ow with ow·stride ≥ pad − offset, largest with ow·stride ≤ extent − 1 + pad − offset.
        let low = pad - offset
        let start = low <= 0 ? 0 : (low + stride - 1) / stride
        let high = inExtent - 1 + pad - offset
        let end = high < 0 ? 0 : min(outExtent, high / stride + 1)
        return start < end ? start..<end : 0..<0
    }

    /// Fills `columns` (`[K, N·P]`) from the NCHW `input`, rows split over the workers.
    static func unroll(
        _ input: UnsafePointer<Float>, _ g: ConvGeometry, into columns: UnsafeMutablePointer<Float>
    ) {
        let rows = g.patchSize
        let shared = SharedPointer(columns)
        let source = SharedPointer(UnsafeMutablePointer(mutating: input))
        KernelParallelism.forEachChunk(count: rows, totalWork: rows * g.columnCount) { rowRange in
            for row in rowRange {
                unrollRow(row, source.base, g, images: 0..<g.batch, shared.base + row * g.columnCount)
            }
        }
    }

    /// Floats of scratch `unrollImage` needs for a zero-padded copy of one image (0 without padding).
    static func paddedImageSize(_ g: ConvGeometry) -> Int {
        guard g.padHeight > 0 || g.padWidth > 0 else { return 0 }
        return g.inChannels * (g.inHeight + 2 * g.padHeight) * (g.inWidth + 2 * g.padWidth)
    }

    /// Fills `columns` (`[K, P]`) with the patches of the single image `image`, on this thread.
    ///
    /// The image is first copied into `paddedScratch` (`paddedImageSize(g)` floats) with its zero
    /// border, so every tap then reads in bounds and each output row is one branch-free copy.
    static func unrollImage(
        _ input: UnsafePointer<Float>, _ g: ConvGeometry, image: Int,
        into columns: UnsafeMutablePointer<Float>,
        paddedScratch: UnsafeMutablePointer<Float>
    ) {
        let paddedHeight = g.inHeight + 2 * g.padHeight
        let paddedWidth = g.inWidth + 2 * g.padWidth
        var source = input + image * g.inChannels * g.inPlane
        if paddedImageSize(g) > 0 {
            ShortCopy.zero(paddedScratch, paddedImageSize(g))
            for c in 0..<g.inChannels {
                for h in 0..<g.inHeight {
                    ShortCopy.copy(
                        paddedScratch + (c * paddedHeight + h + g.padHeight) * paddedWidth + g.padWidth,
                        source + (c * g.inHeight + h) * g.inWidth, g.inWidth)
                }
            }
            source = UnsafePointer(paddedScratch)
        }
        let (outH, outW) = (g.outHeight, g.outWidth)
        let rowStep = g.strideHeight &* paddedWidth
        var dst = columns
        for c in 0..<g.inChannels {
            for ki in 0..<g.kernelHeight {
                for kj in 0..<g.kernelWidth {
                    var src = source + ((c &* paddedHeight &+ ki) &* paddedWidth &+ kj)
                    for _ in 0..<outH {
                        if g.strideWidth == 1 {
                            ShortCopy.copy(dst, src, outW)
                        } else {
                            for ow in 0..<outW { dst[ow] = src[ow &* g.strideWidth] }
                        }
                        dst += outW
                        src += rowStep
                    }
                }
            }
        }
    }

    /// Writes one row of the column matrix: one (channel, ki, kj) tap over every output pixel
    /// of `images`, which lie side by side in `out`.
    @inline(__always)
    private static func unrollRow(
        _ row: Int, _ input: UnsafePointer<Float>, _ g: ConvGeometry, images: Range<Int>,
        _ out: UnsafeMutablePointer<Float>
    ) {
        let kj = row % g.kernelWidth
        let ki = (row / g.kernelWidth) % g.kernelHeight
        let channel = row / (g.kernelWidth * g.kernelHeight)
        let outH = g.outHeight
        let outW = g.outWidth
        let valid = validRange(
            outExtent: outW, inExtent: g.inWidth, stride: g.strideWidth, pad: g.padWidth, offset: kj)
        let firstInputColumn = valid.lowerBound * g.strideWidth - g.padWidth + kj
        var dst = out
        for n in images {
            let plane = input + (n * g.inChannels + channel) * g.inPlane
            for oh in 0..<outH {
                let ih = oh * g.strideHeight - g.padHeight + ki
                if ih < 0 || ih >= g.inHeight || valid.isEmpty {
                    ShortCopy.zero(dst, outW)
                } else {
                    ShortCopy.zero(dst, valid.lowerBound)
                    let src = plane + ih * g.inWidth + firstInputColumn
                    if g.strideWidth == 1 {
                        ShortCopy.copy(dst + valid.lowerBound, src, valid.count)
                    } else {
                        var s = src
                        for ow in valid {
                            dst[ow] = s.pointee
                            s += g.strideWidth
                        }
                    }
                    ShortCopy.zero(dst + valid.upperBound, outW - valid.upperBound)
                }
                dst += outW
            }
        }
    }

    /// Accumulates `columns` (`[K, N·P]`) back into the NCHW `gradInput`, which the caller zeroes.
    static func fold(
        _ columns: UnsafePointer<Float>, _ g: ConvGeometry, into gradInput: UnsafeMutablePointer<Float>
    ) {
        let shared = SharedPointer(gradInput)
        let source = SharedPointer(UnsafeMutablePointer(mutating: columns))
        // Split by image: every image's gradient is written by exactly one worker.
        KernelParallelism.forEachChunk(count: g.batch, totalWork: g.patchSize * g.columnCount) { images in
            for row in 0..<g.patchSize {
                for n in images {
                    foldRow(row, source.base + row * g.columnCount + n * g.outPlane, g, image: n, shared.base)
                }
            }
        }
    }

    /// Writes the gradient of image `image` into `gradInput` (NCHW) from its `[K, P]` columns,
    /// on this thread: the adjoint of `unrollImage`, accumulating into a zeroed padded copy
    /// (`paddedScratch`, `paddedImageSize(g)` floats) whose interior is then copied out.
    static func foldImage(
        _ columns: UnsafePointer<Float>, _ g: ConvGeometry, image: Int,
        into gradInput: UnsafeMutablePointer<Float>,
        paddedScratch: UnsafeMutablePointer<Float>
    ) {
        let paddedHeight = g.inHeight + 2 * g.padHeight
        let paddedWidth = g.inWidth + 2 * g.padWidth
        let imageGradient = gradInput + image * g.inChannels * g.inPlane
        let isPadded = paddedImageSize(g) > 0
        let target = isPadded ? paddedScratch : imageGradient
        ShortCopy.zero(target, isPadded ? paddedImageSize(g) : g.inChannels * g.inPlane)
        let (outH, outW) = (g.outHeight, g.outWidth)
        let rowStep = g.strideHeight &* paddedWidth
        var src = columns
        for c in 0..<g.inChannels {
            for ki in 0..<g.kernelHeight {
                for kj in 0..<g.kernelWidth {
                    var dst = target + ((c &* paddedHeight &+ ki) &* paddedWidth &+ kj)
                    for _ in 0..<outH {
                        if g.strideWidth == 1 {
                            ShortCopy.accumulate(dst, src, outW)
                        } else {
                            for ow in 0..<outW { dst[ow &* g.strideWidth] += src[ow] }
                        }
                        src += outW
                        dst += rowStep
                    }
                }
            }
        }
        guard isPadded else { return }
        for c in 0..<g.inChannels {
            for h in 0..<g.inHeight {
                ShortCopy.copy(
                    imageGradient + (c * g.inHeight + h) * g.inWidth,
                    paddedScratch + (c * paddedHeight + h + g.padHeight) * paddedWidth + g.padWidth, g.inWidth
                )
            }
        }
    }

    /// Adds one image's part of one column-matrix row (`P` values) onto its input taps.
    @inline(__always)
    private static func foldRow(
        _ row: Int, _ columnRow: UnsafePointer<Float>, _ g: ConvGeometry, image n: Int,
        _ gradInput: UnsafeMutablePointer<Float>
    ) {
        let kj = row % g.kernelWidth
        let ki = (row / g.kernelWidth) % g.kernelHeight
        let channel = row / (g.kernelWidth * g.kernelHeight)
        let outW = g.outWidth
        let valid = validRange(
            outExtent: outW, inExtent: g.inWidth, stride: g.strideWidth, pad: g.padWidth, offset: kj)
        if valid.isEmpty { return }
        let firstInputColumn = valid.lowerBound * g.strideWidth - g.padWidth + kj
        let plane = gradInput + (n * g.inChannels + channel) * g.inPlane
        var src = columnRow
        for oh in 0..<g.outHeight {
            let ih = oh * g.strideHeight - g.padHeight + ki
            if ih >= 0 && ih < g.inHeight {
                var dst = plane + ih * g.inWidth + firstInputColumn
                if g.strideWidth == 1 {
                    ShortCopy.accumulate(dst, src + valid.lowerBound, valid.count)
                } else {
                    for ow in valid {
                        dst.pointee += src[ow]
                        dst += g.strideWidth
                    }
                }
            }
            src += outW
        }
    }
}
