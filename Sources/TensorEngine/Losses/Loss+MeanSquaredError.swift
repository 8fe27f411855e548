extension Loss {
    /// Mean squared error `mean((input − target)²)` over all elements (shapes must match).
    /// Differentiable in both arguments.
    public static func mse(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape(input, target, op: "mse_loss")
        let n = input.count
        let difference = Tensor.uninitialized(input.shape)
        var sum: Double = 0
        for i in 0..<n {
            let d = input.storage.pointer[i] - target.storage.pointer[i]
            difference.storage.pointer[i] = d
            sum += Double(d) * Double(d)
        }
        let output = Tensor(scalar: Float(sum / Double(n)))
        return Tensor.record(output, inputs: [input, target], name: "mse_loss") { gradOutput in
            let scale = 2 * upstream(gradOutput) / Float(n)
            let gradInput = Tensor.uninitialized(difference.shape)
            let gradTarget = Tensor.uninitialized(difference.shape)
            for i in 0..<n {
                let g = scale * difference.storage.pointer[i]
                gradInput.storage.pointer[i] = g
                gradTarget.storage.pointer[i] = -g
            }
            return [gradInput, gradTarget]
        }
    }
}
