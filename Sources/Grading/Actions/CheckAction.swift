import Foundation
import Lessons

/// `dltutor check ID [FILE]`: grade an answer non-interactively and record the attempt.
public enum CheckAction {
    /// What to grade.
    public struct Request: Sendable {
        /// The exercise id.
        public var id: String
        /// A file with the code to grade (code exercises; the workspace file otherwise).
        public var file: String?
        /// The typed answer (choice, numeric).
        public var answer: String?
        /// `knob=value` overrides (labs).
        public var settings: [String]

        /// Creates a request.
        public init(id: String, file: String? = nil, answer: String? = nil, settings: [String] = []) {
            self.id = id
            self.file = file
            self.answer = answer
            self.settings = settings
        }
    }

    /// Grades the request. Exit status 0 on pass, 1 on fail, 2 on a usage problem, 3 when another
    /// dltutor holds the progress lock. `progressLine` receives lab progress lines as they happen.
    public static func run(
        _ context: TutorContext, _ request: Request, progressLine: (String) -> Void = { _ in }
    )
        -> CommandOutcome
    {
        let exercise: Exercise
        switch context.exercise(request.id) {
        case .success(let found): exercise = found
        case .failure(let failure): return failure.outcome
        }
        let store: ProgressStore
        do {
            store = try ProgressStore(directory: context.dataDirectory, access: .readWrite)
        } catch {
            return .progressFailure(error)
        }
        var errors = store.notices.map { "dltutor: \($0)\n" }.joined()
        var preface: [String] = []
        let answer: String
        let report: GradeReport
        switch exercise.kind {
        case .choice, .numeric:
            guard let typed = request.answer, !typed.trimmingCharacters(in: .whitespaces).isEmpty else {
                return CommandFailure(
                    message: "give your answer with --answer (see `dltutor show \(exercise.id)`)"
                )
                .outcome
            }
            answer = typed
            report = context.grader.grade(exercise, answer: typed)
        case .code(let spec):
            switch source(for: exercise, spec: spec, file: request.file, workspace: context.workspace) {
            case .success(let found):
                answer = found.source
                if let note = found.note { preface.append(note) }
            case .failure(let failure):
                return failure.outcome
            }
            let fileName = request.file ?? context.workspace.path(for: exercise)
            report = context.grader.grade(exercise, answer: answer, fileName: fileName)
        case .lab(let spec):
            let pairs = request.settings.map { setting -> (String, String) in
                let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
                return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
            }
            let settings: [String: KnobValue]
            switch LabGrader.settings(for: spec, overrides: pairs) {
            case .success(let value): settings = value
            case .failure(let error): return CommandFailure(message: error.message).outcome
            }
            answer = spec.knobs.map { "\($0.name)=\(settings[$0.name]?.description ?? "")" }.joined(
                separator: " ")
            report =
                context.grader.gradeLab(spec, settings: settings) { update in
                    progressLine(LabProgressLine.text(update, spec: spec))
                }
                .report
        }
        do {
            try store.update(exercise.id) { $0.recordAttempt(answer: answer, report: report, at: Date()) }
        } catch {
            errors += "dltutor: the attempt was graded but not saved: \(error)\n"
        }
        var lines = preface + [report.text]
        if !report.passed, store.progress(for: exercise.id).hintsShown < exercise.hints.count {
            lines.append("Stuck? `dltutor hint \(exercise.id)`")
        }
        return CommandOutcome(
            output: lines.joined(separator: "\n") + "\n", errors: errors,
            exitCode: report.passed ? CommandOutcome.success : CommandOutcome.failure)
    }

    /// The code to grade: FILE when given, else the workspace file (written with the starter first
    /// if it does not exist yet, with a note saying where it is).
    static func source(for exercise: Exercise, spec: CodeSpec, file: String?, workspace: Workspace)
        -> Result<(source: String, note: String?), CommandFailure>
    {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                return .failure(CommandFailure(message: "cannot read \(file)"))
            }
            return .success((String(decoding: data, as: UTF8.self), nil))
        }
        let path = workspace.path(for: exercise)
        let existed = FileManager.default.fileExists(atPath: path)
        do {
            _ = try workspace.ensureFile(for: exercise, starter: spec.starter)
        } catch {
            return .failure(CommandFailure(message: "\(error)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(CommandFailure(message: "cannot read \(path)"))
        }
        let note = existed ? "Checking \(path)" : "Wrote the starter to \(path); edit it and run check again."
        return .success((String(decoding: data, as: UTF8.self), note))
    }
}
