import Foundation
import Lessons
import Plot
import TensorEngine
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// A runner that reports a fixed script of events, honouring stop like a real one.
struct ScriptedLabRunner: LabRunner {
    let events: [LabRunEvent]
    /// The runs a comparison lab would name (none for a single run).
    var comparedRuns: [String] = []

    func run(
        settings: [String: KnobValue], control: LabRunControl,
        report: @escaping @Sendable (LabRunEvent) -> Void
    ) {
        for event in events {
            guard control.checkpoint() else { return }
            report(event)
        }
    }
}

@Suite("Lab screen")
struct LabScreenTests {
    static let spec = LabSpec(
        job: "mlp-2d", dataset: "spirals", model: "mlp:16",
        knobs: [
            Knob(name: "lr", domain: .range(lower: 0.0001, upper: 10), defaultValue: .number(0.1)),
            Knob(
                name: "optimizer", domain: .choices(["sgd", "momentum", "adam"]), defaultValue: .choice("sgd")
            ),
        ],
        target: LabTarget(metric: "accuracy", goal: .atLeast, value: 0.95), budgetSteps: 200, solution: [:],
        parameters: [])

    static func progress(_ step: Int, loss: Double, accuracy: Double?) -> LabRunEvent {
        .progress(
            LabRunProgress(
                step: step, budget: 200, loss: loss, metric: accuracy,
                validationMetric: accuracy.map { $0 - 0.03 },
                elapsedSeconds: Double(step) / 100, examplesPerStep: 300))
    }

    static let passingScript: [LabRunEvent] =
        (1...40).map {
            progress($0 * 3, loss: 1.2 / Double($0), accuracy: min(0.97, 0.5 + Double($0) * 0.012))
        }
        + [.finished(LabRunEnd(metric: 0.97, steps: 120, diverged: false))]

    static let divergingScript: [LabRunEvent] =
        (1...10).map { progress($0, loss: pow(3, Double($0)), accuracy: 0.5) }
        + [
            progress(11, loss: .nan, accuracy: nil),
            .finished(LabRunEnd(metric: .nan, steps: 11, diverged: true)),
        ]

    /// Runs the background work a command starts, synchronously, and returns what it posted.
    static func runBackground(_ command: Command<LabScreen.Message>) -> [LabScreen.Message] {
        let posted = LabMessageBox()
        for effect in command.effects {
            guard case .background(_, let work) = effect else { continue }
            work(BackgroundContext(post: { posted.append($0) }))
        }
        return posted.messages
    }

    static func screen(_ script: [LabRunEvent], sink: MemoryTraceSink? = nil) -> LabScreen {
        var makeRecorder: (@Sendable (TraceHeader) -> (any TraceSink)?)? = nil
        if let sink { makeRecorder = { _ in sink } }
        return LabScreen(
            title: "Train a spiral classifier", spec: spec, runner: ScriptedLabRunner(events: script),
            theme: .monochrome, makeRecorder: makeRecorder,
            clock: { Date(timeIntervalSince1970: 1_795_000_000) })
    }

    @Test("knob values outside their range are refused with a message; good ones accepted")
    func form() {
        var lab = Self.screen(Self.passingScript)
        lab.replay([.edit, .input(.ctrl("u")), .input(.character("5")), .input(.character("0")), .edit])
        #expect(lab.isEditing)
        #expect(lab.notice?.hasPrefix("lr = 50 is outside [0.0001, 10") == true)
        #expect(lab.settings["lr"] == .number(0.1))
        let refused = lab.rendered(width: 80, height: 24).text
        #expect(refused.contains("lr = 50 is outside"))
        lab.replay([.input(.backspace), .input(.backspace), .input(.character("2")), .edit])
        #expect(!lab.isEditing)
        #expect(lab.settings["lr"] == .number(2))
        lab.replay([.moveSelection(1), .cycleChoice(1), .cycleChoice(1)])
        #expect(lab.settings["optimizer"] == .choice("adam"))
        lab.replay([.cycleChoice(1), .edit])
        #expect(lab.settings["optimizer"] == .choice("momentum"))
        lab.replay([.edit])  // Enter on a choice cycles, never opens a text field.
        #expect(!lab.isEditing)
        #expect(lab.message(for: .key(.character("s"))) != nil)
    }

