import Lessons

/// The line `dltutor check` prints for each progress report of a lab, naming what it measured:
/// `step 40/756  held-out accuracy 0.912  loss 0.31`, and in a comparison the run first,
/// `run 2/2 (augmentation)  step 200/600  held-out accuracy 0.89  loss 0.4`.
public enum LabProgressLine {
    /// The line for `update` of `spec`.
    public static func text(_ update: LabProgress, spec: LabSpec) -> String {
        let name = update.measure == .heldOutAccuracy ? "held-out accuracy" : spec.target.metric
        // The metric is NaN until the first evaluation: say so rather than print "nan".
        let value = update.metric.isFinite ? LabNumber.format(update.metric) : "not measured yet"
        let run = update.run.map { $0.label + "  " } ?? ""
        return "\(run)step \(update.step)/\(update.plannedSteps ?? update.budget)  \(name) \(value)  "
            + "loss \(LabNumber.format(update.loss))"
    }
}
