import COpenBLAS
import Foundation
import TensorEngine

/// Data and training-loop benchmarks, run through the same `Trainer` the labs use:
/// - `lenet5_epoch_fashion_s`: one LeNet-5 epoch over Fashion-MNIST's 60,000 training images
///   (batch 64, SGD momentum 0.9), skipped with a JSON note when the dataset is not installed;
/// - `mnist5k_lenet5_to_97_s`: seconds until LeNet-5 reaches 97% on the held-out 1,000 images of
///   the shipped MNIST subset with the lab's default settings (`LabPresets.mnistLeNet5`).
///
/// Like the engine's training benchmarks, OpenBLAS runs single-threaded while the engine's
/// kernels use the two cores (`DLTUTOR_BLAS_THREADS` overrides).
func runDataBenchmarks(_ report: BenchmarkReport) {
    let blasThreads = ProcessInfo.processInfo.environment["DLTUTOR_BLAS_THREADS"].flatMap { Int32($0) } ?? 1
    let previousThreads = openblas_get_num_threads()
    openblas_set_num_threads(blasThreads)
    defer { openblas_set_num_threads(previousThreads) }
    if report.shouldRun("lenet5_epoch_fashion_s") {
        do {
            try benchmarkFashionEpoch(report)
        } catch {
            report.emitError(name: "lenet5_epoch_fashion_s", error: error)
        }
    }
    if report.shouldRun("mnist5k_lenet5_to_97_s") {
        do {
            try benchmarkMNISTToTarget(report)
        } catch {
            report.emitError(name: "mnist5k_lenet5_to_97_s", error: error)
        }
    }
}

/// One epoch of LeNet-5 on Fashion-MNIST, timed from the first to the last training step
/// (data loading excluded, batch assembly included).
private func benchmarkFashionEpoch(_ report: BenchmarkReport) throws {
    let name = "lenet5_epoch_fashion_s"
    if case .missing(let message) = FashionMNIST.availability() {
        report.emitSkipped(name: name, reason: message)
        return
    }
    let training = try FashionMNIST.load(.train)
    let model = try Models.lenet5(seed: 0)
    let optimizer = try SGD(parameters: model.parameters(), learningRate: 0.01, momentum: 0.9)
    let trainer = Trainer(
        model: model, optimizer: optimizer, training: training,
        configuration: TrainingConfiguration(
            budget: .epochs(1), batchSize: 64, evaluation: .atEnd, trainingAccuracySampleSize: 1))
    var lastStep: StepProgress?
    let result = try trainer.run { event in
        if case .step(let progress) = event { lastStep = progress }
    }
    guard let lastStep, result.steps > 0 else {
        report.emitError(name: name, error: DataError.invalidArgument("the epoch took no steps"))
        return
    }
    report.emit(name: name, value: lastStep.elapsedSeconds, unit: "s")
    report.emit(name: "lenet5_epoch_fashion_images_per_s", value: lastStep.imagesPerSecond, unit: "images/s")
}

/// Wall time for the MNIST-subset lab to reach its 97% target from its default settings.
private func benchmarkMNISTToTarget(_ report: BenchmarkReport) throws {
    let name = "mnist5k_lenet5_to_97_s"
    let start = monotonicSeconds()
    let split = try MNISTSubset.loadSplit()
    let preset = LabPresets.mnistLeNet5
    let model = try preset.makeModel()
    let trainer = Trainer(
        model: model, optimizer: try preset.makeOptimizer(for: model), training: split.train,
        validation: split.test, configuration: preset.configuration)
    let result = try trainer.run()
    let elapsed = monotonicSeconds() - start
    guard case .targetReached = result.stopReason else {
        report.emitError(
            name: name, error: DataError.invalidArgument("target not reached: \(result.explanation)"))
        return
    }
    report.emit(name: name, value: elapsed, unit: "s")
    report.emit(
        name: "mnist5k_lenet5_heldout_accuracy", value: Double(result.validationAccuracy ?? 0),
        unit: "fraction")
}

extension BenchmarkReport {
    /// Reports a benchmark that could not run on this machine, as a JSON line with a note.
    func emitSkipped(name: String, reason: String) {
        let line = ["name": name, "skipped": reason]
        if let data = try? JSONSerialization.data(
            withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        {
            print(text)
            fflush(nil)  // nil flushes every stream; `stdout` is not concurrency-safe in Swift 6
        }
    }
}
