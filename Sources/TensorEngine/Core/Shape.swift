/// Shape arithmetic shared by every op: element counts, strides, axis normalisation and
/// NumPy broadcasting.
enum Shape {
    /// Number of elements of a shape (1 for a scalar shape `[]`).
    static func count(_ shape: [Int]) -> Int {
        var total = 1
        for size in shape { total &*= size }
        return total
    }

    /// Row-major (C order) strides in elements.
    static func strides(_ shape: [Int]) -> [Int] {
        var result = [Int](repeating: 1, count: shape.count)
        var running = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            result[axis] = running
            running &*= shape[axis]
        }
        return result
    }

    /// The largest element count one tensor may have (2^31 - 1, 8 GiB of floats). Sizes
    /// beyond it are almost always mistakes, and BLAS/LAPACK take 32-bit dimensions.
    static let maxElements = Int(Int32.max)

    /// Throws when a shape has a negative size or more elements than `maxElements`.
    static func validate(_ shape: [Int], op: String) throws {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw TensorError.invalidShape(
                "\(op): negative dimensions are not allowed (got \(bad) in shape \(formatShape(shape)))")
        }
        _ = try checkedCount(shape, op: op)
    }

    /// The element count of a non-negative shape, throwing instead of overflowing when it
    /// exceeds `maxElements`.
    static func checkedCount(_ shape: [Int], op: String) throws -> Int {
        if shape.contains(0) { return 0 }
        var total = 1
        for size in shape {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maxElements else {
                throw TensorError.invalidShape(
                    "\(op): shape \(formatShape(shape)) is too large (more than \(maxElements) elements)")
            }
            total = product
        }
        return total
    }

    /// Maps a possibly negative axis into `0..<ndim`, throwing NumPy's AxisError otherwise.
    static func normalizeAxis(_ axis: Int, ndim: Int) throws -> Int {
        let normalized = axis < 0 ? axis + ndim : axis
        guard normalized >= 0, normalized < ndim else {
            throw TensorError.invalidAxis(axis: axis, ndim: ndim)
        }
        return normalized
    }

    /// Normalises a list of axes, rejecting duplicates; `nil` means every axis.
    static func normalizeAxes(_ axes: [Int]?, ndim: Int) throws -> [Int] {
        guard let axes else { return Array(0..<ndim) }
        var seen = Set<Int>()
        var result: [Int] = []
        for axis in axes {
            let normalized = try normalizeAxis(axis, ndim: ndim)
            guard seen.insert(normalized).inserted else {
                throw TensorError.invalidArgument("duplicate value in 'axis': \(axis)")
            }
            result.append(normalized)
        }
        return result.sorted()
    }

    /// The broadcast shape of two shapes under NumPy's rules: align on the right; each pair
    /// of sizes must be equal or one of them 1.
    static func broadcast(_ lhs: [Int], _ rhs: [Int], op: String) throws -> [Int] {
        let ndim = max(lhs.count, rhs.count)
        var result = [Int](repeating: 1, count: ndim)
        for index in 0..<ndim {
            let left = index - (ndim - lhs.count)
            let right = index - (ndim - rhs.count)
            let a = left >= 0 ? lhs[left] : 1
            let b = right >= 0 ? rhs[right] : 1
            if a == b || b == 1 {
                result[index] = a
            } else if a == 1 {
                result[index] = b
            } else {
                throw TensorError.shapeMismatch(op: op, lhs: lhs, rhs: rhs)
            }
        }
        _ = try checkedCount(result, op: op)
        return result
    }

    /// Strides that read a tensor of `shape` as if it had `target` shape: broadcast axes get
    /// stride 0. `shape` must be broadcast-compatible with `target`.
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        var result = [Int](repeating: 0, count: target.count)
        let offset = target.count - shape.count
        for axis in 0..<shape.count where shape[axis] != 1 || target[axis + offset] == 1 {
            result[axis + offset] = shape[axis] == 1 ? 0 : own[axis]
        }
        return result
    }
}
