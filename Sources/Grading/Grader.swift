import Lessons

/// Grades any exercise: choice and numeric answers directly, code through a `ScriptRunner`, labs
/// through the registered `LabJob`s. Deterministic: the same answer always gets the same report.
public struct Grader: Sendable {
    /// Runs TensorScript; nil in builds without an interpreter (code exercises then say so).
    public let runner: (any ScriptRunner)?
    /// Runs labs.
    public let labs: LabGrader

    /// Creates a grader.
    public init(runner: (any ScriptRunner)?, labs: LabGrader = .standard) {
        self.runner = runner
        self.labs = labs
    }

    /// Grades a typed answer (choice, numeric) or source code (code; error reports name it
    /// `fileName`). Labs use `gradeLab`.
    public func grade(_ exercise: Exercise, answer: String, fileName: String = "your code") -> GradeReport {
        switch exercise.kind {
        case .choice(let spec):
            return AnswerGrader.gradeChoice(spec, answer: answer)
        case .numeric(let spec):
            return AnswerGrader.gradeNumeric(spec, answer: answer)
        case .code(let spec):
            guard let runner else {
                return GradeReport(
                    passed: false, score: 0, summary: "this build has no TensorScript interpreter")
            }
            return CodeGrader(runner: runner).grade(exercise, spec: spec, source: answer, fileName: fileName)
        case .lab(let spec):
            return labs.grade(spec, settings: spec.defaultSettings).report
        }
    }

    /// Runs a lab with `settings`, reporting progress, and grades the metric it reaches.
    public func gradeLab(
        _ spec: LabSpec, settings: [String: KnobValue], progress: (LabProgress) -> Void = { _ in }
    ) -> (report: GradeReport, outcome: LabOutcome?) {
        labs.grade(spec, settings: settings, progress: progress)
    }
}
