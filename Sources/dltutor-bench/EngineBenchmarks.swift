import COpenBLAS
import Foundation
import TensorEngine

/// Tensor-engine benchmarks: matmul against direct BLAS, LeNet-5 training throughput and peak
/// memory, and one convolution layer's forward+backward time, all on two threads.
///
/// Thread layout: the GEMM benchmark gives OpenBLAS its two threads. The training benchmarks
/// give the two threads to the engine instead (its kernels split each batch over two workers)
/// and run OpenBLAS single-threaded inside them, as PyTorch does with its intra-op pool;
/// OpenBLAS's own pool would otherwise spin-wait between the many small GEMMs of a training
/// step and compete with the workers. `DLTUTOR_BLAS_THREADS` overrides the training setting.
func runEngineBenchmarks(_ report: BenchmarkReport) {
    let trainingBlasThreads =
        ProcessInfo.processInfo.environment["DLTUTOR_BLAS_THREADS"].flatMap { Int32($0) } ?? 1
    let defaultBlasThreads = openblas_get_num_threads()
    defer { openblas_set_num_threads(defaultBlasThreads) }
    // LeNet first, so its peak-memory figure is not inflated by the larger GEMM matrices.
    if report.shouldRun("lenet5_train_images_per_s") || report.shouldRun("lenet5_peak_rss_mb") {
        openblas_set_num_threads(trainingBlasThreads)
        run(report, "lenet5_train_images_per_s") { try benchmarkLeNet5(report) }
    }
    if report.shouldRun("conv2d_fwd_bwd_ms") {
        openblas_set_num_threads(trainingBlasThreads)
        run(report, "conv2d_fwd_bwd_ms") { try benchmarkConv2d(report) }
    }
    if report.shouldRun("sgemm_1024_gflops") || report.shouldRun("sgemm_1024_blas_gflops") {
        openblas_set_num_threads(2)
        run(report, "sgemm_1024_gflops") { try benchmarkSgemm(report, size: 1024) }
    }
}

private func run(_ report: BenchmarkReport, _ name: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch {
        report.emitError(name: name, error: error)
    }
}

/// GFLOP/s of an n×n×n product through `Tensor.matmul` and through `cblas_sgemm` on the same
/// buffers, interleaved rounds so both see the same machine load; the best round counts.
private func benchmarkSgemm(_ report: BenchmarkReport, size n: Int) throws {
    var generator = RandomGenerator(seed: 1)
    let a = try Tensor.uniform([n, n], using: &generator)
    let b = try Tensor.uniform([n, n], using: &generator)
    var direct = [Float](repeating: 0, count: n * n)
    let flops = 2 * Double(n * n * n)
    let repetitions = 10
    var bestEngine = 0.0
    var bestBlas = 0.0
    _ = try a.matmul(b)
    for _ in 0..<5 {
        var start = monotonicSeconds()
        for _ in 0..<repetitions { _ = try a.matmul(b) }
        bestEngine = max(bestEngine, flops * Double(repetitions) / (monotonicSeconds() - start) / 1e9)
        start = monotonicSeconds()
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                direct.withUnsafeMutableBufferPointer { pc in
                    for _ in 0..<repetitions {
                        cblas_sgemm(
                            CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(n), Int32(n), 1,
                            pa.baseAddress, Int32(n), pb.baseAddress, Int32(n), 0, pc.baseAddress, Int32(n))
                    }
                }
            }
        }
        bestBlas = max(bestBlas, flops * Double(repetitions) / (monotonicSeconds() - start) / 1e9)
    }
    report.emit(name: "sgemm_\(n)_gflops", value: bestEngine, unit: "GFLOP/s")
    report.emit(name: "sgemm_\(n)_blas_gflops", value: bestBlas, unit: "GFLOP/s")
    report.emit(name: "sgemm_\(n)_engine_over_blas", value: bestEngine / bestBlas, unit: "ratio")
}

/// LeNet-5 as in ../shared/bench/anchor_torch.py.
func makeLeNet5(seed: UInt64) throws -> Sequential {
    var generator = RandomGenerator(seed: seed)
    return Sequential(
        try Conv2d(inChannels: 1, outChannels: 6, kernelSize: 5, padding: 2, using: &generator), ReLU(),
        MaxPool2d(kernelSize: 2),
        try Conv2d(inChannels: 6, outChannels: 16, kernelSize: 5, using: &generator), ReLU(),
        MaxPool2d(kernelSize: 2), Flatten(),
        try Linear(inFeatures: 400, outFeatures: 120, using: &generator), ReLU(),
        try Linear(inFeatures: 120, outFeatures: 84, using: &generator), ReLU(),
        try Linear(inFeatures: 84, outFeatures: 10, using: &generator))
}

/// Images per second of LeNet-5 training (forward, backward, SGD step) on synthetic 28×28
/// batches of 64, and the process's peak resident memory afterwards.
private func benchmarkLeNet5(_ report: BenchmarkReport) throws {
    let batch = 64
    let model = try makeLeNet5(seed: 0)
    let optimizer = try SGD(parameters: model.parameters(), learningRate: 0.05, momentum: 0.9)
    var generator = RandomGenerator(seed: 7)
    // A small pool of synthetic batches (pixels in [0, 1), labels uniform over 10 classes).
    let batches = try (0..<8).map { _ in
        (
            try Tensor.uniform([batch, 1, 28, 28], using: &generator),
            (0..<batch).map { _ in generator.int(in: 0..<10) }
        )
    }
    func trainStep(_ index: Int) throws -> Float {
        let (images, labels) = batches[index % batches.count]
        optimizer.zeroGrad()
        let loss = try Loss.crossEntropy(logits: model(images), labels: labels)
        try loss.backward()
        try optimizer.step()
        return try loss.item()
    }
    for index in 0..<20 { _ = try trainStep(index) }
    let steps = 300
    let start = monotonicSeconds()
    for index in 0..<steps { _ = try trainStep(index) }
    let elapsed = monotonicSeconds() - start
    report.emit(name: "lenet5_train_images_per_s", value: Double(steps * batch) / elapsed, unit: "images/s")
    if let peak = peakResidentMegabytes() {
        report.emit(name: "lenet5_peak_rss_mb", value: peak, unit: "MiB")
    }
}

/// Milliseconds for forward + backward of a 64×16×28×28 input through 32 3×3 filters (pad 1),
/// with gradients for input, weight and bias; median of 20 runs.
private func benchmarkConv2d(_ report: BenchmarkReport) throws {
    var generator = RandomGenerator(seed: 3)
    let input = try Tensor.randn([64, 16, 28, 28], using: &generator)
    input.requiresGrad = true
    let layer = try Conv2d(inChannels: 16, outChannels: 32, kernelSize: 3, padding: 1, using: &generator)
    let upstream = try Tensor.randn([64, 32, 28, 28], using: &generator)
    var times: [Double] = []
    for run in 0..<23 {
        input.zeroGrad()
        layer.zeroGrad()
        let start = monotonicSeconds()
        let output = try layer(input)
        try output.backward(gradient: upstream)
        if run >= 3 { times.append((monotonicSeconds() - start) * 1000) }
    }
    times.sort()
    report.emit(name: "conv2d_fwd_bwd_ms", value: times[times.count / 2], unit: "ms")
}
