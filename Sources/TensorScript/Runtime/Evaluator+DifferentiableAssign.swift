import TensorEngine

extension Evaluator {
    /// `target[items] = values` as a new tensor built from differentiable engine ops, for
    /// item assignment inside `grad`: gather the values into the target's layout, then
    /// `where(selected, gathered, target)`. With repeated indices the last write wins, as
    /// in NumPy.
    func differentiableAssign(_ target: Tensor, _ items: [TensorIndex], _ values: Tensor) throws -> Tensor {
        let count = target.count
        // Flat positions as float32 values are exact below 2^24, above the tensor limit.
        let positions = try Tensor(shape: target.shape, data: (0..<count).map(Float.init))
        let selected = try positions.index(items)
        guard selected.count > 0 else { return target }
        let spread = try values.broadcastTo(selected.shape).reshape([selected.count])
        var source = [Float](repeating: 0, count: count)
        var mask = [Float](repeating: 0, count: count)
        for (order, position) in selected.toArray().enumerated() {
            source[Int(position)] = Float(order)
            mask[Int(position)] = 1
        }
        let gathered = try spread.index([.indices(Tensor(source))]).reshape(target.shape)
        try meter.allocate(count * 3)
        return try Tensor.where(try Tensor(shape: target.shape, data: mask), gathered, target)
    }
}
