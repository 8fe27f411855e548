/// The result of resolving an index expression against a shape: the shape of the selection
/// and, for each selected element in row-major order, its flat offset in the source.
/// Gathering, scattering gradients and assigning all reuse the same plan.
struct IndexPlan {
    let shape: [Int]
    let offsets: [Int]

    /// One group of output axes and the source offsets it contributes.
    private struct Component {
        var shape: [Int]
        var offsets: [Int]
    }

    init(items rawItems: [TensorIndex], source: [Int]) throws {
        let items = try IndexPlan.expandEllipsis(rawItems, ndim: source.count)
        let strides = Shape.strides(source)
        let hasAdvanced = items.contains { $0.isAdvanced }
        var components: [Component] = []
        var constant = 0
        var axis = 0
        // Advanced (array) items: the axis each covers and its integer positions.
        var advancedAxes: [Int] = []
        var advancedArrays: [(shape: [Int], values: [Int])] = []
        var advancedPosition: Int?
        var advancedContiguous = true
        var previousWasAdvanced = false
        for item in items {
            let isAdvancedItem: Bool
            switch item {
            case .int(let raw) where !hasAdvanced:
                let index = try IndexPlan.normalize(raw, size: source[axis], axis: axis)
                constant += index * strides[axis]
                axis += 1
                isAdvancedItem = false
            case .range(let start, let stop, let step):
                let (first, count, stride) = try IndexPlan.slice(
                    start: start, stop: stop, step: step, size: source[axis])
                components.append(
                    Component(
                        shape: [count], offsets: (0..<count).map { (first + $0 * stride) * strides[axis] }))
                axis += 1
                isAdvancedItem = false
            case .newAxis:
                components.append(Component(shape: [1], offsets: [0]))
                isAdvancedItem = false
            case .ellipsis:
                isAdvancedItem = false
            case .int(let raw):
                advancedAxes.append(axis)
                advancedArrays.append(([], [try IndexPlan.normalize(raw, size: source[axis], axis: axis)]))
                axis += 1
                isAdvancedItem = true
            case .indices(let tensor):
                advancedAxes.append(axis)
                advancedArrays.append(
                    (tensor.shape, try IndexPlan.integerPositions(tensor, size: source[axis], axis: axis)))
                axis += 1
                isAdvancedItem = true
            case .mask(let mask):
                // A mask is equivalent to one integer array per covered axis (its nonzero positions).
                for (offset, positions) in try IndexPlan.maskPositions(mask, source: source, axis: axis)
                    .enumerated()
                {
                    advancedAxes.append(axis + offset)
                    advancedArrays.append(([positions.count], positions))
                }
                axis += mask.ndim
                isAdvancedItem = true
            }
            if isAdvancedItem {
                if advancedPosition == nil {
                    advancedPosition = components.count
                } else if !previousWasAdvanced {
                    advancedContiguous = false
                }
            }
            if case .ellipsis = item { continue }
            previousWasAdvanced = isAdvancedItem
        }
        if let position = advancedPosition {
            let block = try IndexPlan.advancedComponent(
                axes: advancedAxes, arrays: advancedArrays, strides: strides)
            // NumPy: the broadcast index dimensions replace the indexed axes in place when the
            // array indices are next to each other, and go first otherwise.
            components.insert(
                Component(shape: block.shape, offsets: block.offsets), at: advancedContiguous ? position : 0)
        }
        _ = try Shape.checkedCount(components.flatMap(\.shape), op: "index")
        var offsets = [constant]
        for component in components {
            var next: [Int] = []
            next.reserveCapacity(offsets.count * component.offsets.count)
            for base in offsets {
                for extra in component.offsets { next.append(base + extra) }
            }
            offsets = next
        }
        self.shape = components.flatMap(\.shape)
        self.offsets = offsets
    }

    /// The whole-number values of an integer index array, normalised and bounds-checked.
    private static func integerPositions(_ tensor: Tensor, size: Int, axis: Int) throws -> [Int] {
        try tensor.toArray().map { value -> Int in
            guard value == value.rounded(), value.isFinite else {
                throw TensorError.indexOutOfRange(
                    "arrays used as indices must be of integer (or boolean) type (got \(value))")
            }
            guard Swift.abs(value) < 0x1p62 else {
                throw TensorError.indexOutOfRange(
                    "index \(value) is out of bounds for axis \(axis) with size \(size)")
            }
            return try normalize(Int(value), size: size, axis: axis)
        }
    }

