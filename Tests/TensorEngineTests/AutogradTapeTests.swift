import Foundation
import TensorEngine
import Testing

@Suite("Autograd tape behaviour")
struct AutogradTapeTests {
    @Test func backwardFromScalarFillsLeafGrads() throws {
        let x = try Tensor(shape: [3], data: [1, 2, 3], requiresGrad: true)
        let y = try x.square().sum()
        try y.backward()
        #expect(x.grad?.toArray() == [2, 4, 6])
        #expect(x.isLeaf)
        #expect(y.gradFnName == "sum")
    }

    @Test func graphCanBeWalkedAndIntermediateGradsKept() throws {
        let w = Tensor(scalar: 2, requiresGrad: true)
        let x = Tensor(scalar: 3, requiresGrad: true)
        let product = try w.mul(x)
        product.retainsGrad = true
        let loss = product.sigmoid()
        try loss.backward()
        let nodes = loss.graphNodes()
        #expect(nodes.count == 4)
        #expect(nodes.last === loss)
        #expect(nodes.map { $0.gradFnName ?? "leaf" }.suffix(2) == ["mul", "sigmoid"])
        #expect(loss.graphInputs.count == 1 && loss.graphInputs[0] === product)
        let s = referenceSigmoid(6)
        #expect(Swift.abs((try product.grad?.item() ?? 0) - s * (1 - s)) < 1e-6)
        #expect(Swift.abs((try w.grad?.item() ?? 0) - 3 * s * (1 - s)) < 1e-6)
    }

    @Test func gradientsAccumulateUntilZeroed() throws {
        let x = try Tensor(shape: [2], data: [1, 2], requiresGrad: true)
        try x.mul(3).sum().backward()
        try x.mul(3).sum().backward()
        #expect(x.grad?.toArray() == [6, 6])
        x.zeroGrad()
        try x.mul(2).sum().backward()
        #expect(x.grad?.toArray() == [2, 2])
    }

    @Test func sharedSubexpressionsSumTheirGradients() throws {
        let x = Tensor(scalar: 3, requiresGrad: true)
        let y = try x.mul(x).add(x)  // y = x² + x, dy/dx = 2x + 1
        try y.backward()
        #expect(try x.grad?.item() == 7)
    }

    @Test func backwardWithExplicitGradient() throws {
        let x = try Tensor(shape: [2], data: [1, 2], requiresGrad: true)
        let y = x.mul(5)
        try y.backward(gradient: Tensor([1, 10]))
        #expect(x.grad?.toArray() == [5, 50])
        #expect(throws: TensorError.self) { try y.backward() }
    }

    @Test func noGradModeRecordsNothing() throws {
        let x = try Tensor(shape: [2], data: [1, 2], requiresGrad: true)
        let y = try GradMode.withoutGrad { try x.mul(2).sum() }
        #expect(!y.requiresGrad)
        #expect(y.isLeaf)
        #expect(GradMode.isEnabled)
        #expect(throws: TensorError.self) { try y.backward() }
    }

    @Test func gradModeIsPerThread() throws {
        let seenOnOtherThread = try GradMode.withoutGrad {
            #expect(!GradMode.isEnabled)
            return try runOnNewThread { GradMode.isEnabled }
        }
        #expect(seenOnOtherThread)
        #expect(GradMode.isEnabled)
    }

    @Test func detachedCutsTheGraph() throws {
        let x = try Tensor(shape: [2], data: [1, 2], requiresGrad: true)
        let y = x.mul(2).detached()
        #expect(!y.requiresGrad)
        #expect(y.toArray() == [2, 4])
    }

    @Test func functionalGradLeavesInputsAlone() throws {
        let f: ([Tensor]) throws -> Tensor = { args in try args[0].mul(args[1]).sum() }
        let a = try Tensor(shape: [2], data: [1, 2])
        let b = try Tensor(shape: [2], data: [3, 4])
        let grads = try grad(f, argnums: [0, 1])([a, b])
        #expect(grads[0].toArray() == [3, 4])
        #expect(grads[1].toArray() == [1, 2])
        #expect(a.grad == nil)
        #expect(!a.requiresGrad)
        #expect(throws: TensorError.self) { try grad(f, argnums: [2])([a, b]) }
    }

