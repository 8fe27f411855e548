// Element selection: where and clip.

extension Tensor {
    /// `condition ? a : b` element-wise (non-zero counts as true), broadcasting all three.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shapeAB = try Shape.broadcast(a.shape, b.shape, op: "where")
        let outShape = try Shape.broadcast(condition.shape, shapeAB, op: "where")
        let (c, x, y) = (
            condition.broadcastKernel(to: outShape), a.broadcastKernel(to: outShape),
            b.broadcastKernel(to: outShape)
        )
        let result = Tensor.uninitialized(outShape)
        let mask = Tensor.uninitialized(outShape)
        for index in 0..<result.count {
            let chooseA = c.storage.pointer[index] != 0
            result.storage.pointer[index] = chooseA ? x.storage.pointer[index] : y.storage.pointer[index]
            mask.storage.pointer[index] = chooseA ? 1 : 0
        }
        let (shapeA, shapeB) = (a.shape, b.shape)
        return record(result, inputs: [a, b], name: "where") { grad in
            let toA = try grad.mul(mask)
            let toB = try grad.sub(toA)
            return [toA.sumTo(shapeA), toB.sumTo(shapeB)]
        }
    }

    /// Limits values to `[low, high]`; either bound may be nil. The gradient passes where the
    /// value was inside the range.
    public func clip(min low: Float?, max high: Float?) throws -> Tensor {
        if let low, let high, low > high {
            throw TensorError.invalidArgument("clip: min (\(low)) must not exceed max (\(high))")
        }
        let lower = low ?? -.infinity
        let upper = high ?? .infinity
        let result = mapKernel { $0.isNaN ? $0 : Swift.min(Swift.max($0, lower), upper) }
        return Tensor.record(result, inputs: [self], name: "clip") { [self] grad in
            [try grad.mul(self.mapKernel { $0 >= lower && $0 <= upper ? 1 : 0 })]
        }
    }
}
