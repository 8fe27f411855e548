import Foundation
import Lessons
import Plot
import TerminalCore
import TestSupport
import Testing
import TutorApp

/// The lab's task pane and hints, the choice lists, and a verdict that says why a run fell short.
@Suite("Lab task, hints and knobs")
struct LabTaskTests {
    /// The spirals lab's prompt, as shipped.
    static let prompt = """
        Train an MLP (full batch, cross-entropy) on two interleaved spirals, 100
        points per class, until it classifies at least 95% of them correctly
        within 3000 steps. The defaults (Adam, learning rate 0.01, two hidden
        layers of 32 ReLU units) reach it: measured well under a second. Then
        see how other settings do, for example plain SGD
        (`dltutor check bp-spirals-lab --set optimizer=sgd`), a narrow network
        (`--set hidden=2`) or tanh units (`--set activation=tanh`).
        """

    static let hints = [
        "Spirals need curved boundaries that wind around, so give the network enough width.",
        "Adam adapts the step per weight and is much faster here than plain SGD.",
        "`--set optimizer=adam --set lr=0.01 --set hidden=32`",
    ]

    /// The Rosenbrock lab's knobs: five optimizers, the last one the one that passes.
    static let rosenbrock = LabSpec(
        job: "optimize-2d", dataset: "rosenbrock", model: nil,
        knobs: [
            Knob(
                name: "optimizer", domain: .choices(["sgd", "momentum", "nesterov", "rmsprop", "adam"]),
                defaultValue: .choice("sgd")),
            Knob(name: "lr", domain: .range(lower: 0.00001, upper: 1), defaultValue: .number(0.001)),
            Knob(name: "momentum", domain: .range(lower: 0, upper: 0.99), defaultValue: .number(0.9)),
            Knob(name: "beta1", domain: .range(lower: 0, upper: 0.99), defaultValue: .number(0.9)),
            Knob(name: "beta2", domain: .range(lower: 0.9, upper: 0.9999), defaultValue: .number(0.999)),
        ],
        target: LabTarget(metric: "distance", goal: .atMost, value: 0.01), budgetSteps: 2000, solution: [:],
        parameters: [])

    static func screen(script: [LabRunEvent] = LabScreenTests.passingScript) -> LabScreen {
        LabScreen(
            title: "Untangle the spirals", spec: LabScreenTests.spec,
            runner: ScriptedLabRunner(events: script),
            prompt: prompt, hints: hints, theme: .monochrome)
    }

