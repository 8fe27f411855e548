import Foundation
import Lessons
import TensorEngine
import TerminalCore
import TutorApp

/// `lab_live_over_headless`: the stage-5 LeNet-5 lab (the grader's image-classifier job on the
/// MNIST subset) run headless, and run by the lab screen with live curves drawn at 160x50 into
/// the test backend. The ratio of their speeds (live / headless, target >= 0.95) is the cost
/// of drawing while training. Best of 3 each, so a busy moment does not decide it.
func runLabBenchmarks(_ report: BenchmarkReport) {
    let name = "lab_live_over_headless"
    guard report.shouldRun(name) else { return }
    do {
        let directory = try LessonLocator.locate(
            explicit: nil, environment: ProcessInfo.processInfo.environment,
            executablePath: CommandLine.arguments[0])
        let curriculum = try LessonLoader.load(directory: directory)
        guard let exercise = curriculum.exercise(id: "cnn-lenet-lab"), case .lab(let spec) = exercise.kind
        else {
            report.emitError(
                name: name, error: LabBenchmarkError(message: "no lab cnn-lenet-lab in \(directory)"))
            return
        }
        let runner = try GradingLabRunner(spec: spec)
        let headless = bestOf(3) {
            runner.run(settings: spec.defaultSettings, control: LabRunControl(), report: { _ in })
        }
        let live = bestOf(3) {
            let screen = LabScreen(title: exercise.title, spec: spec, runner: runner)
            let backend = TestBackend(width: 160, height: 50, events: [.key(.character("s"))])
            Program(StandaloneScreen(screen), backend: backend, clock: backend.clock).run()
        }
        report.emit(name: "lab_headless_s", value: headless, unit: "s")
        report.emit(name: "lab_live_s", value: live, unit: "s")
        report.emit(name: name, value: headless / live, unit: "ratio")
    } catch {
        report.emitError(name: name, error: error)
    }
}

/// The shortest wall time of `runs` calls of `body`, in seconds.
private func bestOf(_ runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = Date()
        body()
        best = min(best, Date().timeIntervalSince(start))
    }
    return best
}

/// Why the lab benchmark could not run.
private struct LabBenchmarkError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// `lenet5_epoch_fashion_tui_s`: one LeNet-5 epoch over Fashion-MNIST's 60,000 training images
/// (batch 64, SGD momentum 0.9, as `lenet5_epoch_fashion_s`) run by the lab screen drawing its
/// live curves at 160x50, and the same epoch through the same runner headless, both timed as
/// wall time of the whole run (data loaded beforehand, outside the timing).
func runFashionEpochWithScreenBenchmark(_ report: BenchmarkReport) {
    let name = "lenet5_epoch_fashion_tui_s"
    guard report.shouldRun(name) else { return }
    if case .missing(let message) = FashionMNIST.availability() {
        report.emitSkipped(name: name, reason: message)
        return
    }
    do {
        let training = try FashionMNIST.load(.train)
        let runner = TrainerLabRunner { _ in
            let model = try Models.lenet5(seed: 0)
            return Trainer(
                model: model,
                optimizer: try SGD(parameters: model.parameters(), learningRate: 0.01, momentum: 0.9),
                training: training,
                configuration: TrainingConfiguration(
                    budget: .epochs(1), batchSize: 64, evaluation: .atEnd, trainingAccuracySampleSize: 1))
        }
        let spec = LabSpec(
            job: "trainer", dataset: "fashion", model: "lenet5", knobs: [],
            target: LabTarget(metric: "accuracy", goal: .atLeast, value: 0), budgetSteps: 938, solution: [:],
            parameters: [])
        var start = monotonicSeconds()
        runner.run(settings: [:], control: LabRunControl(), report: { _ in })
        let headless = monotonicSeconds() - start
        start = monotonicSeconds()
        let screen = LabScreen(title: "LeNet-5 on Fashion-MNIST, one epoch", spec: spec, runner: runner)
        let backend = TestBackend(width: 160, height: 50, events: [.key(.character("s"))])
        Program(StandaloneScreen(screen), backend: backend, clock: backend.clock).run()
        let live = monotonicSeconds() - start
        report.emit(name: "lenet5_epoch_fashion_runner_headless_s", value: headless, unit: "s")
        report.emit(name: name, value: live, unit: "s")
        report.emit(name: "lenet5_epoch_fashion_tui_over_headless", value: headless / live, unit: "ratio")
    } catch {
        report.emitError(name: name, error: error)
    }
}
