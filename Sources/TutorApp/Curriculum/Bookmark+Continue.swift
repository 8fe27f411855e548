import Grading
import Lessons

extension Bookmark {
    /// Where "continue" should lead from this bookmark: the bookmark itself while its stage
    /// has exercises left to pass; once that stage is complete, the next stage in the
    /// recommended order that is not (wrapping to earlier ones), since going back to a finished
    /// stage's step is no way forward. Unchanged when every stage is complete or the bookmark's
    /// stage is gone.
    public func continuing(in curriculum: Lessons.Curriculum, status: (String) -> ExerciseStatus) -> Bookmark
    {
        let stages = curriculum.stages.sorted { $0.order < $1.order }
        guard let index = stages.firstIndex(where: { $0.id == stageID }),
            Self.isComplete(stages[index], status: status)
        else { return self }
        let order = stages[(index + 1)...] + stages[..<index]
        guard let next = order.first(where: { !Self.isComplete($0, status: status) }) else { return self }
        return Bookmark(stageID: next.id, step: Self.resumeStep(in: next, status: status))
    }

    /// Whether every exercise of `stage` is passed (a stage without exercises never is: only
    /// reading it to its end would finish it, and that is not recorded).
    public static func isComplete(_ stage: Stage, status: (String) -> ExerciseStatus) -> Bool {
        !stage.exercises.isEmpty && stage.exercises.allSatisfy { status($0.id) == .passed }
    }

    /// The step to start `stage` at: its first step when untouched, else the step of its first
    /// exercise not passed yet (the learner has read up to there before).
    static func resumeStep(in stage: Stage, status: (String) -> ExerciseStatus) -> Int {
        guard stage.exercises.contains(where: { status($0.id) != .notStarted }),
            let open = stage.exercises.first(where: { status($0.id) != .passed })
        else { return 0 }
        return stage.steps.firstIndex { step in
            step.blocks.contains { block in
                if case .exercise(let exercise) = block { return exercise.id == open.id }
                return false
            }
        } ?? 0
    }
}