    @Test("a run posts batched progress; curves fill, the verdict passes, the trace is recorded")
    func passingRun() {
        let sink = MemoryTraceSink()
        var lab = Self.screen(Self.passingScript, sink: sink)
        let start = lab.update(.start)
        #expect(start.backgroundIDs == ["lab-run"])
        #expect(lab.phase == .running)
        let posted = Self.runBackground(start)
        // Batched: far fewer messages than events, but every sample arrives.
        #expect(!posted.isEmpty && posted.count < Self.passingScript.count)
        lab.replay(posted)
        #expect(lab.lossSeries.count == 40)
        #expect(lab.validationSeries.count == 40)
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(verdict.passed)
        #expect(verdict.message.hasPrefix("PASS: accuracy = 0.97 after 120 steps"))
        let events = sink.events
        #expect(events.count == 41)
        if case .result(let result)? = events.last {
            #expect(result.passed && result.steps == 120)
        } else {
            Issue.record("the last event should be the result")
        }
        assertSnapshot(lab.rendered(width: 160, height: 50).text, named: "passed-160x50")
        assertSnapshot(lab.rendered(width: 80, height: 24).text, named: "passed-80x24")
    }

    @Test("divergence ends the run with the likely cause, not a crash")
    func divergingRun() {
        var lab = Self.screen(Self.divergingScript)
        lab.replay([.edit, .input(.ctrl("u")), .input(.character("9")), .edit])
        let start = lab.update(.start)
        lab.replay(Self.runBackground(start))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(!verdict.passed && verdict.diverged)
        #expect(verdict.message.contains("learning rate (lr = 9) is probably too high"))
        // 3⁸ = 6561 is over a thousand times the first loss (3): stopped there, before the NaN,
        // and said in the numbers the footer shows (it once claimed a NaN beside "loss 6561").
        #expect(
            verdict.message.hasPrefix(
                "Diverged at step 8: the loss grew from 3 to 6561, over a thousand times where it started."))
        #expect(!verdict.message.contains("NaN") && !verdict.message.contains("infinite"))
        #expect(lab.lossSeries.count == 8)
        let screen = lab.rendered(width: 80, height: 24).text
        #expect(screen.contains("loss 6561"))
        #expect(
            LabTaskTests.containsRun(LabTaskTests.words(screen), LabTaskTests.words(verdict.message)),
            "the verdict is cut:\n\(screen)")
        assertSnapshot(screen, named: "diverged-80x24")
    }

    @Test("a loss that turns NaN is called NaN; a job's divergence without numbers is not")
    func divergenceCauses() {
        let nanScript: [LabRunEvent] = [
            Self.progress(1, loss: 0.9, accuracy: 0.5), Self.progress(2, loss: 0.8, accuracy: 0.5),
            Self.progress(3, loss: .nan, accuracy: nil),
            .finished(LabRunEnd(metric: .nan, steps: 3, diverged: true)),
        ]
        var lab = Self.screen(nanScript)
        lab.replay(Self.runBackground(lab.update(.start)))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(verdict.message.hasPrefix("Diverged at step 3: the loss became NaN."))
        let quiet = LabVerdict(
            end: LabRunEnd(metric: .nan, steps: 4, diverged: true), spec: Self.spec, settings: [:],
            firstLoss: 2, lastLoss: 1)
        #expect(quiet.message.hasPrefix("Diverged at step 4: the values grew out of bounds."))
        let explained = LabVerdict(
            end: LabRunEnd(metric: .nan, steps: 4, diverged: true, explanation: "Training diverged: why."),
            spec: Self.spec, settings: [:], firstLoss: 2, lastLoss: 1)
        // The trainer's account is the first line, not repeated in the report below it.
        #expect(explained.message.hasPrefix("Training diverged: why.\nTarget: accuracy >= 0.95"))
        #expect(explained.message.components(separatedBy: "why.").count == 2, "\(explained.message)")
    }

    @Test("pause, resume and stop; events of an old run are ignored")
    func control() {
        var lab = Self.screen(Self.passingScript)
        _ = lab.update(.start)
        lab.replay([.togglePause])
        #expect(lab.phase == .paused)
        lab.replay([.edit])
        #expect(lab.notice?.contains("fixed while a run is going") == true)
        lab.replay([.togglePause])
        #expect(lab.phase == .running)
        lab.replay([.runEvents(run: 1, events: Array(Self.passingScript.prefix(5)))])
        #expect(lab.progress?.step == 15)
        let stop = lab.update(.stop)
        #expect(stop.effects.contains { if case .cancel(id: "lab-run") = $0 { true } else { false } })
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("stopped runs are over")
            return
        }
        #expect(verdict.stopped && verdict.message.hasPrefix("Stopped at step 15"))
        lab.replay([.runEvents(run: 1, events: Array(Self.passingScript.suffix(3)))])
        #expect(lab.progress?.step == 15)
        _ = lab.update(.start)
        lab.replay([.runEvents(run: 1, events: Array(Self.passingScript.prefix(2)))])
        #expect(lab.progress == nil)
        lab.replay([.close])
        #expect(lab.wantsToClose)
    }

    @Test("snapshot of the form before a run, and the help overlay")
    func readySnapshots() {
        var lab = Self.screen(Self.passingScript)
        assertSnapshot(lab.rendered(width: 80, height: 24).text, named: "ready-80x24")
        lab.replay([.toggleHelp])
        assertSnapshot(lab.rendered(width: 80, height: 24).text, named: "help-80x24")
    }

    @Test("the grader's optimize-2d job runs through GradingLabRunner and passes")
    func gradingRunner() throws {
        let spec = LabSpec(
            job: "optimize-2d", dataset: "bowl", model: nil,
            knobs: [
                Knob(name: "lr", domain: .range(lower: 0.001, upper: 1), defaultValue: .number(0.1)),
                Knob(name: "optimizer", domain: .choices(["sgd", "adam"]), defaultValue: .choice("sgd")),
            ],
            target: LabTarget(metric: "distance", goal: .atMost, value: 0.01), budgetSteps: 300,
            solution: [:],
            parameters: [])
        var lab = LabScreen(
            title: "bowl", spec: spec, runner: try GradingLabRunner(spec: spec), theme: .monochrome)
        lab.replay(Self.runBackground(lab.update(.start)))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(verdict.passed)
        #expect(lab.lossSeries.count > 0)
        let unknown = LabSpec(
            job: "teleport", dataset: "x", model: nil, knobs: [], target: spec.target, budgetSteps: 1,
            solution: [:],
            parameters: [])
        #expect(throws: LabRunnerError.self) { try GradingLabRunner(spec: unknown) }
    }
}

