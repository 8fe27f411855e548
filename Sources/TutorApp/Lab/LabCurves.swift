import Grading
import Plot
import TerminalCore

/// The curves of a lab run as its reports arrive, one set per run: a lab comparing two runs
/// (plain against residual) trains them one after the other, and both stay drawn, overlaid
/// step for step and named, so the learner compares them. Only measured points go in: a
/// metric not measured at a step is left out rather than stored as NaN, which the charts would
/// count as a warning.
public struct LabCurves: Sendable {
    /// One run's curves.
    public struct Run: Sendable {
        /// Which run of a comparison this is; nil for a single-run lab.
        public let run: ComparedRun?
        /// The training loss at every reported step.
        public private(set) var loss: LineSeries
        /// The target metric on the training data, where measured.
        public private(set) var metric: LineSeries
        /// The held-out metric (a comparison's runs: their held-out accuracy), where measured.
        public private(set) var heldOut: LineSeries

        init(run: ComparedRun?) {
            self.run = run
            if let run {
                // One colour and symbol per run across both charts, named after the run.
                let (color, symbol) = LabCurves.runStyles[run.index % LabCurves.runStyles.count]
                loss = LineSeries(name: run.name, color: color, symbol: symbol)
                metric = LineSeries(name: run.name, color: color, symbol: symbol)
                heldOut = LineSeries(name: run.name, color: color, symbol: symbol)
            } else {
                loss = LineSeries(name: "train", color: .cyan, symbol: "*")
                metric = LineSeries(name: "train", color: .yellow, symbol: "+")
                heldOut = LineSeries(name: "held-out", color: .magenta, symbol: "o")
            }
        }

        mutating func append(_ report: LabRunProgress) {
            let x = Double(report.step)
            loss.append(x: x, y: report.loss)
            if let value = report.metric, value.isFinite { metric.append(x: x, y: value) }
            if let value = report.validationMetric, value.isFinite { heldOut.append(x: x, y: value) }
        }
    }

    /// The colours and ASCII symbols of a comparison's runs, in order.
    static let runStyles: [(Color, Character)] = [
        (.cyan, "*"), (.magenta, "o"), (.yellow, "+"), (.green, "x"),
    ]

    /// The runs so far, in order (one for a single-run lab).
    public private(set) var runs: [Run] = []
    /// The largest step reported by any run (the charts' x-axis grows to it).
    public private(set) var lastStep = 0
    /// The steps of the runs before the current one (a comparison's pace counts them too).
    public private(set) var stepsBefore = 0
    private var currentStep = 0

    /// No curves yet.
    public init() {}

    /// Adds a report to its run's curves, starting the next run's when the report says so.
    public mutating func append(_ report: LabRunProgress) {
        if runs.isEmpty || runs[runs.count - 1].run?.index != report.run?.index {
            stepsBefore += currentStep
            runs.append(Run(run: report.run))
        }
        runs[runs.count - 1].append(report)
        currentStep = report.step
        lastStep = max(lastStep, report.step)
    }

    /// Whether the runs are compared (each then has a name).
    public var isComparison: Bool { runs.contains { $0.run != nil } }

    /// The current (last) run's curves.
    public var current: Run? { runs.last }
}

extension LineSeries {
    /// The last point's y, or nil for an empty series.
    var lastValue: Double? { count > 0 ? y(at: count - 1) : nil }
}
