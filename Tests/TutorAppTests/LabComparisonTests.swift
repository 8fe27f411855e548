import Foundation
import Grading
import Lessons
import Plot
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// A lab comparing two runs (the augmentation lab's shape): progress per run against the run's
/// own steps, both runs' curves kept and named, the live numbers named for what they are, and
/// the job's report under the verdict.
@Suite("Lab comparing two runs")
struct LabComparisonTests {
    static let spec = LabSpec(
        job: "augmentation-comparison", dataset: "mnist", model: nil,
        knobs: [
            Knob(name: "lr", domain: .range(lower: 0.0001, upper: 1), defaultValue: .number(0.05)),
            Knob(name: "epochs", domain: .range(lower: 1, upper: 200), defaultValue: .number(60)),
        ],
        target: LabTarget(metric: "gain", goal: .atLeast, value: 0), budgetSteps: 1000, solution: [:],
        parameters: [])

    static let runs = ["no augmentation", "augmentation"]

    static let report =
        "Held-out accuracy without augmentation 88.7%, with 94.2% (gain 5.5 points). Without: "
        + "Training used its whole budget (600 steps). Training accuracy 100.0%, held-out accuracy "
        + "88.7%. The model overfits: it does much better on its training data than on unseen data. "
        + "With: Training used its whole budget (600 steps). Training accuracy 100.0%, held-out "
        + "accuracy 94.2%."

    /// One run's reports: a loss every 5 steps of 600, a held-out accuracy every 100.
    static func run(_ index: Int) -> [LabRunEvent] {
        let run = ComparedRun(index: index, count: 2, name: runs[index])
        return stride(from: 5, through: 600, by: 5).map { step in
            let accuracy = 0.5 + Double(step) / 1500 + 0.05 * Double(index)
            return .progress(
                LabRunProgress(
                    step: step, budget: 600, loss: (2.0 - Double(index)) / Double(step),
                    validationMetric: step % 100 == 0 ? accuracy : nil,
                    elapsedSeconds: Double(index * 600 + step) / 100, run: run))
        }
    }

    static let script: [LabRunEvent] =
        run(0) + run(1)
        + [
            .finished(
                LabRunEnd(
                    metric: 0.054_999_9, steps: 1200, diverged: false, explanation: report,
                    runSteps: [600, 600]))
        ]

    static func screen(_ script: [LabRunEvent] = script) -> LabScreen {
        LabScreen(
            title: "Augmentation on a small training set", spec: spec,
            runner: ScriptedLabRunner(events: script, comparedRuns: runs), theme: .monochrome)
    }

    @Test("mid-run the bar counts the run's own steps and names the run; the number is its accuracy")
    func progressNamesTheRun() {
        var lab = Self.screen()
        _ = lab.update(.start)
        // The first run and 40 reports (200 steps) of the second.
        lab.replay([.runEvents(run: 1, events: Array(Self.script.prefix(120 + 40)))])
        let screen = lab.rendered(width: 100, height: 30).text
        #expect(screen.contains("run 2/2 · step 200/600"), "\(screen)")
        #expect(!screen.contains("/1000"))
        #expect(screen.contains("augmentation: loss 0.005 · held-out accuracy 0.683"), "\(screen)")
        #expect(!screen.contains("gain 0."), "the run's accuracy is not the compared gain:\n\(screen)")
        #expect(!screen.contains("NaN"))
        #expect(screen.contains("gain >= 0 within 1000 steps per run"))
    }

    @Test("both runs' curves stay, overlaid and named; only measured points are drawn")
    func bothCurves() {
        var lab = Self.screen()
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        #expect(lab.curves.runs.map { $0.run?.name } == Self.runs)
        #expect(lab.curves.runs.map(\.loss.count) == [120, 120])
        #expect(lab.curves.runs.map(\.heldOut.count) == [6, 6])
        #expect(lab.curves.runs.allSatisfy { $0.metric.count == 0 && $0.loss.nonFiniteCount == 0 })
        #expect(lab.curves.isComparison)
        let wide = lab.rendered(width: 160, height: 50).text
        #expect(wide.contains("* no augmentation") && wide.contains("o augmentation"), "\(wide)")
        // The x-axis counts each run's steps: it ends at 600, not at the 1200 of both runs.
        #expect(wide.contains("600") && !wide.contains("1200 "), "\(wide)")
        assertSnapshot(wide, named: "comparison-160x50")
    }

    @Test("the verdict carries the job's report in rounded numbers, and it scrolls at 80x24")
    func verdictReport() {
        var lab = Self.screen()
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(verdict.passed)
        #expect(
            verdict.message
                == "PASS: gain = 0.055 after 600 + 600 steps.\nTarget: gain >= 0 within 1000 steps per run.\n"
                + Self.report + "\nSettings: lr=0.05 epochs=60.")
        let wanted = LabTaskTests.words(verdict.message)
        let wide = LabTaskTests.words(lab.rendered(width: 160, height: 50).text)
        #expect(LabTaskTests.containsRun(wide, wanted), "cut at 160x50")
        // At 80x24 the pane is shorter than the report: PgDn brings the rest into view.
        let first = lab.rendered(width: 80, height: 24).text
        #expect(first.contains("↓ PgDn"), "\(first)")
        // The narrow pane keeps the numbers whole, dropping words instead.
        #expect(first.contains("augmentation: loss 0.00167 · held-out 0.95"), "\(first)")
        assertSnapshot(first, named: "comparison-verdict-80x24")
        var seen: [String] = []
        for _ in 0..<10 {
            seen += lab.rendered(width: 80, height: 24).text.components(separatedBy: "\n").map {
                String($0.dropFirst(31))
            }
            if let message = lab.message(for: .key(.pageDown)) { lab.replay([message]) }
        }
        let allSeen = Set(LabTaskTests.words(seen.joined(separator: "\n")))
        for word in wanted { #expect(allSeen.contains(word), "never shown: \(word)") }
        let last = lab.rendered(width: 80, height: 24).text
        #expect(last.contains("Settings: lr=0.05 epochs=60.") && last.contains("↑ PgUp"), "\(last)")
        lab.replay([.scrollTask(-100)])
        #expect(lab.verdictScroll == 0)
    }

    @Test("a stopped comparison says which run it stopped in")
    func stoppedRun() {
        var lab = Self.screen()
        _ = lab.update(.start)
        lab.replay([.runEvents(run: 1, events: Array(Self.script.prefix(130))), .stop])
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("a stopped run is over")
            return
        }
        #expect(
            verdict.message
                == "Stopped at step 50 of run 2/2 (augmentation). Target: gain >= 0 within 1000 steps per run."
        )
    }
}