/// Collects messages posted from background work.
final class LabMessageBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [LabScreen.Message] = []

    func append(_ message: LabScreen.Message) {
        lock.withLock { stored.append(message) }
    }

    var messages: [LabScreen.Message] { lock.withLock { stored } }
}

@Suite("Lab divergence rule")
struct LabDivergenceRuleTests {
    @Test("NaN, infinity and a thousandfold growth count as exploding; learning does not")
    func rule() {
        #expect(LabScreen.isExploding(.nan, first: 0.7))
        #expect(LabScreen.isExploding(.infinity, first: nil))
        #expect(LabScreen.isExploding(2000, first: 0.7))
        #expect(!LabScreen.isExploding(2000, first: 5))
        #expect(!LabScreen.isExploding(0.01, first: 0.7))
        #expect(!LabScreen.isExploding(900, first: 0.1))
    }
}

@Suite("Lab on the engine's Trainer")
struct LabTrainerTests {
    static let spec = LabSpec(
        job: "trainer", dataset: "blobs", model: "mlp:16",
        knobs: [Knob(name: "lr", domain: .range(lower: 0.0001, upper: 1000), defaultValue: .number(0.1))],
        target: LabTarget(metric: "accuracy", goal: .atLeast, value: 0.9), budgetSteps: 60, solution: [:],
        parameters: [])

    static let runner = TrainerLabRunner { settings in
        let data = try SyntheticDataset.blobs(centers: 3).generate(pointsPerClass: 60, noise: 0.3, seed: 3)
        let model = try Models.mlp(inputs: 2, hidden: [16], outputs: 3, seed: 1)
        let rate = Float(settings["lr"]?.number ?? 0.1)
        return Trainer(
            model: model,
            optimizer: try SGD(parameters: model.parameters(), learningRate: rate, momentum: 0.9),
            training: data, validation: data,
            configuration: TrainingConfiguration(
                budget: .steps(60), batchSize: 32, evaluation: .everySteps(20)))
    }

    @Test("a Trainer run reports steps and validation points and passes")
    func trains() {
        var lab = LabScreen(title: "blobs", spec: Self.spec, runner: Self.runner, theme: .monochrome)
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(lab.lossSeries.count >= 60)
        #expect(lab.validationSeries.count >= 3)
        #expect(lab.progress?.budget == 60)
        #expect(verdict.passed, "\(verdict.message)")
    }

    @Test("a huge learning rate diverges in the Trainer and is explained")
    func diverges() {
        var lab = LabScreen(title: "blobs", spec: Self.spec, runner: Self.runner, theme: .monochrome)
        lab.replay([.edit, .input(.ctrl("u"))] + "900".map { .input(.character($0)) } + [.edit])
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(verdict.diverged)
        // The trainer stops the run before the screen sees the exploding step: its own account
        // names the loss, the step and the rate.
        #expect(verdict.message.contains("loss reached"), "\(verdict.message)")
        #expect(verdict.message.contains("learning rate 900 is probably too high"), "\(verdict.message)")
    }
}
