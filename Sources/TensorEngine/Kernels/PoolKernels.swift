/// Max and average pooling, forward and backward, parallel over planes.
enum PoolKernels {
    /// Max pooling; `indices` receives, per output pixel, the position of the maximum within its
    /// input plane (the first one on ties, as PyTorch). NaN propagates: a NaN input wins its window.
    static func maxForward(
        _ input: UnsafePointer<Float>, _ g: PoolGeometry, output: UnsafeMutablePointer<Float>,
        indices: UnsafeMutablePointer<Int32>
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: input))
        let dst = SharedPointer(output)
        let idx = SharedPointer(indices)
        let isPairwise =
            g.kernelHeight == 2 && g.kernelWidth == 2 && g.strideHeight == 2 && g.strideWidth == 2
        KernelParallelism.forEachChunk(count: g.planes, totalWork: g.planes * g.inPlane) { planes in
            for plane in planes {
                let x = src.base + plane * g.inPlane
                var y = dst.base + plane * g.outPlane
                var ix = idx.base + plane * g.outPlane
                if isPairwise {
                    maxForward2x2(x, g, y, ix)
                    continue
                }
                for oh in 0..<g.outHeight {
                    let top = oh * g.strideHeight
                    for ow in 0..<g.outWidth {
                        let left = ow * g.strideWidth
                        var best = top * g.inWidth + left
                        var bestValue = x[best]
                        for ki in 0..<g.kernelHeight {
                            let rowStart = (top + ki) * g.inWidth + left
                            for kj in 0..<g.kernelWidth {
                                let value = x[rowStart + kj]
                                if value > bestValue || value.isNaN {
                                    bestValue = value
                                    best = rowStart + kj
                                }
                            }
                        }
                        y.pointee = bestValue
                        ix.pointee = Int32(best)
                        y += 1
                        ix += 1
                    }
                }
            }
        }
    }

    /// The common 2×2, stride-2 window of one plane: four outputs at a time with SIMD (even and
    /// odd lanes of 8 consecutive inputs are the left and right window columns), the rest scalar.
    /// Same rule as the generic loop: row-major window order, a larger value or a NaN wins.
    @inline(__always)
    private static func maxForward2x2(
        _ x: UnsafePointer<Float>, _ g: PoolGeometry, _ y: UnsafeMutablePointer<Float>,
        _ indices: UnsafeMutablePointer<Int32>
    ) {
        let width = g.inWidth
        let raw = UnsafeRawPointer(x)
        let laneOffsets = SIMD4<Int32>(0, 2, 4, 6)
        for oh in 0..<g.outHeight {
            let top = 2 &* oh &* width
            let outRow = oh &* g.outWidth
            var ow = 0
            while ow &+ 4 <= g.outWidth {
                let first = top &+ 2 &* ow
                let upper = raw.loadUnaligned(fromByteOffset: first &* 4, as: SIMD8<Float>.self)
                let lower = raw.loadUnaligned(fromByteOffset: (first &+ width) &* 4, as: SIMD8<Float>.self)
                var best = upper.evenHalf
                var index = SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: first)) &+ laneOffsets
                @inline(__always) func consider(_ candidate: SIMD4<Float>, _ offset: Int) {
                    let wins = (candidate .> best) .| (candidate .!= candidate)
                    best.replace(with: candidate, where: wins)
                    index.replace(
                        with: SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: first &+ offset))
                            &+ laneOffsets,
                        where: wins)
                }
                consider(upper.oddHalf, 1)
                consider(lower.evenHalf, width)
                consider(lower.oddHalf, width &+ 1)
                UnsafeMutableRawPointer(y + (outRow &+ ow)).storeBytes(of: best, as: SIMD4<Float>.self)
                UnsafeMutableRawPointer(indices + (outRow &+ ow)).storeBytes(of: index, as: SIMD4<Int32>.self)
                ow &+= 4
            }
            while ow < g.outWidth {
                let first = top &+ 2 &* ow
                var best = first
                var bestValue = x[first]
                @inline(__always) func consider(_ candidate: Int) {
                    let value = x[candidate]
                    if value > bestValue || value.isNaN {
                        bestValue = value
                        best = candidate
                    }
                }
                consider(first &+ 1)
                consider(first &+ width)
                consider(first &+ width &+ 1)
                y[outRow &+ ow] = bestValue
                indices[outRow &+ ow] = Int32(truncatingIfNeeded: best)
                ow &+= 1
            }
        }
    }

    /// Routes each output gradient to the input position recorded by `maxForward`.
    static func maxBackward(
        _ gradOutput: UnsafePointer<Float>, indices: UnsafePointer<Int32>, _ g: PoolGeometry,
        gradInput: UnsafeMutablePointer<Float>
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: gradOutput))
        let dst = SharedPointer(gradInput)
        let idx = SharedPointer(UnsafeMutablePointer(mutating: indices))
        KernelParallelism.forEachChunk(count: g.planes, totalWork: g.planes * g.inPlane) { planes in
            for plane in planes {
                let dx = dst.base + plane * g.inPlane
                dx.update(repeating: 0, count: g.inPlane)
                let dy = src.base + plane * g.outPlane
                let ix = idx.base + plane * g.outPlane
                for p in 0..<g.outPlane {
                    dx[Int(ix[p])] += dy[p]
                }
            }
        }
    }

    /// Average pooling over full windows.
    static func averageForward(
        _ input: UnsafePointer<Float>, _ g: PoolGeometry, output: UnsafeMutablePointer<Float>
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: input))
        let dst = SharedPointer(output)
        let scale = 1 / Float(g.kernelHeight * g.kernelWidth)
        KernelParallelism.forEachChunk(count: g.planes, totalWork: g.planes * g.inPlane) { planes in
            for plane in planes {
                let x = src.base + plane * g.inPlane
                var y = dst.base + plane * g.outPlane
                for oh in 0..<g.outHeight {
                    for ow in 0..<g.outWidth {
                        var sum: Float = 0
                        for ki in 0..<g.kernelHeight {
                            let row = x + (oh * g.strideHeight + ki) * g.inWidth + ow * g.strideWidth
                            for kj in 0..<g.kernelWidth { sum += row[kj] }
                        }
                        y.pointee = sum * scale
                        y += 1
                    }
                }
            }
        }
    }

    /// Spreads each output gradient evenly over its window.
    static func averageBackward(
        _ gradOutput: UnsafePointer<Float>, _ g: PoolGeometry, gradInput: UnsafeMutablePointer<Float>
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: gradOutput))
        let dst = SharedPointer(gradInput)
        let scale = 1 / Float(g.kernelHeight * g.kernelWidth)
        KernelParallelism.forEachChunk(count: g.planes, totalWork: g.planes * g.inPlane) { planes in
            for plane in planes {
                let dx = dst.base + plane * g.inPlane
                dx.update(repeating: 0, count: g.inPlane)
                var dy = src.base + plane * g.outPlane
                for oh in 0..<g.outHeight {
                    for ow in 0..<g.outWidth {
                        let share = dy.pointee * scale
                        for ki in 0..<g.kernelHeight {
                            let row = dx + (oh * g.strideHeight + ki) * g.inWidth + ow * g.strideWidth
                            for kj in 0..<g.kernelWidth { row[kj] += share }
                        }
                        dy += 1
                    }
                }
            }
        }
    }
}
