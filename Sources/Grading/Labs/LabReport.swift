import Lessons

/// The words of a lab's result, shared by `dltutor check` and the tutor's lab screen so that
/// both report the same thing in the same rounded numbers.
public enum LabReport {
    /// The target and the step budget: `accuracy >= 0.97 within 6000 steps`, or for a lab
    /// comparing `runs` runs, `gain >= 0 within 1000 steps per run`.
    public static func target(_ spec: LabSpec, runs: Int = 1) -> String {
        "\(spec.target.text) within \(spec.budgetSteps) steps" + (runs > 1 ? " per run" : "")
    }

    /// The metric reached and the steps it took: `accuracy = 0.971 after 315 steps`, or with the
    /// steps of each compared run, `gain = 0.055 after 600 + 600 steps`.
    public static func reached(_ spec: LabSpec, metric: Double, steps: Int, runSteps: [Int] = []) -> String {
        let taken =
            runSteps.count > 1 ? runSteps.map(String.init).joined(separator: " + ") : String(steps)
        return "\(spec.target.metric) = \(LabNumber.format(metric, against: spec.target.value)) "
            + "after \(taken) steps"
    }

    /// The knobs a run used, in the lesson's order: `lr=0.05 epochs=12`.
    public static func settings(_ spec: LabSpec, _ settings: [String: KnobValue]) -> String {
        spec.knobs.map { "\($0.name)=\(settings[$0.name]?.description ?? "?")" }.joined(separator: " ")
    }
}
