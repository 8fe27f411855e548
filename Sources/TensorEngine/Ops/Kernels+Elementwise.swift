// Raw kernels shared by the ops: they read and write storage directly and never record
// graph nodes. Public ops wrap them and add the backward rules.

extension Tensor {
    /// Applies `f` to every element. Always inlined so `f` is inlined into the loop.
    @inline(__always)
    func mapKernel(_ f: (Float) -> Float) -> Tensor {
        let result = Tensor.uninitialized(shape)
        let source = storage.pointer
        let target = result.storage.pointer
        for index in 0..<count { target[index] = f(source[index]) }
        return result
    }

    /// Applies `f` element-wise to two tensors with NumPy broadcasting. Always inlined so
    /// `f` is inlined into the loops.
    @inline(__always)
    static func broadcastKernel(
        _ a: Tensor, _ b: Tensor, op: String, _ f: (Float, Float) -> Float
    ) throws -> Tensor {
        let outShape = try Shape.broadcast(a.shape, b.shape, op: op)
        let result = Tensor.uninitialized(outShape)
        let pa = a.storage.pointer
        let pb = b.storage.pointer
        let po = result.storage.pointer
        let n = result.count
        if a.shape == b.shape {
            for index in 0..<n { po[index] = f(pa[index], pb[index]) }
        } else if b.count == 1 {
            let scalar = pb[0]
            for index in 0..<n { po[index] = f(pa[index], scalar) }
        } else if a.count == 1 {
            let scalar = pa[0]
            for index in 0..<n { po[index] = f(scalar, pb[index]) }
        } else {
            let stridesA = Shape.broadcastStrides(a.shape, to: outShape)
            let stridesB = Shape.broadcastStrides(b.shape, to: outShape)
            forEachRow(shape: outShape, strides: [stridesA, stridesB]) { offsets, length, inner in
                let (oa, ob, oo) = (offsets[0], offsets[1], offsets[2])
                let (sa, sb) = (inner[0], inner[1])
                // Unit-stride and constant operands get their own loops so they vectorise.
                if sa == 1 && sb == 1 {
                    for j in 0..<length { po[oo + j] = f(pa[oa + j], pb[ob + j]) }
                } else if sa == 1 && sb == 0 {
                    let scalar = pb[ob]
                    for j in 0..<length { po[oo + j] = f(pa[oa + j], scalar) }
                } else if sa == 0 && sb == 1 {
                    let scalar = pa[oa]
                    for j in 0..<length { po[oo + j] = f(scalar, pb[ob + j]) }
                } else {
                    for j in 0..<length { po[oo + j] = f(pa[oa + j * sa], pb[ob + j * sb]) }
                }
            }
        }
        return result
    }

    /// Walks a row-major iteration space one innermost row at a time. `strides` gives one
    /// stride list per operand; the output (contiguous) is appended as the last operand.
    /// `body` gets each operand's start offset, the row length and each operand's stride
    /// along the innermost axis. Always inlined so `body`'s loops are optimised in place.
    @inline(__always)
    static func forEachRow(
        shape: [Int], strides: [[Int]], _ body: (_ offsets: [Int], _ length: Int, _ inner: [Int]) -> Void
    ) {
        let total = Shape.count(shape)
        guard total > 0 else { return }
        let (shape, all) = coalesce(shape: shape, strides: strides + [Shape.strides(shape)])
        guard let last = shape.indices.last else {
            body(Array(repeating: 0, count: all.count), 1, Array(repeating: 0, count: all.count))
            return
        }
        let length = shape[last]
        let inner = all.map { $0[last] }
        var counter = [Int](repeating: 0, count: last)
        var offsets = [Int](repeating: 0, count: all.count)
        let rows = total / length
        for _ in 0..<rows {
            body(offsets, length, inner)
            // Advance the multi-index over the outer axes, updating offsets incrementally.
            var axis = last - 1
            while axis >= 0 {
                counter[axis] += 1
                for operand in all.indices { offsets[operand] += all[operand][axis] }
                if counter[axis] < shape[axis] { break }
                for operand in all.indices { offsets[operand] -= all[operand][axis] * shape[axis] }
                counter[axis] = 0
                axis -= 1
            }
        }
    }

    /// Merges neighbouring axes that every operand walks contiguously (and drops size-1
    /// axes), so rows get as long as possible: `[64, 6, 28, 28] + [1, 6, 1, 1]` becomes rows
    /// of 784 instead of 28.
    static func coalesce(shape: [Int], strides: [[Int]]) -> ([Int], [[Int]]) {
        var newShape: [Int] = []
        var newStrides = [[Int]](repeating: [], count: strides.count)
        for axis in shape.indices where shape[axis] != 1 {
            if let previous = newShape.indices.last,
                strides.indices.allSatisfy({ strides[$0][axis] * shape[axis] == newStrides[$0][previous] })
            {
                newShape[previous] *= shape[axis]
                for operand in strides.indices { newStrides[operand][previous] = strides[operand][axis] }
            } else {
                newShape.append(shape[axis])
                for operand in strides.indices { newStrides[operand].append(strides[operand][axis]) }
            }
        }
        return (newShape, newStrides)
    }

    /// Copies this tensor's values broadcast to `target` (which must be broadcast-compatible).
    func broadcastKernel(to target: [Int]) -> Tensor {
        if shape == target { return copy() }
        let result = Tensor.uninitialized(target)
        let source = storage.pointer
        let output = result.storage.pointer
        let strides = Shape.broadcastStrides(shape, to: target)
        Tensor.forEachRow(shape: target, strides: [strides]) { offsets, length, inner in
            let (start, step, out) = (offsets[0], inner[0], offsets[1])
            for j in 0..<length { output[out + j] = source[start + j * step] }
        }
        return result
    }

    /// Sums over one axis, keeping it with size 1. Views the tensor as
    /// `[outer, length, inner]` so every loop runs over contiguous memory.
    func sumAxisKernel(_ axis: Int) -> Tensor {
        var outShape = shape
        let length = shape[axis]
        outShape[axis] = 1
        let outer = Shape.count(Array(shape[..<axis]))
        let inner = Shape.count(Array(shape[(axis + 1)...]))
        let result = Tensor.zerosUnchecked(outShape)
        let source = storage.pointer
        let target = result.storage.pointer
        if inner == 1 {
            for o in 0..<outer {
                var total: Float = 0
                let row = source + o * length
                for k in 0..<length { total += row[k] }
                target[o] = total
            }
        } else {
            for o in 0..<outer {
                let out = target + o * inner
                for k in 0..<length {
                    let row = source + (o * length + k) * inner
                    for i in 0..<inner { out[i] += row[i] }
                }
            }
        }
        return result
    }

    /// Sums over the given (normalised, sorted) axes, keeping them with size 1.
    func sumKernel(axes: [Int]) -> Tensor {
        var result = self
        for axis in axes.reversed() where result.shape[axis] != 1 {
            result = result.sumAxisKernel(axis)
        }
        if result === self { return copy() }
        return result
    }

    /// Reduces a broadcast gradient back to `target`: sums the leading axes that broadcasting
    /// added and the axes where `target` has size 1. Returns `self` when shapes already match.
    func sumTo(_ target: [Int]) -> Tensor {
        if shape == target { return self }
        let extra = ndim - target.count
        var axes = Array(0..<Swift.max(extra, 0))
        for axis in 0..<target.count where target[axis] == 1 && shape[axis + extra] != 1 {
            axes.append(axis + extra)
        }
        let summed = axes.isEmpty ? self : sumKernel(axes: axes)
        return Tensor(shape: target, storage: summed.storage)
    }
}