    /// The prompt's words as drawn (code spans lose their backticks).
    static var promptWords: [String] {
        prompt.replacingOccurrences(of: "`", with: "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The words of `text` in order, across line breaks and the pane's borders.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "│" }).map(String.init)
    }

    /// Whether `words` contains `wanted` as one unbroken run.
    static func containsRun(_ words: [String], _ wanted: [String]) -> Bool {
        guard wanted.count <= words.count else { return false }
        return (0...(words.count - wanted.count)).contains {
            Array(words[$0..<($0 + wanted.count)]) == wanted
        }
    }

    @Test("the whole prompt is shown, beside the curves at 160x50 and in place of them at 80x24")
    func wholePrompt() {
        var lab = Self.screen()
        #expect(lab.task.isOpen)
        let wide = lab.rendered(width: 160, height: 50).text
        #expect(wide.contains("Task"))
        #expect(wide.contains("(--set hidden=2) or tanh units (--set activation=tanh)."), "\(wide)")
        #expect(wide.contains("3 hints available (h / F2)."))
        #expect(wide.contains("step 0/200"), "the curves should stay in view at 160x50")
        assertSnapshot(wide, named: "task-160x50")
        // At 80x24 the pane takes the curves' column and scrolls: every word can be read.
        var seen: [String] = []
        for _ in 0..<6 {
            let text = lab.rendered(width: 80, height: 24).text
            seen += text.components(separatedBy: "\n").map { String($0.dropFirst(31)) }
            lab.replay([.scrollTask(5)])
        }
        let allSeen = Set(Self.words(seen.joined(separator: "\n")))
        for word in Self.promptWords { #expect(allSeen.contains(word), "never shown: \(word)") }
        lab.replay([.scrollTask(-100)])
        assertSnapshot(lab.rendered(width: 80, height: 24).text, named: "task-80x24")
    }

    @Test("h and F2 reveal the hints one at a time, gentle first; the footer lists the keys")
    func hints() {
        var lab = Self.screen()
        #expect(lab.message(for: .key(.character("h"))) != nil)
        #expect(lab.message(for: .key(.function(2))) != nil)
        let footer = lab.keyHints.map(\.key)
        #expect(footer.contains("t") && footer.contains("h"), "\(footer)")
        #expect(lab.helpHints.contains { $0.key.contains("F2") })
        lab.replay([.start])
        #expect(!lab.task.isOpen)
        // h works mid-run and brings the task back with the new hint in view.
        if let message = lab.message(for: .key(.character("h"))) { lab.replay([message]) }
        #expect(lab.task.hintsShown == 1)
        #expect(lab.task.isOpen)
        let first = lab.rendered(width: 80, height: 24).text
        #expect(first.contains("Hint 1/3: Spirals need curved"), "\(first)")
        #expect(!first.contains("Hint 2/3"))
        if let message = lab.message(for: .key(.function(2))) { lab.replay([message]) }
        lab.replay([.revealHint])
        #expect(lab.task.hintsShown == 3)
        let last = lab.rendered(width: 80, height: 24).text
        #expect(last.contains("Hint 3/3: --set optimizer=adam --set lr=0.01"), "\(last)")
        lab.replay([.revealHint])
        #expect(lab.task.hintsShown == 3)
        #expect(lab.notice == "That was the last hint.")
        // Hints revealed on an earlier visit (from progress) stay revealed.
        let again = LabScreen(
            title: "t", spec: LabScreenTests.spec, runner: ScriptedLabRunner(events: []), prompt: Self.prompt,
            hints: Self.hints, hintsShown: 2)
        #expect(again.task.hintsShown == 2)
    }

    @Test("in a task longer than the pane, a new hint is scrolled into view and PgUp goes back at once")
    func longTask() {
        var lab = LabScreen(
            title: "Untangle the spirals", spec: LabScreenTests.spec, runner: ScriptedLabRunner(events: []),
            prompt: Self.prompt + "\n" + Self.prompt, hints: Self.hints, theme: .monochrome)
        let top = lab.rendered(width: 80, height: 24).text
        #expect(top.contains("↓ PgDn"))
        lab.replay([.revealHint])
        let hinted = lab.rendered(width: 80, height: 24).text
        #expect(hinted.contains("Hint 1/3: Spirals need curved"), "\(hinted)")
        lab.replay([.scrollTask(-5)])
        #expect(lab.rendered(width: 80, height: 24).text != hinted, "PgUp did nothing")
    }

    @Test("starting a run folds the task into one row; t opens and closes it")
    func toggle() {
        var lab = Self.screen()
        #expect(lab.message(for: .key(.character("t"))) != nil)
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        #expect(!lab.task.isOpen)
        let folded = lab.rendered(width: 80, height: 24).text
        #expect(folded.contains("Task Train an MLP"), "\(folded)")
        #expect(folded.contains("t shows it"))
        #expect(folded.contains("PASS: accuracy = 0.97"))
        lab.replay([.toggleTask])
        #expect(lab.task.isOpen)
        #expect(lab.rendered(width: 80, height: 24).text.contains("interleaved spirals, 100 points"))
        lab.replay([.toggleTask])
        #expect(!lab.task.isOpen)
        // A lab without a task (the benchmark's) shows neither the row nor its keys.
        let bare = LabScreen(title: "t", spec: LabScreenTests.spec, runner: ScriptedLabRunner(events: []))
        #expect(!bare.task.isOpen)
        #expect(!bare.keyHints.map(\.key).contains("t"))
        #expect(!bare.rendered(width: 80, height: 24).text.contains("Task"))
    }

    @Test("every choice is shown at 80 and 100 columns, wrapped under the knob")
    func choicesWrap() {
        let field = KnobField(knob: Self.rosenbrock.knobs[0])
        #expect(field.rangeLines(width: 26) == ["sgd | momentum |", "nesterov | rmsprop | adam"])
        #expect(field.rangeLines(width: 60) == ["sgd | momentum | nesterov | rmsprop | adam"])
        #expect(KnobField(knob: Self.rosenbrock.knobs[1]).rangeLines(width: 5) == ["1e-05 … 1"])
        let lab = LabScreen(
            title: "Rosenbrock", spec: Self.rosenbrock, runner: ScriptedLabRunner(events: []),
            theme: .monochrome)
        for (width, height, formWidth) in [(80, 24, 30), (100, 30, 40)] {
            let form = lab.rendered(width: width, height: height).text.components(separatedBy: "\n").map {
                String($0.prefix(formWidth))
            }
            .joined(separator: "\n")
            #expect(form.contains("rmsprop | adam"), "\(width) columns:\n\(form)")
            #expect(form.contains("beta2"), "\(width) columns: the last knob is cut:\n\(form)")
        }
    }

    @Test("a run that falls short says why, with the job's numbers, in full on the screen")
    func shortfall() {
        let why =
            "Underfitting: the loss levelled off near 0.693 over the last 20 steps and training "
            + "accuracy is only 0.5."
        let script: [LabRunEvent] =
            (1...20).map { LabScreenTests.progress($0 * 10, loss: 0.693, accuracy: 0.5) }
            + [.finished(LabRunEnd(metric: 0.5, steps: 200, diverged: false, explanation: why))]
        var lab = Self.screen(script: script)
        lab.replay(LabScreenTests.runBackground(lab.update(.start)))
        guard case .finished(let verdict) = lab.phase else {
            Issue.record("the run should be over")
            return
        }
        #expect(
            verdict.message
                == "Not yet: accuracy = 0.5 after 200 steps.\nTarget: accuracy >= 0.95 within 200 steps.\n"
                + why + "\nSettings: lr=0.1 optimizer=sgd.")
        for (width, height) in [(80, 24), (160, 50)] {
            let words = Self.words(lab.rendered(width: width, height: height).text)
            #expect(Self.containsRun(words, Self.words(verdict.message)), "cut at \(width)x\(height)")
        }
        assertSnapshot(lab.rendered(width: 80, height: 24).text, named: "shortfall-80x24")
    }
}