    @Test func deepChainDoesNotOverflowTheStack() throws {
        let x = Tensor(scalar: 1, requiresGrad: true)
        var y = x
        for _ in 0..<100_000 { y = y.add(0.5) }
        try y.backward()
        #expect(try x.grad?.item() == 1)
        #expect(try y.item() == 50_001)
        // Releasing `y` frees the 100,000-node chain; this must not recurse deeply either.
    }

    @Test func graphsAreFreedAfterTraining() throws {
        // Tests in this process run in parallel and allocate tensors, so compare this test's
        // own allocations: everything created in the loop must be gone afterwards.
        var generator = RandomGenerator(seed: 9)
        let weight = try Tensor.randn([4, 3], using: &generator)
        weight.requiresGrad = true
        let input = try Tensor.randn([8, 4], using: &generator)
        var weakOutputs: [WeakTensor] = []
        for step in 0..<10_000 {
            let loss = try input.matmul(weight).tanh().square().mean()
            try loss.backward()
            if step % 1000 == 0 { weakOutputs.append(WeakTensor(loss)) }
            GradMode.withoutGrad {
                if let grad = weight.grad {
                    weight.withUnsafeMutableBufferPointer { values in
                        grad.withUnsafeBufferPointer { g in
                            for index in values.indices { values[index] -= 0.01 * g[index] }
                        }
                    }
                }
            }
            weight.zeroGrad()
        }
        #expect(weakOutputs.count == 10)
        #expect(weakOutputs.allSatisfy { $0.tensor == nil })
    }

    @Test func liveStorageCountStaysFlatOverTenThousandSteps() throws {
        // Counts only this thread's allocations, so parallel tests cannot disturb it.
        var generator = RandomGenerator(seed: 10)
        let weight = try Tensor.randn([3, 2], using: &generator)
        weight.requiresGrad = true
        let input = try Tensor.randn([4, 3], using: &generator)
        func step() throws {
            let loss = try input.matmul(weight).sigmoid().logSoftmax(axis: 1).mean().neg()
            try loss.backward()
            weight.zeroGrad()
        }
        try step()
        let baseline = TensorStorage.liveCountOnCurrentThread
        var peak = baseline
        for _ in 0..<10_000 {
            try step()
            peak = Swift.max(peak, TensorStorage.liveCountOnCurrentThread)
        }
        #expect(TensorStorage.liveCountOnCurrentThread == baseline)
        #expect(peak == baseline)
    }

    @Test func threadCountersSeeOnlyTheirOwnThread() throws {
        let before = TensorStorage.allocatedElementsOnCurrentThread
        let liveBefore = TensorStorage.liveCountOnCurrentThread
        let kept = try Tensor.zeros([1000])
        let otherThreadLive = try runOnNewThread { TensorStorage.liveCountOnCurrentThread }
        #expect(otherThreadLive == 0)
        #expect(TensorStorage.allocatedElementsOnCurrentThread - before == 1000)
        #expect(TensorStorage.liveCountOnCurrentThread == liveBefore + 1)
        #expect(TensorStorage.liveCount >= 1)
        #expect(TensorStorage.allocatedElements >= 1000)
        #expect(kept.count == 1000)
    }
}

/// σ(x) computed independently of the engine, for expected values.
func referenceSigmoid(_ x: Float) -> Float { 1 / (1 + Float(exp(Double(-x)))) }

/// Holds a tensor weakly, to prove it was deallocated.
struct WeakTensor {
    weak var tensor: Tensor?
    init(_ tensor: Tensor) { self.tensor = tensor }
}

/// Runs `body` on a fresh OS thread and returns its result.
func runOnNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.start()
    done.wait()
    guard let value = box.value else { throw TensorError.invalidArgument("thread produced no value") }
    return value
}

/// Carries a value from a worker thread back to the caller (guarded by a semaphore).
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
