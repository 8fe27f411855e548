import Grading
import Lessons
import Testing

/// How lab reports word and round their numbers, and what the comparison jobs report per run.
@Suite struct LabReportTests {
    @Test func numbersAreRoundedToThreeSignificantDigits() {
        #expect(LabNumber.format(0.054_999_9) == "0.055")
        #expect(LabNumber.format(5.499_99) == "5.5")
        #expect(LabNumber.format(0.971_234) == "0.971")
        #expect(LabNumber.format(0.000_116_3) == "0.000116")
        #expect(LabNumber.format(756) == "756")
        #expect(LabNumber.format(1234.56) == "1235")
        #expect(LabNumber.format(-0.096_23) == "-0.0962")
        #expect(LabNumber.format(.nan) == "nan")
    }

    @Test func aNumberBesideItsTargetNeverPrintsAsTheTarget() {
        // 0.9699 rounds to 0.97, which would read as the 0.97 target met.
        #expect(LabNumber.format(0.9699, against: 0.97) == "0.9699")
        #expect(LabNumber.format(0.049_999, against: 0.05) == "0.049999")
        #expect(LabNumber.format(0.971_234, against: 0.97) == "0.971")
        #expect(LabNumber.format(0.97, against: 0.97) == "0.97")
    }

    static let spec = LabSpec(
        job: "augmentation-comparison", dataset: "mnist", model: nil, knobs: [],
        target: LabTarget(metric: "gain", goal: .atLeast, value: 0), budgetSteps: 1000, solution: [:],
        parameters: [])

    @Test func theTargetAndStepsOfAComparisonArePerRun() {
        #expect(LabReport.target(Self.spec) == "gain >= 0 within 1000 steps")
        #expect(LabReport.target(Self.spec, runs: 2) == "gain >= 0 within 1000 steps per run")
        #expect(
            LabReport.reached(Self.spec, metric: 0.054_999_9, steps: 1200, runSteps: [600, 600])
                == "gain = 0.055 after 600 + 600 steps")
        #expect(LabReport.reached(Self.spec, metric: 0.1, steps: 756) == "gain = 0.1 after 756 steps")
    }

    @Test func theProgressLineNamesTheRunAndWhatItMeasured() {
        let run = ComparedRun(index: 1, count: 2, name: "augmentation")
        let measured = LabProgress(
            step: 200, budget: 1000, metric: 0.891_234, loss: 0.400_01, measure: .heldOutAccuracy, run: run,
            plannedSteps: 600)
        #expect(
            LabProgressLine.text(measured, spec: Self.spec)
                == "run 2/2 (augmentation)  step 200/600  held-out accuracy 0.891  loss 0.4")
        let early = LabProgress(step: 5, budget: 1000, metric: .nan, loss: 2.3)
        #expect(
            LabProgressLine.text(early, spec: Self.spec) == "step 5/1000  gain not measured yet  loss 2.3")
    }
}