    /// For each axis a mask covers (starting at `axis`), the coordinates of its true entries.
    private static func maskPositions(_ mask: Tensor, source: [Int], axis: Int) throws -> [[Int]] {
        guard mask.ndim > 0 else {
            throw TensorError.invalidArgument("a 0-dimensional boolean mask is not supported")
        }
        for (offset, size) in mask.shape.enumerated() where source[axis + offset] != size {
            throw TensorError.indexOutOfRange(
                "boolean index did not match indexed array along axis \(axis + offset); size of axis "
                    + "is \(source[axis + offset]) but size of corresponding boolean axis is \(size)")
        }
        let maskStrides = Shape.strides(mask.shape)
        let hits = mask.toArray().enumerated().filter { $0.element != 0 }.map(\.offset)
        return (0..<mask.ndim).map { dimension in
            hits.map { ($0 / maskStrides[dimension]) % mask.shape[dimension] }
        }
    }

    /// Replaces `...` by full slices and appends full slices for unindexed trailing axes.
    private static func expandEllipsis(_ items: [TensorIndex], ndim: Int) throws -> [TensorIndex] {
        let ellipses = items.indices.filter {
            if case .ellipsis = items[$0] { return true }
            return false
        }
        guard ellipses.count <= 1 else {
            throw TensorError.indexOutOfRange("an index can only have a single ellipsis ('...')")
        }
        let consumed = items.reduce(0) { $0 + $1.consumedAxes }
        guard consumed <= ndim else {
            throw TensorError.indexOutOfRange(
                "too many indices for array: array is \(ndim)-dimensional, but \(consumed) were indexed")
        }
        let fill = [TensorIndex](repeating: .all, count: ndim - consumed)
        if let position = ellipses.first {
            var expanded = items
            expanded.replaceSubrange(position...position, with: [.ellipsis] + fill)
            return expanded
        }
        return items + fill
    }

    /// Broadcasts the index arrays together and sums their offset contributions.
    private static func advancedComponent(
        axes: [Int], arrays: [(shape: [Int], values: [Int])], strides: [Int]
    ) throws -> (shape: [Int], offsets: [Int]) {
        var shape: [Int] = []
        for array in arrays {
            do {
                shape = try Shape.broadcast(shape, array.shape, op: "index")
            } catch {
                let shapes = arrays.map { formatShape($0.shape) }.joined(separator: " ")
                throw TensorError.indexOutOfRange(
                    "shape mismatch: indexing arrays could not be broadcast together with shapes \(shapes)")
            }
        }
        let total = Shape.count(shape)
        var offsets = [Int](repeating: 0, count: total)
        for (axis, array) in zip(axes, arrays) {
            let readStrides = Shape.broadcastStrides(array.shape, to: shape)
            var position = 0
            Tensor.forEachRow(shape: shape, strides: [readStrides]) { start, length, inner in
                for j in 0..<length {
                    offsets[position] += array.values[start[0] + j * inner[0]] * strides[axis]
                    position += 1
                }
            }
        }
        return (shape, offsets)
    }

    /// A possibly negative index checked against `size` (NumPy's IndexError otherwise).
    static func normalize(_ raw: Int, size: Int, axis: Int) throws -> Int {
        let index = raw < 0 ? raw + size : raw
        guard index >= 0, index < size else {
            throw TensorError.indexOutOfRange(
                "index \(raw) is out of bounds for axis \(axis) with size \(size)")
        }
        return index
    }

    /// Python's `slice.indices(size)`: the first position, the element count and the step.
    static func slice(start: Int?, stop: Int?, step: Int?, size: Int) throws -> (Int, Int, Int) {
        // Steps beyond ±Int.max behave like ±Int.max (at most one element) and avoid overflow.
        let step = Swift.max(step ?? 1, -Int.max)
        guard step != 0 else { throw TensorError.invalidArgument("slice step cannot be zero") }
        let (lower, upper) = step > 0 ? (0, size) : (-1, size - 1)
        func clamp(_ value: Int?, default fallback: Int) -> Int {
            guard let value else { return fallback }
            return value < 0 ? Swift.max(value + size, lower) : Swift.min(value, upper)
        }
        let first = clamp(start, default: step > 0 ? lower : upper)
        let end = clamp(stop, default: step > 0 ? upper : lower)
        let span = step > 0 ? end - first : first - end
        let magnitude = Swift.abs(step)
        let count = span <= 0 ? 0 : 1 + (span - 1) / magnitude
        return (first, count, step)
    }
}
