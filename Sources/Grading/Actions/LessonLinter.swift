import Foundation
import Lessons

/// `dltutor lint [DIR]`: the author's check (after rustlings' `dev check`): every lesson parses,
/// ids are unique, every reference solution passes its own grader, every starter fails, every lab
/// solution reaches its target.
public enum LessonLinter {
    /// All problems found in `curriculum`, each `file:line: message`.
    ///
    /// - Parameter including: which exercises to run (all by default); tests narrow it so that the
    ///   slow lab training runs once, in `dltutor lint`, rather than in every test that lints.
    public static func problems(
        in curriculum: Curriculum, grader: Grader, including: (Exercise) -> Bool = { _ in true }
    ) -> [LessonError] {
        var problems = curriculum.problems
        for exercise in curriculum.exercises where including(exercise) {
            func report(_ message: String) {
                problems.append(
                    LessonError(
                        file: exercise.file, line: exercise.line, message: "\(exercise.id): \(message)"))
            }
            switch exercise.kind {
            case .choice, .numeric:
                // Answer keys are validated while parsing (a correct option exists, the answer is a
                // well-formed number or list).
                break
            case .code(let spec):
                guard grader.runner != nil else {
                    report("cannot check code: this build has no TensorScript interpreter")
                    continue
                }
                // Graded exactly as a learner's answer, forbidden names included, so a passing
                // reference also proves it does without them.
                let solution = grader.grade(
                    exercise, answer: spec.solution, fileName: "solution of \(exercise.id)")
                if !solution.passed {
                    report(
                        "the reference solution does not pass: \(([solution.summary] + solution.details).joined(separator: "\n    "))"
                    )
                }
                let starter = grader.grade(
                    exercise, answer: spec.starter, fileName: "starter of \(exercise.id)")
                if starter.passed {
                    report("the starter already passes; it should leave the work to the learner")
                }
            case .lab(let spec):
                let result = grader.gradeLab(
                    spec, settings: spec.defaultSettings.merging(spec.solution) { $1 })
                if !result.report.passed {
                    report("the lab's `solution` settings do not reach the target: \(result.report.summary)")
                }
            }
        }
        return problems
    }

    /// Lints `curriculum`, or only the lesson file `onlyFile` of it (any spelling of its path);
    /// exit status 1 when anything is wrong.
    public static func run(_ curriculum: Curriculum, grader: Grader, onlyFile: String? = nil)
        -> CommandOutcome
    {
        func isChecked(_ file: String) -> Bool {
            onlyFile.map { canonical($0) == canonical(file) } ?? true
        }
        let found = problems(in: curriculum, grader: grader) { isChecked($0.file) }.filter {
            isChecked($0.file)
        }
        let exercises = curriculum.exercises.filter { isChecked($0.file) }.count
        let lessons = curriculum.stages.filter { isChecked($0.file) }.count
        let place = onlyFile ?? curriculum.directory
        guard found.isEmpty else {
            return CommandOutcome(
                output: found.map(\.description).joined(separator: "\n") + "\n",
                errors: "\(found.count) problem(s) in \(place)\n",
                exitCode: CommandOutcome.failure)
        }
        guard lessons > 0 || onlyFile == nil else {
            return CommandOutcome(
                output: "", errors: "\(place) is not a lesson file of \(curriculum.directory)\n",
                exitCode: CommandOutcome.failure)
        }
        return CommandOutcome(output: "\(lessons) lesson(s), \(exercises) exercise(s): all good\n")
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
