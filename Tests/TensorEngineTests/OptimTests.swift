import TensorEngine
import Testing

@Suite("optimizers, schedules and clipping")
struct OptimTests {
    private func makeOptimizer(_ item: TorchOptimizerCase, _ parameter: Tensor) throws -> Optimizer {
        let o = item.options
        switch item.kind {
        case "sgd":
            return try SGD(
                parameters: [parameter], learningRate: o.lr, momentum: o.momentum ?? 0,
                dampening: o.dampening ?? 0,
                nesterov: o.nesterov ?? false, weightDecay: o.weightDecay ?? 0)
        case "rmsprop":
            return try RMSProp(
                parameters: [parameter], learningRate: o.lr, alpha: o.alpha ?? 0.99, eps: o.eps ?? 1e-8,
                momentum: o.momentum ?? 0, weightDecay: o.weightDecay ?? 0)
        case "adam":
            let betas = o.betas ?? [0.9, 0.999]
            return try Adam(
                parameters: [parameter], learningRate: o.lr, beta1: betas[0], beta2: betas[1],
                eps: o.eps ?? 1e-8,
                weightDecay: o.weightDecay ?? 0)
        default:
            let betas = o.betas ?? [0.9, 0.999]
            return try AdamW(
                parameters: [parameter], learningRate: o.lr, beta1: betas[0], beta2: betas[1],
                eps: o.eps ?? 1e-8,
                weightDecay: o.weightDecay ?? 0.01)
        }
    }

    @Test("three steps of SGD, RMSProp, Adam and AdamW match PyTorch")
    func optimizersMatchTorch() throws {
        let golden = try TorchGolden.load()
        #expect(Set(golden.optimizers.map(\.kind)) == ["sgd", "rmsprop", "adam", "adamw"])
        for item in golden.optimizers {
            let parameter = try item.start.tensor(requiresGrad: true)
            let optimizer = try makeOptimizer(item, parameter)
            for (step, (gradient, expected)) in zip(item.grads, item.after).enumerated() {
                optimizer.zeroGrad()
                #expect(parameter.grad == nil)
                parameter.grad = try gradient.tensor()
                try optimizer.step()
                TorchCheck.expectClose(parameter, expected, "\(item.kind) \(item.options) step \(step + 1)")
            }
        }
    }

    @Test("learning-rate schedules match PyTorch's schedulers")
    func schedulesMatchTorch() throws {
        let golden = try TorchGolden.load()
        for item in golden.schedules {
            let schedule: LearningRateSchedule
            switch item.kind {
            case "step":
                schedule = .step(stepSize: try #require(item.stepSize), gamma: try #require(item.gamma))
            case "exponential": schedule = .exponential(gamma: try #require(item.gamma))
            default: schedule = .cosine(period: try #require(item.tMax), minimum: try #require(item.etaMin))
            }
            let optimizer = try SGD(parameters: [Tensor.zeros([1])], learningRate: item.baseLr)
            let scheduler = try LearningRateScheduler(optimizer: optimizer, schedule: schedule)
            for (epoch, expected) in item.lrs.enumerated() {
                #expect(
                    Swift.abs(optimizer.learningRate - expected) <= 1e-6 + 1e-5 * expected,
                    "\(item.kind) epoch \(epoch)")
                scheduler.step()
            }
        }
    }

    @Test("clipping by global norm and by value match PyTorch")
    func clippingMatchesTorch() throws {
        let clipping = try TorchGolden.load().clipping
        let parameters = try clipping.norm.grads.map { try Tensor.zeros($0.shape) }
        for (parameter, gradient) in zip(parameters, clipping.norm.grads) {
            parameter.grad = try gradient.tensor()
        }
        let norm = try GradientClipping.clipByGlobalNorm(parameters, maxNorm: clipping.norm.maxNorm)
        #expect(Swift.abs(norm - clipping.norm.totalNorm) < 1e-4)
        for (parameter, expected) in zip(parameters, clipping.norm.clipped) {
            TorchCheck.expectClose(parameter.grad, expected, "clip by norm")
        }
        for (parameter, gradient) in zip(parameters, clipping.value.grads) {
            parameter.grad = try gradient.tensor()
        }
        try GradientClipping.clipByValue(parameters, clipValue: clipping.value.clipValue)
        for (parameter, expected) in zip(parameters, clipping.value.clipped) {
            TorchCheck.expectClose(parameter.grad, expected, "clip by value")
        }
    }

    @Test("Adam's first step moves every coordinate by the learning rate (bias correction)")
    func adamBiasCorrection() throws {
        let parameter = try Tensor(shape: [3], data: [1, -2, 3], requiresGrad: true)
        let optimizer = try Adam(parameters: [parameter], learningRate: 0.1, eps: 0)
        parameter.grad = try Tensor(shape: [3], data: [0.001, -50, 7])
        try optimizer.step()
        // m̂ = g and v̂ = g², so the step is lr·sign(g).
        let values = parameter.toArray()
        for (value, expected) in zip(values, [0.9, -1.9, 2.9] as [Float]) {
            #expect(Swift.abs(value - expected) < 1e-5)
        }
    }

    @Test("parameters without a gradient are left alone")
    func skipsMissingGradients() throws {
        let a = try Tensor(shape: [2], data: [1, 2], requiresGrad: true)
        let b = try Tensor(shape: [2], data: [3, 4], requiresGrad: true)
        let optimizer = try SGD(parameters: [a, b], learningRate: 0.5, momentum: 0.9)
        a.grad = try Tensor(shape: [2], data: [1, 1])
        try optimizer.step()
        #expect(a.toArray() == [0.5, 1.5])
        #expect(b.toArray() == [3, 4])
        #expect(optimizer.stepCounts == [1, 0])
    }

    @Test("bad hyper-parameters throw typed errors")
    func badInput() throws {
        let p = [try Tensor.zeros([2])]
        #expect(throws: TensorError.self) { try SGD(parameters: p, learningRate: -1) }
        #expect(throws: TensorError.self) { try SGD(parameters: p, learningRate: 0.1, nesterov: true) }
        #expect(throws: TensorError.self) { try Adam(parameters: p, beta1: 1) }
        #expect(throws: TensorError.self) { try RMSProp(parameters: p, alpha: 1.5) }
        #expect(throws: TensorError.self) { try GradientClipping.clipByGlobalNorm(p, maxNorm: -1) }
        #expect(throws: TensorError.self) { try GradientClipping.clipByValue(p, clipValue: .nan) }
        let optimizer = try SGD(parameters: p, learningRate: 0.1)
        #expect(throws: TensorError.self) {
            try LearningRateScheduler(optimizer: optimizer, schedule: .step(stepSize: 0, gamma: 0.1))
        }
        p[0].grad = try Tensor.zeros([3])
        #expect(throws: TensorError.self) { try optimizer.step() }
        // The base class has no update rule of its own.
        p[0].grad = try Tensor.zeros([2])
        #expect(throws: TensorError.self) { try Optimizer(parameters: p, learningRate: 0.1).step() }
    }
}
